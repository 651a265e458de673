import { createWorker, OEM, type ImageLike, type LoggerMessage, type Page as TesseractPage, type Worker } from 'tesseract.js';
import type { DocumentText } from '../text/types';
import { ocrDocumentText, ocrPageText, readTesseractPage } from './layout';

/**
 * OCR (issue 10): reading a scanned page, all on this computer, with tesseract.js and its Danish
 * model. One interface for the browser (lib/ocr/browser.ts: the worker, core and model come from
 * the extension itself) and Node (lib/ocr/node.ts: the command line and the tests). Recognised
 * text comes out as a DocumentText made the way a text letter's is (fromPlainText), with line
 * breaks and paragraphs kept, so the analysis runs on it unchanged.
 */

/** A box in the image's pixels, origin top left. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** Tesseract's confidence in the word, 0–100. */
  confidence: number;
  box: OcrBox;
}

export interface OcrLine {
  words: OcrWord[];
  box: OcrBox;
  /** The line's baseline, from its left end to its right end: its slope is the page's skew. */
  baseline: OcrBox;
  /** Height of the line's letters (ascender to descender), in pixels. */
  height: number;
  /** The line starts a paragraph (a blank line goes before it in the text). */
  paragraph: boolean;
}

/** One recognised page. */
export interface OcrPage {
  /** The image's size in pixels and its resolution (dots per inch). */
  width: number;
  height: number;
  dpi: number;
  lines: OcrLine[];
  /** The mean confidence of the page's words (0–100; 0 for a page with no words). */
  confidence: number;
  /** Specks read as words and left out: marks with no letter or digit standing apart from the text. */
  dropped: number;
}

/** All the pages of a scan, read. */
export interface OcrResult {
  pages: OcrPage[];
  /** The text as a plain text letter: lines, a blank line between paragraphs, a form feed between pages. */
  text: string;
  /** The same text as the analysis reads it, each line mapped to its place on the scan (in points, as a PDF's). */
  doc: DocumentText;
  /** Mean confidence of all words of all pages (0–100). */
  confidence: number;
}

export interface OcrProgress {
  stage: 'loading' | 'recognising';
  /** The page being read (1-based) and how many there are. */
  page: number;
  pages: number;
  /** 0–1 for the whole job, loading included. */
  progress: number;
}

export interface OcrOptions {
  onProgress?: (p: OcrProgress) => void;
  /** Aborting stops the work at once: the worker is terminated and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Where tesseract.js finds its files: in the browser extension URLs, in Node a folder for the model only. */
export interface TesseractPaths {
  workerPath?: string;
  corePath?: string;
  langPath: string;
}

/** The language and model: Danish, LSTM only (the legacy engine's code and data are not shipped). */
export const OCR_LANGUAGE = 'dan';
/** The resolution pages are drawn at for OCR. */
export const OCR_DPI = 300;

/** Share of the progress bar that loading the core and the model takes. */
const LOADING_SHARE = 0.15;
/** tesseract.js's steps of loading, as its logger names them. */
const LOADING_STEPS = ['loading tesseract core', 'initializing tesseract', 'loading language traineddata', 'initializing api'];

export const abortError = (signal?: AbortSignal): unknown => signal?.reason ?? new DOMException('OCR afbrudt', 'AbortError');

/**
 * A tesseract.js worker for one job (a scan of one or more pages): created with the model,
 * used page by page, terminated at the end or when the signal aborts.
 */
export class OcrSession {
  private listener: ((m: LoggerMessage) => void) | null = null;
  private closed = false;

  private constructor(private readonly worker: Worker) {}

  /** Loads the core and the Danish model; rejects if the signal aborts meanwhile (the worker is then terminated). */
  static async open(paths: TesseractPaths, options: OcrOptions & { pages?: number } = {}): Promise<OcrSession> {
    const { signal, onProgress } = options;
    if (signal?.aborted) throw abortError(signal);
    let session: OcrSession | null = null;
    const pages = options.pages ?? 1;
    const creating = createWorker(OCR_LANGUAGE, OEM.LSTM_ONLY, {
      ...paths,
      workerBlobURL: false,
      gzip: true,
      cacheMethod: 'none',
      // A job that fails rejects its promise; without a handler tesseract.js would also throw in its message handler.
      errorHandler: () => undefined,
      logger: (m) => {
        if (session?.listener) session.listener(m);
        else {
          // Loading goes through four steps, each from 0 to 1.
          const step = LOADING_STEPS.indexOf(m.status);
          if (step >= 0) onProgress?.({ stage: 'loading', page: 1, pages, progress: (LOADING_SHARE * (step + Math.min(1, m.progress ?? 0))) / LOADING_STEPS.length });
        }
      },
    });
    const worker = await abortable(creating, signal, () => void creating.then((w) => w.terminate()).catch(() => undefined));
    session = new OcrSession(worker);
    onProgress?.({ stage: 'loading', page: 1, pages, progress: LOADING_SHARE });
    return session;
  }

  /** Reads one image. `page`/`pages` place its progress within the whole job. */
  async recognise(image: ImageLike, size: { width: number; height: number; dpi: number }, options: OcrOptions & { page?: number; pages?: number } = {}): Promise<OcrPage> {
    if (this.closed) throw new Error('OCR-sessionen er lukket');
    const { signal, onProgress } = options;
    const page = options.page ?? 1;
    const pages = options.pages ?? 1;
    const report = (p: number) =>
      onProgress?.({ stage: 'recognising', page, pages, progress: LOADING_SHARE + ((1 - LOADING_SHARE) * (page - 1 + Math.min(1, Math.max(0, p)))) / pages });
    this.listener = (m) => {
      if (m.status === 'recognizing text') report(m.progress);
    };
    report(0);
    const stop = () => void this.terminate();
    try {
      await abortable(this.worker.setParameters({ user_defined_dpi: String(Math.round(size.dpi)) }), signal, stop);
      if (signal?.aborted) {
        stop();
        throw abortError(signal);
      }
      const result = await abortable(this.worker.recognize(image, {}, { text: false, blocks: true }), signal, stop);
      report(1);
      return readTesseractPage(result.data as TesseractPage, size);
    } finally {
      this.listener = null;
    }
  }

  async terminate(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.worker.terminate().catch(() => undefined);
  }
}

/** tesseract.js rejects with a worker's message (a string): an Error for the caller. */
const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(`OCR: ${String(e)}`));

/**
 * `promise`, or a rejection with the signal's reason as soon as it aborts (after calling
 * `onAbort`). The promise left behind may still reject (a terminated worker): that is ignored.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return promise.catch((e: unknown) => Promise.reject(asError(e)));
  if (signal.aborted) {
    promise.catch(() => undefined);
    onAbort();
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      promise.catch(() => undefined);
      onAbort();
      reject(abortError(signal));
    };
    signal.addEventListener('abort', stop, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', stop);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(asError(e));
      },
    );
  });
}

/** One image of a job, with what the adapter knows of its size. */
export interface OcrImage {
  image: ImageLike;
  width: number;
  height: number;
  dpi: number;
}

/**
 * Reads the pages of a scan one after the other with one worker, which is terminated at the end,
 * on an error or when the signal aborts. `next(i)` gives page i (0-based) when it is its turn, so
 * a PDF's pages are drawn one at a time.
 */
export async function recognisePages(paths: TesseractPaths, count: number, next: (index: number) => Promise<OcrImage>, options: OcrOptions = {}): Promise<OcrResult> {
  // Progress only goes forward (tesseract.js reports each step of loading from 0 again).
  let last = 0;
  const report = options.onProgress;
  const onProgress = report && ((p: OcrProgress) => report({ ...p, progress: (last = Math.max(last, p.progress)) }));
  options = { ...options, onProgress };
  const session = await OcrSession.open(paths, { ...options, pages: count });
  try {
    const pages: OcrPage[] = [];
    for (let i = 0; i < count; i++) {
      if (options.signal?.aborted) throw abortError(options.signal);
      const img = await next(i);
      pages.push(await session.recognise(img.image, img, { ...options, page: i + 1, pages: count }));
    }
    return ocrResult(pages);
  } finally {
    await session.terminate();
  }
}

/** The text, DocumentText and mean confidence of recognised pages. */
export function ocrResult(pages: OcrPage[]): OcrResult {
  const words = pages.flatMap((p) => p.lines.flatMap((l) => l.words));
  const confidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
  return { pages, text: pages.map(ocrPageText).join('\f'), doc: ocrDocumentText(pages), confidence };
}
