import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { LetterError } from '../errors';
import { loadLetter } from '../loadLetter';
import { openPdf, readPage, type PdfJs } from '../pdf/readPdfPages';
import { buildDocumentText } from '../text/buildDocumentText';
import { fromPlainText } from '../text/fromPlainText';
import type { DocumentText, RawPage } from '../text/types';
import { OCR_MODEL } from './assets';
import { OCR_DPI, recognisePages, type OcrOptions, type OcrResult, type TesseractPaths } from './ocr';
import { imageFormat, imageInfo } from './imageInfo';
import { renderPdfPage } from './pdfRender';

/**
 * OCR in Node (the command line and the tests): tesseract.js runs its Node worker with the core
 * from node_modules/tesseract.js-core and the Danish model from node_modules/@tesseract.js-data/dan;
 * nothing is fetched and nothing is cached on disk.
 */

/** The folder of the Danish model in node_modules. */
export function nodeModelPath(model = OCR_MODEL): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/dan/package.json')), model);
}

export const nodePaths = (model = OCR_MODEL): TesseractPaths => ({ langPath: nodeModelPath(model) });

/** Reads a PNG or JPEG (a file name or its bytes) with OCR. */
export async function recogniseImageNode(file: string | Uint8Array, options: OcrOptions = {}): Promise<OcrResult> {
  const bytes = typeof file === 'string' ? new Uint8Array(await readFile(file)) : file;
  const info = imageInfo(bytes);
  return recognisePages(nodePaths(), 1, async () => ({ image: Buffer.from(bytes), ...info }), options);
}

interface NodeCanvas {
  toBuffer(mime: 'image/png'): Buffer;
}

/**
 * Reads pages of a PDF (1-based numbers; by default all) with OCR: each is drawn at 300 dpi by
 * pdf.js (the legacy build, whose canvas in Node is @napi-rs/canvas) and handed to Tesseract.
 */
export async function recognisePdfNode(pdf: PDFDocumentProxy, pages?: number[], options: OcrOptions = {}): Promise<OcrResult> {
  const numbers = pages ?? Array.from({ length: pdf.numPages }, (_, i) => i + 1);
  const factory = pdf.canvasFactory as { create(w: number, h: number): { canvas: NodeCanvas } };
  return recognisePages(
    nodePaths(),
    numbers.length,
    async (i) => {
      const page = await renderPdfPage(pdf, numbers[i] as number, (w, h) => factory.create(w, h).canvas, OCR_DPI);
      return { image: page.canvas.toBuffer('image/png'), width: page.width, height: page.height, dpi: page.dpi };
    },
    options,
  );
}

/** A letter read for the analysis, and what was read by OCR (null: nothing, it all had text). */
export interface LetterWithOcr {
  doc: DocumentText;
  ocr: { pages: number[]; confidence: number } | null;
}

/** Page n's part of a DocumentText's text. */
function pageText(doc: DocumentText, n: number): string {
  let out = '';
  for (let i = 0; i < doc.text.length; i++) if (doc.charPage[i] === n) out += doc.text[i];
  return out.trim();
}

/**
 * A letter for `npm run analyze -- <file> --ocr`: a PNG or JPEG is read by OCR; a PDF is read
 * as usual, and its pages without a text layer (scans) by OCR. Where only some pages are scans,
 * the pages' texts are put together as a plain text letter (the text pages' positions are then
 * not kept, which the command line does not need). Anything else is read by loadLetter.
 */
export async function loadLetterWithOcr(bytes: Uint8Array, name: string, pdfjs: PdfJs, password?: string, options: OcrOptions = {}): Promise<LetterWithOcr> {
  const enough = (text: string) => {
    if (text.trim().length < 20) throw new LetterError('no-text');
  };
  if (imageFormat(bytes)) {
    const read = await recogniseImageNode(bytes, options);
    enough(read.text);
    return { doc: read.doc, ocr: { pages: [1], confidence: read.confidence } };
  }
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return { doc: await loadLetter(bytes, name, pdfjs, password), ocr: null };
  const pdf = await openPdf(pdfjs, bytes, password);
  try {
    const pages: RawPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(pdf, n));
    const doc = buildDocumentText(pages);
    const scanned = doc.pagesWithoutText;
    if (scanned.length === 0) {
      enough(doc.text);
      return { doc, ocr: null };
    }
    const read = await recognisePdfNode(pdf as unknown as PDFDocumentProxy, scanned, options);
    const ocr = { pages: scanned, confidence: read.confidence };
    if (scanned.length === pages.length) {
      enough(read.text);
      return { doc: read.doc, ocr };
    }
    const texts = read.text.split('\f');
    const text = pages.map((p) => (scanned.includes(p.number) ? (texts[scanned.indexOf(p.number)] ?? '') : pageText(doc, p.number))).join('\f');
    enough(text);
    return { doc: fromPlainText(text), ocr };
  } finally {
    await pdf.destroy();
  }
}
