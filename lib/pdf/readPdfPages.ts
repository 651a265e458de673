import { LetterError, MAX_LETTER_BYTES } from '../errors';
import type { RawPage, TextItem } from '../text/types';

/** The part of pdfjs-dist that Brevtjek uses; the CLI passes the legacy Node build, the viewer the browser build. */
export interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    password?: string;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument>; onPassword?: unknown };
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

/** Opens a PDF, turning pdf.js's exceptions into LetterErrors with a Danish message. */
export async function openPdf(pdfjs: PdfJs, data: Uint8Array, password?: string): Promise<PdfDocument> {
  checkPdfBytes(data);
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given, so give it a copy.
    return await pdfjs.getDocument({ data: data.slice(), password, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    const code = (e as { code?: number }).code;
    if (name === 'PasswordException') throw new LetterError(code === 2 ? 'wrong-password' : 'encrypted');
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
      throw new LetterError('damaged');
    }
    throw new LetterError('damaged', (e as Error).message);
  }
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

/** The text items of one page, with positions. */
export async function readPage(doc: PdfDocument, n: number): Promise<RawPage> {
  const page = await doc.getPage(n);
  const raw = rawPageFrom(await page.getTextContent(), page.view, n);
  page.cleanup();
  return raw;
}

/** Every page's text items, in order. */
export async function readPdfPages(pdfjs: PdfJs, data: Uint8Array, password?: string): Promise<RawPage[]> {
  const doc = await openPdf(pdfjs, data, password);
  try {
    const pages: RawPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
    return pages;
  } catch (e) {
    if (e instanceof LetterError) throw e;
    throw new LetterError('damaged', (e as Error).message);
  } finally {
    await doc.destroy();
  }
}
