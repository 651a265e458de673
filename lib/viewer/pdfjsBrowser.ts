import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfJs } from '../pdf/readPdfPages';

// pdf.js in the viewer page: its worker, fonts and image decoders all come from the extension itself.
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const base = typeof location === 'undefined' ? '/' : new URL('/pdfjs/', location.href).href;

/** pdf.js for the viewer, with the same interface the command line uses. */
export const browserPdfJs: PdfJs = {
  getDocument: (src) =>
    pdfjs.getDocument({
      ...src,
      standardFontDataUrl: `${base}standard_fonts/`,
      wasmUrl: `${base}wasm/`,
      isEvalSupported: false,
    }) as unknown as ReturnType<PdfJs['getDocument']>,
};

export { pdfjs };
