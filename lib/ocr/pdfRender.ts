import type { PDFDocumentProxy } from 'pdfjs-dist';
import { OCR_DPI } from './ocr';

/** A page of a PDF drawn for OCR, with its size in pixels and the resolution it was drawn at. */
export interface RenderedPage<C> {
  canvas: C;
  width: number;
  height: number;
  dpi: number;
}

/** The most pixels a page is drawn with (an A4 page at 300 dpi has 8.7 million; a larger page gets fewer dpi). */
const MAX_PIXELS = 20e6;

/**
 * Draws page `n` (1-based) of a PDF with pdf.js at about `dpi` (300: Tesseract reads best at
 * 300 dpi or more), on a canvas from `makeCanvas` (a canvas element in the browser,
 * pdf.js's own canvas in Node). Used for pages without a text layer, which are scans.
 */
export async function renderPdfPage<C>(
  pdf: PDFDocumentProxy,
  n: number,
  makeCanvas: (width: number, height: number) => C,
  dpi = OCR_DPI,
): Promise<RenderedPage<C>> {
  const page = await pdf.getPage(n);
  try {
    const base = page.getViewport({ scale: 1 });
    const fit = Math.sqrt(MAX_PIXELS / ((base.width * dpi) / 72) / ((base.height * dpi) / 72));
    const used = fit < 1 ? dpi * fit : dpi;
    const viewport = page.getViewport({ scale: used / 72 });
    const width = Math.round(viewport.width);
    const height = Math.round(viewport.height);
    const canvas = makeCanvas(width, height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: 'white' }).promise;
    return { canvas, width, height, dpi: used };
  } finally {
    page.cleanup();
  }
}
