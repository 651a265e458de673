import { LetterError, MAX_LETTER_CHARS } from './errors';
import { readPdfPages, type PdfJs } from './pdf/readPdfPages';
import { buildDocumentText } from './text/buildDocumentText';
import { decodeLetterText } from './text/decodeText';
import { fromPlainText } from './text/fromPlainText';
import type { DocumentText } from './text/types';

const isPdfName = (name: string) => /\.pdf$/i.test(name);
const isTextName = (name: string) => /\.(txt|text)$/i.test(name);

/**
 * Reads a letter's bytes into a DocumentText: a PDF through pdf.js, a .txt as text in the
 * encoding it was saved in (lib/text/decodeText.ts), with a warning when some of it is lost.
 * The same code runs in the command line (Node) and in the viewer (browser); only the
 * pdf.js module passed in differs.
 */
export async function loadLetter(bytes: Uint8Array, name: string, pdfjs: PdfJs, password?: string): Promise<DocumentText> {
  if (bytes.length === 0) throw new LetterError('empty');
  if (isTextName(name) && !isPdfName(name)) return loadTextLetter(bytes);
  const pages = await readPdfPages(pdfjs, bytes, password);
  const doc = buildDocumentText(pages);
  if (doc.text.trim().length < 20) throw new LetterError('no-text');
  return doc;
}

/** A text letter, with the warnings of its decoding and of its text. */
function loadTextLetter(bytes: Uint8Array): DocumentText {
  const { text, warnings } = decodeLetterText(bytes);
  if (text.trim() === '') throw new LetterError('empty');
  if (text.length > MAX_LETTER_CHARS) throw new LetterError('too-much-text');
  const doc = fromPlainText(text);
  const all = [...new Set([...warnings, ...(doc.warnings ?? [])])];
  if (all.length) doc.warnings = all;
  return doc;
}
