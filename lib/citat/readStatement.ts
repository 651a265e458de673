import { t, type MessageKey } from '../i18n/t';
import { LetterError, MAX_LETTER_BYTES } from '../errors';
import { openPdf, rawPageFrom, type PdfJs } from '../pdf/readPdfPages';
import { buildDocumentText } from '../text/buildDocumentText';
import { decodeLetterText } from '../text/decodeText';
import { fromPlainText } from '../text/fromPlainText';
import type { DocumentText, RawPage } from '../text/types';
import type { StatementInput } from './checkStatement';

/**
 * Citat-tjek (issue 10): the medical statement a decision quotes (a lægeattest, a
 * speciallægeerklæring, a journaludskrift …) as the user gives it: a PDF, a .txt, pasted text,
 * or a scan (a photo, or a PDF of images) that must be read by OCR first. The statement is kept
 * as its text only (`SavedStatement` in lib/storage/records.ts), so the same text gives the same
 * check after a reload: `statementFromText`.
 */

/** A scan: images only, whose words must be recognised (OCR) before they can be checked. */
export interface ScannedStatement {
  kind: 'scan';
  file: string;
  format: 'pdf' | 'png' | 'jpeg';
  /** The file itself, to show beside the recognised text and to hand to OCR. */
  bytes: Uint8Array;
  pages: number;
}

/** A statement with text: from a PDF's text layer, a text file or pasted. */
export interface StatementWithText {
  kind: 'text';
  statement: StatementInput;
  /** The text as read: what is saved with the letter. */
  text: string;
  pages: number;
  /** Pages of a PDF that are only an image (a scanned page in a PDF that otherwise has text). */
  pagesWithoutText: number[];
}

export type ReadStatementResult = StatementWithText | ScannedStatement;

/** Why a statement could not be read. Each code has one plain message with a way forward. */
export type StatementErrorCode = 'empty' | 'too-large' | 'unknown-format' | 'damaged' | 'encrypted';

const MESSAGES = {
  empty: 'citat.errors.empty',
  'too-large': 'citat.errors.tooLarge',
  'unknown-format': 'citat.errors.unknownFormat',
  damaged: 'citat.errors.damaged',
  encrypted: 'citat.errors.encrypted',
} as const satisfies Record<StatementErrorCode, MessageKey>;

export class StatementError extends Error {
  constructor(readonly code: StatementErrorCode) {
    super(t(MESSAGES[code]));
    this.name = 'StatementError';
  }
}

/** The name a pasted statement goes by. */
export const PASTED = 'Indsat tekst';

/** A PDF with fewer letters than this in its text layer is a scan. */
const MIN_TEXT = 20;

const startsWith = (bytes: Uint8Array, head: number[]) => head.every((b, i) => bytes[i] === b);

/** What the bytes are, by their first bytes (a name can lie; a .txt has no magic, so it is what is left). */
export function formatOf(bytes: Uint8Array, name: string): 'pdf' | 'png' | 'jpeg' | 'text' | null {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (/\.(txt|text)$/i.test(name)) return 'text';
  // No magic and no control characters (a Word file, a zip, an image of another kind has them): text.
  const head = bytes.subarray(0, 4096);
  return head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) ? null : 'text';
}

/** A text file's text: by its BOM, UTF-16 by its NUL bytes, else UTF-8, else Windows-1252 (lib/text/decodeText.ts). */
export function decodeText(bytes: Uint8Array): string {
  return decodeLetterText(bytes).text;
}

/** A statement from its text (pasted, a .txt, recognised by OCR, or saved with the letter). */
export function statementFromText(text: string, file: string, ocr = false): StatementInput {
  if (text.trim() === '') throw new StatementError('empty');
  return { file, doc: fromPlainText(text), ocr };
}

function withText(file: string, doc: DocumentText, pages: number, ocr = false): StatementWithText {
  return { kind: 'text', statement: { file, doc, ocr }, text: doc.text, pages, pagesWithoutText: doc.pagesWithoutText };
}

/** Pasted text, as a statement. */
export function readPastedStatement(text: string, file = PASTED): StatementWithText {
  const statement = statementFromText(text, file);
  return withText(file, statement.doc, statement.doc.pages.length);
}

/**
 * Reads a statement from a file's bytes: a PDF's text layer (as openLetter reads a letter), a
 * text file, or, for an image or a PDF without text, a scan for OCR. Throws a StatementError.
 */
export async function readStatement(file: { name: string; bytes: Uint8Array }, pdfjs: PdfJs, signal?: AbortSignal): Promise<ReadStatementResult> {
  const { name, bytes } = file;
  if (bytes.length === 0) throw new StatementError('empty');
  if (bytes.length > MAX_LETTER_BYTES) throw new StatementError('too-large');
  const format = formatOf(bytes, name);
  if (format === null) throw new StatementError('unknown-format');
  if (format === 'png' || format === 'jpeg') return { kind: 'scan', file: name, format, bytes, pages: 1 };
  if (format === 'text') {
    const statement = statementFromText(decodeText(bytes), name);
    return withText(name, statement.doc, statement.doc.pages.length);
  }
  let pdf;
  try {
    pdf = await openPdf(pdfjs, bytes);
  } catch (e) {
    const code = e instanceof LetterError ? e.code : 'damaged';
    throw new StatementError(code === 'encrypted' || code === 'wrong-password' ? 'encrypted' : code === 'empty' ? 'empty' : 'damaged');
  }
  try {
    const pages: RawPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      const page = await pdf.getPage(n);
      pages.push(rawPageFrom(await page.getTextContent(), page.view, n));
      page.cleanup();
    }
    const doc = buildDocumentText(pages);
    if (doc.text.trim().length < MIN_TEXT) return { kind: 'scan', file: name, format: 'pdf', bytes, pages: pdf.numPages };
    return withText(name, doc, pdf.numPages);
  } catch (e) {
    if ((e as Error).name === 'AbortError' || e instanceof StatementError) throw e;
    throw new StatementError('damaged');
  } finally {
    await pdf.destroy();
  }
}
