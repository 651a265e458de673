import type { OcrProgress } from '../ocr/ocr';
import type { ScannedStatement } from './readStatement';

export type { OcrProgress };

/**
 * The OCR step of Citat-tjek: a scanned statement's pages (a photo, or a PDF of images) read as
 * text, page by page, with progress and a way to stop. This is the one place the viewer asks for
 * OCR. OCR itself is lib/ocr/ (tesseract.js with the Danish model, all inside the extension: the
 * browser adapter lib/ocr/browser.ts), loaded only when a scan is read, so the viewer opens as fast
 * as before.
 */

/** Whether this browser can read the words in an image (Tesseract runs as WebAssembly). */
export const ocrAvailable = (): boolean => typeof WebAssembly !== 'undefined';

/**
 * The scan's text: lines as on the page, a blank line between paragraphs and between pages (the
 * field the user corrects it in shows no page breaks). `onProgress` as it goes; the promise rejects
 * with the signal's reason (an AbortError) when `signal` is aborted, and the work stops at once.
 */
export async function recogniseScan(scan: ScannedStatement, onProgress: (p: OcrProgress) => void, signal: AbortSignal): Promise<string> {
  if (signal.aborted) throw new DOMException('aborted', 'AbortError');
  const { recogniseImageBrowser, recognisePdfBrowser } = await import('../ocr/browser');
  const options = { onProgress, signal };
  const result =
    scan.format === 'pdf'
      ? await recognisePdfBrowser(scan.bytes, undefined, options)
      : await recogniseImageBrowser(new Blob([scan.bytes as Uint8Array<ArrayBuffer>], { type: `image/${scan.format}` }), options);
  return result.text.replace(/\f/g, '\n\n').trim();
}
