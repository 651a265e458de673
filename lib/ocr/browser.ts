import type { PDFDocumentProxy } from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import { browserPdfJs } from '../viewer/pdfjsBrowser';
import { CORE_VARIANTS, OCR_ASSET_DIR, type CoreVariant } from './assets';
import { guessDpi, imageFormat, imageInfo } from './imageInfo';
import { OCR_DPI, recognisePages, type OcrImage, type OcrOptions, type OcrResult, type TesseractPaths } from './ocr';
import { renderPdfPage, type RenderedPage } from './pdfRender';

/**
 * OCR in the extension: tesseract.js's worker, its WebAssembly core and the Danish model are
 * files of the extension (copied into /tesseract/ by wxt.config.ts), loaded from its own origin
 * under its CSP (`script-src 'self' 'wasm-unsafe-eval'`): no CDN, no blob: worker, no cache.
 */

/** The smallest module using a WebAssembly SIMD instruction (from wasm-feature-detect): valid where SIMD runs. */
const PROBES: Partial<Record<CoreVariant, Uint8Array<ArrayBuffer>>> = {
  'simd-lstm': new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]),
};

/** Whether this browser can run a core. */
export function canRun(variant: CoreVariant): boolean {
  const probe = PROBES[variant];
  try {
    return !probe || WebAssembly.validate(probe);
  } catch {
    return false;
  }
}

/** The fastest shipped core this browser can run. */
export const coreVariant = (): CoreVariant => CORE_VARIANTS.find(canRun) ?? 'lstm';

const extensionUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(`/${OCR_ASSET_DIR}/${path}`);

/**
 * tesseract.js's paths inside the extension. corePath names the core file itself: given a folder,
 * tesseract.js would load a .wasm.js build, which is not shipped.
 */
export function browserPaths(variant: CoreVariant = coreVariant()): TesseractPaths {
  return { workerPath: extensionUrl('worker.min.js'), corePath: extensionUrl(`tesseract-core-${variant}.js`), langPath: extensionUrl('') };
}

/** What the browser adapter reads: a decoded image, a canvas, or an image file (PNG, JPEG, or what the browser can decode). */
export type BrowserImage = ImageBitmap | HTMLCanvasElement | OffscreenCanvas | Blob;

export interface BrowserOcrOptions extends OcrOptions {
  /** The image's resolution, if known (a PDF page drawn at 300 dpi); else read from a PNG or JPEG, or guessed (an A4 page across). */
  dpi?: number;
  /** Which core to use (the benchmark compares them); by default the fastest this browser can run. */
  variant?: CoreVariant;
}

function canvasOf(width: number, height: number): HTMLCanvasElement | OffscreenCanvas {
  if (typeof document !== 'undefined') {
    const c = document.createElement('canvas');
    c.width = width;
    c.height = height;
    return c;
  }
  return new OffscreenCanvas(width, height);
}

/** An image as Tesseract takes it: a canvas, or a PNG/JPEG file as it is. */
async function toOcrImage(image: BrowserImage, dpi?: number): Promise<OcrImage> {
  if (image instanceof Blob) {
    const bytes = new Uint8Array(await image.arrayBuffer());
    // A PNG or JPEG goes as it is (Tesseract decodes it), unless a JPEG may be turned by its EXIF orientation.
    if (imageFormat(bytes) === 'png') return { image, ...imageInfo(bytes), ...(dpi ? { dpi } : {}) };
    const bitmap = await createImageBitmap(image, { imageOrientation: 'from-image' });
    try {
      return await toOcrImage(bitmap, dpi ?? (imageFormat(bytes) === 'jpeg' ? imageInfo(bytes).dpi : undefined));
    } finally {
      bitmap.close();
    }
  }
  if (typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap) {
    const canvas = canvasOf(image.width, image.height);
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!ctx) throw new Error('intet 2D-lærred');
    ctx.drawImage(image, 0, 0);
    return { image: canvas, width: image.width, height: image.height, dpi: dpi ?? guessDpi(image.width) };
  }
  const canvas = image as HTMLCanvasElement | OffscreenCanvas;
  return { image: canvas, width: canvas.width, height: canvas.height, dpi: dpi ?? guessDpi(canvas.width) };
}

/** Reads one image (a photo or scan of a page) with OCR, in the extension. */
export async function recogniseImageBrowser(image: BrowserImage, options: BrowserOcrOptions = {}): Promise<OcrResult> {
  const img = await toOcrImage(image, options.dpi);
  return recognisePages(browserPaths(options.variant), 1, async () => img, options);
}

/**
 * Draws page `n` of a PDF on a canvas at about 300 dpi for OCR (pdf.js, as the viewer draws
 * it). The caller frees the canvas (width = 0) when done.
 */
export function renderPdfPageForOcr(pdf: PDFDocumentProxy, n: number, dpi = OCR_DPI): Promise<RenderedPage<HTMLCanvasElement | OffscreenCanvas>> {
  return renderPdfPage(pdf, n, canvasOf, dpi);
}

/**
 * Reads pages of a PDF with OCR (1-based numbers, by default all; usually its pagesWithoutText),
 * one page drawn at a time. Takes the PDF's bytes or a document pdf.js has open (left open).
 */
export async function recognisePdfBrowser(pdf: Uint8Array | PDFDocumentProxy, pages?: number[], options: BrowserOcrOptions = {}): Promise<OcrResult> {
  const doc = pdf instanceof Uint8Array ? ((await browserPdfJs.getDocument({ data: pdf.slice(), isEvalSupported: false }).promise) as unknown as PDFDocumentProxy) : pdf;
  const numbers = pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
  let last: HTMLCanvasElement | OffscreenCanvas | null = null;
  try {
    return await recognisePages(
      browserPaths(options.variant),
      numbers.length,
      async (i) => {
        if (last) last.width = last.height = 0;
        const page = await renderPdfPageForOcr(doc, numbers[i] as number, options.dpi ?? OCR_DPI);
        last = page.canvas;
        return { image: page.canvas, width: page.width, height: page.height, dpi: page.dpi };
      },
      options,
    );
  } finally {
    if (last) (last as HTMLCanvasElement | OffscreenCanvas).width = 0;
    if (pdf instanceof Uint8Array) await doc.destroy();
  }
}
