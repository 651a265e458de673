import { LetterError, MAX_LETTER_BYTES } from '../errors';
import type { RawPage, TextItem } from '../text/types';
import { checkPageCount, MAX_IMAGE_PIXELS, ReadingBudget, TextTally } from './limits';

/** The part of pdfjs-dist that Brevtjek uses; the CLI passes the legacy Node build, the viewer the browser build. */
export interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    password?: string;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
    maxImageSize?: number;
  }): PdfLoadingTask;
}
/** pdf.js's loading task: `destroy` stops the opening (and pdf.js's worker with it). */
export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  onPassword?: unknown;
  destroy?(): Promise<void>;
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
export interface PdfPage {
  view: number[];
  getTextContent(): Promise<{ items: Array<Partial<{ str: string; transform: number[]; width: number; height: number; hasEOL: boolean }>> }>;
  cleanup(): void;
}

/** Checks the bytes before pdf.js sees them: empty, too large or not a PDF at all. */
export function checkPdfBytes(data: Uint8Array): void {
  if (data.length === 0) throw new LetterError('empty');
  if (data.length > MAX_LETTER_BYTES) throw new LetterError('too-large');
  const head = new TextDecoder('latin1').decode(data.subarray(0, Math.min(1024, data.length)));
  if (!head.includes('%PDF-')) throw new LetterError('not-pdf');
}

/** pdf.js's exception as a LetterError with a Danish message. */
function openingError(e: unknown): LetterError {
  if (e instanceof LetterError) return e;
  const name = (e as { name?: string }).name ?? '';
  const code = (e as { code?: number }).code;
  if (name === 'PasswordException') return new LetterError(code === 2 ? 'wrong-password' : 'encrypted');
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') return new LetterError('damaged');
  return new LetterError('damaged', (e as Error).message);
}

/**
 * Opens a PDF, turning pdf.js's exceptions into LetterErrors with a Danish message. Opening has
 * its time (lib/pdf/limits.ts), and a PDF of more pages than a letter has is refused here, before
 * any page is read.
 */
export async function openPdf(pdfjs: PdfJs, data: Uint8Array, password?: string, budget = new ReadingBudget()): Promise<PdfDocument> {
  checkPdfBytes(data);
  // pdf.js takes ownership of (detaches) the buffer it is given, so give it a copy.
  const task = pdfjs.getDocument({ data: data.slice(), password, isEvalSupported: false, verbosity: 0, maxImageSize: MAX_IMAGE_PIXELS });
  let doc: PdfDocument;
  try {
    doc = await budget.open(task.promise, () => task.destroy?.());
  } catch (e) {
    throw openingError(e);
  }
  try {
    checkPageCount(doc.numPages);
  } catch (e) {
    await doc.destroy().catch(() => undefined);
    throw e;
  }
  return doc;
}

export type TextContent = Awaited<ReturnType<PdfPage['getTextContent']>>;

/** One page's text items, with positions, from pdf.js's text content (the same items the text layer draws). */
export function rawPageFrom(content: TextContent, view: number[], n: number): RawPage {
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = view;
  const items: TextItem[] = [];
  for (const it of content.items) {
    if (typeof it.str !== 'string') continue; // marked-content markers: the text layer skips them too
    const t = it.transform ?? [1, 0, 0, 1, 0, 0];
    items.push({
      str: it.str,
      x: (t[4] ?? 0) - x0,
      y: (t[5] ?? 0) - y0,
      width: it.width ?? 0,
      height: it.height || Math.hypot(t[2] ?? 0, t[3] ?? 0) || 10,
      hasEOL: Boolean(it.hasEOL),
    });
  }
  return { number: n, width: x1 - x0, height: y1 - y0, items };
}

/** The text items of one page, with positions; `budget` bounds its time (past it, the document is destroyed). */
export async function readPage(doc: PdfDocument, n: number, budget = new ReadingBudget()): Promise<RawPage> {
  return budget.page(async () => {
    const page = await doc.getPage(n);
    const raw = rawPageFrom(await page.getTextContent(), page.view, n);
    page.cleanup();
    return raw;
  }, () => doc.destroy());
}

/** Every page's text items, in order, within the time and text a letter may take (lib/pdf/limits.ts). */
export async function readPdfPages(pdfjs: PdfJs, data: Uint8Array, password?: string, budget = new ReadingBudget()): Promise<RawPage[]> {
  const doc = await openPdf(pdfjs, data, password, budget);
  const tally = new TextTally();
  try {
    const pages: RawPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await readPage(doc, n, budget);
      tally.add(page.items);
      pages.push(page);
    }
    return pages;
  } catch (e) {
    if (e instanceof LetterError) throw e;
    throw new LetterError('damaged', (e as Error).message);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
