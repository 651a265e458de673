import { analyzeLetter } from '../analyzeLetter';
import type { StatementInput } from '../citat/checkStatement';
import { LetterError, MAX_LETTER_BYTES, MAX_LETTER_CHARS } from '../errors';
import { currentLanguage } from '../i18n/language';
import { ReadingBudget, TextTally } from '../pdf/limits';
import { checkPdfBytes, openPdf, rawPageFrom, type PdfDocument, type PdfPage, type TextContent } from '../pdf/readPdfPages';
import type { Report } from '../schema/report';
import { fromPlainText } from '../text/fromPlainText';
import type { DocumentText, TextWarning } from '../text/types';
import { LetterAnalysis, type AnalysedIn, type AnalysisResult } from './analysisClient';
import { SHORT_LETTER_PAGES } from './pacing';
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
  /** Pages read so far. */
  pagesRead: number;
  /** All pages read and analysed. */
  complete: boolean;
  /** The analysis that read a PDF (in a worker where there is one): it analyses it again with other options. */
  analysis: LetterAnalysis | null;
  /** Where it was analysed: a text letter, small, on the page. */
  analysedIn: AnalysedIn;
}

/** The analysis of a letter; with the medical statement it quotes (Citat-tjek), its flags become checklist points. */
export function analyze(doc: DocumentText, name: string, received: string | null, statement: StatementInput | null = null): Report {
  return analyzeLetter(doc, { file: name, received, statement });
}

/**
 * The letter analysed again with another received date or statement, or in the language
 * Brevtjek speaks now: by its analysis (off the page's thread) where it has one.
 */
export async function reanalyse(letter: OpenLetter, received: string | null, statement: StatementInput | null): Promise<Pick<OpenLetter, 'doc' | 'report' | 'pagesRead' | 'complete'>> {
  if (!letter.analysis) return { doc: letter.doc, report: analyze(letter.doc, letter.name, received, statement), pagesRead: letter.pagesRead, complete: letter.complete };
  const { doc, report, pagesRead, complete } = await letter.analysis.reanalyse({ file: letter.name, received, statement, language: currentLanguage() });
  return { doc, report, pagesRead, complete };
}

/** Opens a pasted or .txt letter; `warnings` are those of its decoding (lib/text/decodeText.ts). */
export function openText(text: string, name: string, received: string | null, warnings: readonly TextWarning[] = []): OpenLetter {
  if (text.trim() === '') throw new LetterError('empty');
  if (text.length > MAX_LETTER_CHARS) throw new LetterError('too-much-text');
  const doc = fromPlainText(text);
  const all = [...new Set([...warnings, ...(doc.warnings ?? [])])];
  if (all.length) doc.warnings = all;
  const report = analyze(doc, name, received);
  return { name, pdf: null, pageCount: doc.pages.length, doc, report, textContents: new Map(), pagesRead: doc.pages.length, complete: true, analysis: null, analysedIn: 'page' };
}

export interface PdfOptions {
  password?: string;
  signal?: AbortSignal;
  /** The least time between two analyses while pages come in (lib/viewer/pacing.ts). */
  everyMs?: number;
  /** The statement checked beside it (Citat-tjek). */
  statement?: StatementInput | null;
}

/** One page and its text content, as the text layer draws it. */
async function readTextContent(pdf: PdfDocument, n: number): Promise<{ page: PdfPage; content: TextContent }> {
  const page = await pdf.getPage(n);
  return { page, content: await page.getTextContent() };
}

/** How often the pages read are shown (drawn, without highlights until analysed) between two results. */
const PAGES_EVERY_MS = 300;

/**
 * Opens a PDF and reads it page by page. Each page goes to the analysis as it is read; the
 * analysis (in a worker) builds the text and analyses it, the first page at once and then
 * paced (lib/viewer/pacing.ts). `onProgress` gets the letter with each result before the
 * last, so the first page can be read and highlighted before the last is parsed, and between
 * results with more pages read; the promise gives the letter with all pages analysed.
 */
export async function openPdfLetter(
  bytes: Uint8Array,
  name: string,
  received: string | null,
  onProgress: (letter: OpenLetter) => void,
  options: PdfOptions = {},
): Promise<OpenLetter> {
  if (bytes.length > MAX_LETTER_BYTES) throw new LetterError('too-large');
  checkPdfBytes(bytes);
  // The worker loads while pdf.js opens the file.
  const analysis = new LetterAnalysis();
  // Opening and each page have their time (lib/pdf/limits.ts): past it, pdf.js's worker is ended.
  const budget = new ReadingBudget();
  const tally = new TextTally();
  let pdf: PdfDocument;
  try {
    // More pages than a letter has are refused here, before any page is read (or drawn).
    pdf = await openPdf(browserPdfJs, bytes, options.password, budget);
  } catch (e) {
    analysis.close();
    throw e;
  }
  const textContents = new Map<number, TextContent>();
  const letterOf = (r: AnalysisResult): OpenLetter => ({
    name,
    pdf,
    pageCount: pdf.numPages,
    doc: r.doc,
    report: r.report,
    textContents,
    pagesRead: Math.max(r.pagesRead, textContents.size),
    complete: r.complete,
    analysis,
    analysedIn: analysis.where,
  });
  return new Promise<OpenLetter>((resolve, reject) => {
    let settled = false;
    let shownAt = 0;
    // A long letter's first page is read, analysed and drawn before the rest is read: the reading
    // would take the CPU the first highlight needs. (A short one is analysed whole, lib/viewer/pacing.ts.)
    let firstShown: () => void = () => undefined;
    const first = new Promise<void>((r) => (firstShown = r));
    const progress = (r: AnalysisResult) => {
      shownAt = performance.now();
      onProgress(letterOf(r));
      firstShown();
    };
    const stop = (e: unknown) => {
      firstShown();
      if (settled) return;
      settled = true;
      analysis.close();
      // A letter refused while read (too slow, too much text) leaves no pdf.js work behind.
      if (e instanceof LetterError && (e.code === 'too-slow' || e.code === 'too-much-text')) void pdf.destroy().catch(() => undefined);
      reject(e);
    };
    analysis.onError = (e) => stop(new LetterError('damaged', e.message));
    options.signal?.addEventListener('abort', () => stop(new DOMException('aborted', 'AbortError')));
    analysis.onResult = (r) => {
      if (settled) return;
      if (options.signal?.aborted) return stop(new DOMException('aborted', 'AbortError'));
      if (!r.complete) return progress(r);
      if (r.doc.text.trim().length < 20) return stop(new LetterError('no-text'));
      settled = true;
      firstShown();
      // Later results (another received date, statement or language) come by `reanalyse`.
      analysis.onResult = null;
      resolve(letterOf(r));
    };
    analysis.open(pdf.numPages, { file: name, received, statement: options.statement ?? null, language: currentLanguage() }, options.everyMs);
    void (async () => {
      for (let n = 1; n <= pdf.numPages && !settled; n++) {
        if (options.signal?.aborted) return stop(new DOMException('aborted', 'AbortError'));
        let page: PdfPage;
        let content: TextContent;
        try {
          ({ page, content } = await budget.page(() => readTextContent(pdf, n), () => pdf.destroy()));
          tally.add(content.items);
        } catch (e) {
          return stop(e instanceof LetterError ? e : new LetterError('damaged', (e as Error).message));
        }
        textContents.set(n, content);
        analysis.addPage(rawPageFrom(content, page.view, n));
        if (n === 1 && pdf.numPages > SHORT_LETTER_PAGES) await first;
        const latest = analysis.latest;
        if (latest && !latest.complete && !settled && performance.now() - shownAt >= PAGES_EVERY_MS) progress(latest);
      }
    })();
  });
}
