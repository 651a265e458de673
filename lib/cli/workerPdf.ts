import { Worker } from 'node:worker_threads';
import { LetterError, type LetterErrorCode } from '../errors';
import type { LetterWithOcr } from '../ocr/node';
import type { PdfDocument, PdfJs, PdfPage, TextContent } from '../pdf/readPdfPages';

/**
 * pdf.js for the command line, run in a worker thread (lib/cli/pdfWorker.ts). pdfjs-dist's legacy
 * build replaces built-ins of the thread that imports it (on Node 20, Array.prototype.push by a
 * slower polyfill); kept in a worker, it leaves the analysis Node's own. The worker starts when a
 * PDF is first opened, so a text letter never loads pdf.js.
 */

type GetDocumentSource = Parameters<PdfJs['getDocument']>[0];

export type PdfRequest =
  | { op: 'open'; src: GetDocumentSource }
  | { op: 'page'; doc: number; n: number }
  | { op: 'close'; doc: number }
  | { op: 'ocr'; bytes: Uint8Array; name: string; password?: string };

/** An exception from the worker: a LetterError, or another (pdf.js's, with its name and code). */
export type WorkerFailure =
  | { kind: 'letter'; code: LetterErrorCode; message: string }
  | { kind: 'error'; name: string; code?: number; message: string; stack?: string };

export interface PdfTextPage {
  view: number[];
  items: TextContent['items'];
}

export type PdfReply =
  | { ok: true; kind: 'open'; doc: number; numPages: number }
  | { ok: true; kind: 'page'; page: PdfTextPage }
  | { ok: true; kind: 'closed' }
  | ({ ok: true; kind: 'ocr' } & LetterWithOcr)
  | { ok: false; error: WorkerFailure };

/** A reply that is no failure. */
type Answer = Extract<PdfReply, { ok: true }>;

/** The exception the worker caught, thrown again here as the same kind of error. */
export function rethrown(f: WorkerFailure): Error {
  if (f.kind === 'letter') {
    const e = new LetterError(f.code);
    e.message = f.message;
    return e;
  }
  const e = Object.assign(new Error(f.message), { name: f.name }, f.code === undefined ? {} : { code: f.code });
  if (f.stack) e.stack = f.stack;
  return e;
}

/**
 * The JavaScript heap of pdf.js's thread, in MB: a real letter needs some 100 MB; past this a file
 * fails with a Danish message instead of taking the machine's memory. (pdf.js's unpacked
 * streams are ArrayBuffers, outside this heap: the time limits bound those, lib/pdf/limits.ts.)
 */
const PDF_THREAD_HEAP_MB = 1024;

function startWorker(): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: PDF_THREAD_HEAP_MB };
  // Run from source (tsx, vitest) the worker is TypeScript too: register tsx in it first.
  if (/\.tsx?$/.test(new URL(here).pathname)) {
    const url = new URL('./pdfWorker.ts', here).href;
    // Resolved here, from this file: the worker's code below is resolved from the working directory.
    const tsx = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
    return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); });`, { eval: true, resourceLimits });
  }
  return new Worker(new URL('./pdfWorker.mjs', here), { resourceLimits });
}

/** The thread's own failure: out of memory means the file asked for more than a letter can. */
function threadError(e: Error): Error {
  return (e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new LetterError('too-slow') : e;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (r: PdfReply) => void; reject: (e: Error) => void }>();

function call(req: PdfRequest, transfer: ArrayBuffer[] = []): Promise<PdfReply> {
  if (!worker) {
    const w = startWorker();
    w.on('message', ({ id, reply }: { id: number; reply: PdfReply }) => {
      pending.get(id)?.resolve(reply);
      pending.delete(id);
      if (pending.size === 0) w.unref();
    });
    const fail = (e: Error) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
      if (worker === w) worker = null;
    };
    w.on('error', (e) => fail(threadError(e)));
    w.on('exit', (code) => fail(new Error(`pdf.js-tråden stoppede (kode ${code})`)));
    worker = w;
  }
  const id = nextId++;
  const w = worker;
  return new Promise<PdfReply>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Kept alive while it works for us; idle, it lets the process end.
    w.ref();
    w.postMessage({ id, req }, transfer);
  });
}

/** Whether the worker (and with it pdf.js) has been started: not for a text letter. */
export const pdfWorkerStarted = (): boolean => worker !== null;

/** Stops the worker, if one was started. */
export async function closePdfWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

/** The reply of the kind asked for, or the worker's exception thrown again. */
async function reply<K extends Answer['kind']>(req: PdfRequest, kind: K, transfer: ArrayBuffer[] = []): Promise<Extract<Answer, { kind: K }>> {
  const r = await call(req, transfer);
  if (!r.ok) throw rethrown(r.error);
  if (r.kind !== kind) throw new Error(`unexpected reply ${r.kind}`);
  return r as Extract<Answer, { kind: K }>;
}

/**
 * A document open in the worker, as a pdf.js document with only what readPdfPages uses. Destroyed
 * while the worker works (the time for a page ran out), it ends the worker: a thread busy in
 * pdf.js would not read a message to stop.
 */
function documentOf(doc: number, numPages: number): PdfDocument {
  return {
    numPages,
    async getPage(n: number): Promise<PdfPage> {
      const { page } = await reply({ op: 'page', doc, n }, 'page');
      return { view: page.view, getTextContent: async () => ({ items: page.items }), cleanup() {} };
    },
    async destroy() {
      if (pending.size > 0) return closePdfWorker();
      if (worker) await reply({ op: 'close', doc }, 'closed');
    },
  };
}

/**
 * A PdfJs for loadLetter and readPdfPages whose documents are open in the worker, where each page
 * is read when asked for (so readPdfPages's limits apply in this thread, where the timers run);
 * errors come back with pdf.js's own names and codes, so openPdf words them as before.
 */
export const workerPdfJs: PdfJs = {
  getDocument(src) {
    // openPdf gives pdf.js a copy of the bytes, which pdf.js would detach anyway: hand it over.
    const { data } = src;
    const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
    const promise = reply({ op: 'open', src }, 'open', own ? [data.buffer as ArrayBuffer] : []).then((r) => documentOf(r.doc, r.numPages));
    // Stopped while opening: the worker may be busy in pdf.js, so it is ended.
    return { promise, destroy: closePdfWorker };
  },
};

/** lib/ocr/node.ts's loadLetterWithOcr, run in the worker (it draws PDF pages with pdf.js). */
export async function loadLetterWithOcrInWorker(bytes: Uint8Array, name: string, password?: string): Promise<LetterWithOcr> {
  const { doc, ocr } = await reply({ op: 'ocr', bytes, name, password }, 'ocr');
  return { doc, ocr };
}
