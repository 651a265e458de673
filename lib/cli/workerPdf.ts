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
  | { op: 'text'; src: GetDocumentSource }
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
  | { ok: true; kind: 'text'; numPages: number; pages: PdfTextPage[]; pageError?: WorkerFailure }
  | ({ ok: true; kind: 'ocr' } & LetterWithOcr)
  | { ok: false; error: WorkerFailure };

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

function startWorker(): Worker {
  const here = import.meta.url;
  // Run from source (tsx, vitest) the worker is TypeScript too: register tsx in it first.
  if (/\.tsx?$/.test(new URL(here).pathname)) {
    const url = new URL('./pdfWorker.ts', here).href;
    // Resolved here, from this file: the worker's code below is resolved from the working directory.
    const tsx = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
    return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); });`, { eval: true });
  }
  return new Worker(new URL('./pdfWorker.mjs', here));
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
    w.on('error', fail);
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

/** The pages the worker read, as a pdf.js document with only what readPdfPages uses. */
function documentOf(reply: Extract<PdfReply, { kind: 'text' }>): PdfDocument {
  return {
    numPages: reply.numPages,
    async getPage(n: number): Promise<PdfPage> {
      const page = reply.pages[n - 1];
      if (!page) throw reply.pageError ? rethrown(reply.pageError) : new Error(`Invalid page request: ${n}`);
      return { view: page.view, getTextContent: async () => ({ items: page.items }), cleanup() {} };
    },
    async destroy() {},
  };
}

/**
 * A PdfJs for loadLetter and readPdfPages whose getDocument opens the PDF in the worker and reads
 * the text of every page there; errors come back with pdf.js's own names and codes, so openPdf
 * words them as before.
 */
export const workerPdfJs: PdfJs = {
  getDocument(src) {
    // openPdf gives pdf.js a copy of the bytes, which pdf.js would detach anyway: hand it over.
    const { data } = src;
    const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
    const promise = call({ op: 'text', src }, own ? [data.buffer as ArrayBuffer] : []).then((reply) => {
      if (!reply.ok) throw rethrown(reply.error);
      if (reply.kind !== 'text') throw new Error(`unexpected reply ${reply.kind}`);
      return documentOf(reply);
    });
    return { promise };
  },
};

/** lib/ocr/node.ts's loadLetterWithOcr, run in the worker (it draws PDF pages with pdf.js). */
export async function loadLetterWithOcrInWorker(bytes: Uint8Array, name: string, password?: string): Promise<LetterWithOcr> {
  const reply = await call({ op: 'ocr', bytes, name, password });
  if (!reply.ok) throw rethrown(reply.error);
  if (reply.kind !== 'ocr') throw new Error(`unexpected reply ${reply.kind}`);
  return { doc: reply.doc, ocr: reply.ocr };
}
