import { parentPort } from 'node:worker_threads';
import type { LetterError } from '../errors';
import type { PdfDocument, PdfJs } from '../pdf/readPdfPages';
import type { PdfReply, PdfRequest, WorkerFailure } from './workerPdf';

/**
 * The command line's pdf.js, in a worker thread (lib/cli/workerPdf.ts starts it). pdfjs-dist's
 * legacy build polyfills built-ins for the whole thread it runs in: on Node 20 it replaces
 * Array.prototype.push, among others, with slower core-js versions. Here that touches only this
 * thread; the analysis runs in the main thread with Node's own built-ins.
 */

let loaded: Promise<PdfJs> | undefined;
const loadPdfJs = (): Promise<PdfJs> => (loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>);

/** pdf.js, imported when a PDF is first opened (an image read by OCR needs none). */
const lazyPdfJs: PdfJs = {
  getDocument: (src) => ({ promise: loadPdfJs().then((pdfjs) => pdfjs.getDocument(src).promise) }),
};

/** A LetterError, known by its name: importing lib/errors.ts here would load zod and the messages with it. */
const isLetterError = (e: unknown): e is LetterError => e instanceof Error && e.name === 'LetterError' && typeof (e as { code?: unknown }).code === 'string';

function failure(e: unknown): WorkerFailure {
  if (isLetterError(e)) return { kind: 'letter', code: e.code, message: e.message };
  const err = e as { name?: unknown; code?: unknown; message?: unknown; stack?: unknown };
  return {
    kind: 'error',
    name: typeof err?.name === 'string' ? err.name : 'Error',
    code: typeof err?.code === 'number' ? err.code : undefined,
    message: typeof err?.message === 'string' ? err.message : String(e),
    stack: typeof err?.stack === 'string' ? err.stack : undefined,
  };
}

/** The documents open in this thread, by the number the command line knows them by. */
const open = new Map<number, PdfDocument>();
let nextDoc = 0;

async function openDocument(src: Parameters<PdfJs['getDocument']>[0]): Promise<PdfReply> {
  const doc = await lazyPdfJs.getDocument(src).promise;
  const id = nextDoc++;
  open.set(id, doc);
  return { ok: true, kind: 'open', doc: id, numPages: doc.numPages };
}

/** One page's text content and view box. */
async function readTextPage(id: number, n: number): Promise<PdfReply> {
  const doc = open.get(id);
  if (!doc) throw new Error(`no open document ${id}`);
  const page = await doc.getPage(n);
  const { items } = await page.getTextContent();
  page.cleanup();
  // Only what rawPageFrom reads; an item without a string (marked content) stays empty and is skipped there.
  const texts = items.map((it) => (typeof it.str === 'string' ? { str: it.str, transform: it.transform, width: it.width, height: it.height, hasEOL: it.hasEOL } : {}));
  return { ok: true, kind: 'page', page: { view: [...page.view], items: texts } };
}

async function closeDocument(id: number): Promise<PdfReply> {
  const doc = open.get(id);
  open.delete(id);
  await doc?.destroy().catch(() => undefined);
  return { ok: true, kind: 'closed' };
}

async function handle(req: PdfRequest): Promise<PdfReply> {
  try {
    if (req.op === 'open') return await openDocument(req.src);
    if (req.op === 'page') return await readTextPage(req.doc, req.n);
    if (req.op === 'close') return await closeDocument(req.doc);
    const { loadLetterWithOcr } = await import('../ocr/node');
    const { doc, ocr } = await loadLetterWithOcr(req.bytes, req.name, lazyPdfJs, req.password);
    return { ok: true, kind: 'ocr', doc, ocr };
  } catch (e) {
    return { ok: false, error: failure(e) };
  }
}

parentPort?.on('message', (msg: { id: number; req: PdfRequest }) => {
  void handle(msg.req).then((reply) => parentPort?.postMessage({ id: msg.id, reply }));
});
