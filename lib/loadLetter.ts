import { LetterError } from './errors';
import { readPdfPages, type PdfJs } from './pdf/readPdfPages';
import { buildDocumentText } from './text/buildDocumentText';
import { fromPlainText } from './text/fromPlainText';
import type { DocumentText } from './text/types';

const isPdfName = (name: string) => /\.pdf$/i.test(name);
const isTextName = (name: string) => /\.(txt|text)$/i.test(name);

/**
 * Reads a letter's bytes into a DocumentText: a PDF through pdf.js, a .txt as UTF-8 text.
 * The same code runs in the command line (Node) and in the viewer (browser); only the
 * pdf.js module passed in differs.
 */
export async function loadLetter(bytes: Uint8Array, name: string, pdfjs: PdfJs, password?: string): Promise<DocumentText> {
  if (bytes.length === 0) throw new LetterError('empty');
  if (isTextName(name) && !isPdfName(name)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    if (text.trim() === '') throw new LetterError('empty');
    return fromPlainText(text);
  }
  const pages = await readPdfPages(pdfjs, bytes, password);
  const doc = buildDocumentText(pages);
  if (doc.text.trim().length < 20) throw new LetterError('no-text');
  return doc;
}
