import { analyzeLetter } from '../analyzeLetter';
import type { StatementInput } from '../citat/checkStatement';
import { LetterError, MAX_LETTER_BYTES } from '../errors';
import { checkPdfBytes, openPdf, rawPageFrom, type PdfDocument, type PdfPage, type TextContent } from '../pdf/readPdfPages';
import type { Report } from '../schema/report';
import { buildDocumentText } from '../text/buildDocumentText';
import { fromPlainText } from '../text/fromPlainText';
import type { DocumentText, RawPage } from '../text/types';
import { browserPdfJs } from './pdfjsBrowser';

/** A letter open in the viewer: the PDF (if any), what has been read of it, and the analysis. */
export interface OpenLetter {
  name: string;
  pdf: PdfDocument | null;
  pageCount: number;
  doc: DocumentText;
  report: Report;
  /** Each read page's text content, as the text layer draws it. */
  textContents: Map<number, TextContent>;
  /** All pages read and analysed. */
  complete: boolean;
}

/** The analysis of a letter; with the medical statement it quotes (Citat-tjek), its flags become checklist points. */
export function analyze(doc: DocumentText, name: string, received: string | null, statement: StatementInput | null = null): Report {
  return analyzeLetter(doc, { file: name, received, statement });
}

/** Opens a pasted or .txt letter. */
export function openText(text: string, name: string, received: string | null): OpenLetter {
  if (text.trim() === '') throw new LetterError('empty');
  const doc = fromPlainText(text);
  return { name, pdf: null, pageCount: doc.pages.length, doc, report: analyze(doc, name, received), textContents: new Map(), complete: true };
}

/**
 * Opens a PDF and reads it page by page. `onProgress` gets the letter after the first page
 * and again as more pages are read (at most every `everyMs`), so the first page can be read
 * and highlighted before the last is parsed.
 */
export async function openPdfLetter(
  bytes: Uint8Array,
  name: string,
  received: string | null,
  onProgress: (letter: OpenLetter) => void,
  options: { password?: string; signal?: AbortSignal; everyMs?: number } = {},
): Promise<OpenLetter> {
  if (bytes.length > MAX_LETTER_BYTES) throw new LetterError('too-large');
  checkPdfBytes(bytes);
  const pdf = await openPdf(browserPdfJs, bytes, options.password);
  const pages: RawPage[] = [];
  const textContents = new Map<number, TextContent>();
  let lastReport = 0;
  const snapshot = (complete: boolean): OpenLetter => {
    const doc = buildDocumentText(pages);
    return { name, pdf, pageCount: pdf.numPages, doc, report: analyze(doc, name, received), textContents, complete };
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    let page: PdfPage;
    let content: TextContent;
    try {
      page = await pdf.getPage(n);
      content = await page.getTextContent();
    } catch (e) {
      throw new LetterError('damaged', (e as Error).message);
    }
    textContents.set(n, content);
    pages.push(rawPageFrom(content, page.view, n));
    const now = performance.now();
    if (n === 1 || (n < pdf.numPages && now - lastReport > (options.everyMs ?? 400))) {
      lastReport = now;
      onProgress(snapshot(false));
      await new Promise((r) => setTimeout(r, 0)); // let the page draw and scroll
    }
  }
  const letter = snapshot(true);
  if (letter.doc.text.trim().length < 20) throw new LetterError('no-text');
  return letter;
}
