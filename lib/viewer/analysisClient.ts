import type { Finding, Report } from '../schema/report';
import type { DocumentText, RawPage } from '../text/types';
import { docFromWire, type AnalysisOptions, type FromAnalysis, type ToAnalysis } from './analysisProtocol';
import { AnalysisSession } from './analysisSession';
import { takeAnalysisWorker } from './analysisWorker';
import { decodeFindings } from './findingsDelta';
import { primeLetterTerms } from './letterTerms';

/** What the analysis has made of the letter so far. */
export interface AnalysisResult {
  doc: DocumentText;
  report: Report;
  /** Pages read by now (the report may be of fewer). */
  pagesRead: number;
  /** All pages analysed. */
  complete: boolean;
}

/** Where a letter is analysed: in a worker, or (no worker to be had) on the page itself. */
export type AnalysedIn = 'worker' | 'page';

/** The name of the mark made for each pass run on the page's own thread (the browser tests count them). */
export const PASS_ON_PAGE = 'brevtjek:analysis-pass-on-page';
/** The name of the mark made for each result the page receives, with pages and cost (for the browser tests' figures). */
export const RESULT_MARK = 'brevtjek:analysis-result';

interface Channel {
  send(message: ToAnalysis): void;
  close(): void;
}

/**
 * The viewer's side of a letter's analysis (lib/viewer/analysisSession.ts): sends the pages as
 * they are read, and turns the results back into a document text and a report, keeping the
 * findings it already has. In a module worker where the browser gives one, else on the page.
 */
export class LetterAnalysis {
  where: AnalysedIn;
  /** Each result made with the latest options. */
  onResult: ((result: AnalysisResult) => void) | null = null;
  onError: ((error: Error) => void) | null = null;

  private channel: Channel;
  private opened: Extract<ToAnalysis, { type: 'open' }> | null = null;
  private pages: RawPage[] = [];
  private options: AnalysisOptions | null = null;
  private version = 0;
  private doc: DocumentText | null = null;
  private findings: Finding[] = [];
  /** New findings sent ahead of the next result. */
  private ahead: Finding[] = [];
  private last: AnalysisResult | null = null;
  private waiting: Array<{ version: number; resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }> = [];
  private closed = false;

  constructor(useWorker = typeof Worker !== 'undefined') {
    this.channel = (useWorker && this.workerChannel()) || this.pageChannel();
    this.where = this.channel instanceof WorkerChannel ? 'worker' : 'page';
  }

  /** A letter of `pageCount` pages, analysed with `options`; `minGapMs`: the least time between passes. */
  open(pageCount: number, options: AnalysisOptions, minGapMs?: number): void {
    this.opened = { type: 'open', pageCount, options, minGapMs };
    this.options = options;
    this.channel.send(this.opened);
  }

  /** One more page, as it is read (in order). */
  addPage(page: RawPage): void {
    this.pages[page.number - 1] = page;
    this.channel.send({ type: 'page', page });
  }

  /** The letter analysed again with other options (the received date, the statement, the language): the first result made with them. */
  reanalyse(options: AnalysisOptions): Promise<AnalysisResult> {
    this.options = options;
    const version = ++this.version;
    this.channel.send({ type: 'options', options, version });
    return new Promise((resolve, reject) => this.waiting.push({ version, resolve, reject }));
  }

  /** The latest result. */
  get latest(): AnalysisResult | null {
    return this.last;
  }

  close(): void {
    this.closed = true;
    this.channel.close();
    this.fail(new DOMException('closed', 'AbortError'));
  }

  private receive(message: FromAnalysis) {
    if (this.closed) return;
    if (message.type === 'error') {
      this.fail(new Error(message.message));
      return;
    }
    if (message.type === 'findings') {
      for (const f of message.findings) this.ahead.push(f);
      return;
    }
    // The findings are told against the ones sent before, whatever options they were made with.
    this.findings = decodeFindings(this.findings, message.report.findings, this.ahead);
    this.ahead = [];
    this.doc = message.doc ? docFromWire(message.doc, this.pages) : this.doc;
    if (!this.doc) throw new Error('analysis: a result without a text');
    if (message.terms) primeLetterTerms(this.doc.text, message.terms.language, message.terms.matches);
    if (this.where === 'page') performance.mark(PASS_ON_PAGE);
    performance.mark(RESULT_MARK, { detail: { pages: this.doc.pages.length, pagesRead: message.pagesRead, cost: Math.round(message.cost), complete: message.complete } });
    // A result made with options since changed: the one made with the new ones comes next.
    if (message.version < this.version) return;
    const result: AnalysisResult = { doc: this.doc, report: { ...message.report, findings: this.findings }, pagesRead: message.pagesRead, complete: message.complete };
    this.last = result;
    this.onResult?.(result);
    const done = this.waiting.filter((w) => w.version <= message.version);
    this.waiting = this.waiting.filter((w) => w.version > message.version);
    for (const w of done) w.resolve(result);
  }

  private fail(error: Error) {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.reject(error);
    if (error.name !== 'AbortError') this.onError?.(error);
  }

  private workerChannel(): Channel | null {
    try {
      const worker = takeAnalysisWorker();
      return new WorkerChannel(worker, (m) => this.receive(m), () => this.fallBack());
    } catch {
      return null;
    }
  }

  private pageChannel(): Channel {
    const session = new AnalysisSession({ post: (message) => setTimeout(() => this.receive(message), 0) });
    return { send: (message) => session.handle(message), close: () => session.stop() };
  }

  /** The worker could not start or broke: the same analysis, on the page, from the start. */
  private fallBack() {
    if (this.closed || this.where === 'page') return;
    this.channel.close();
    this.channel = this.pageChannel();
    this.where = 'page';
    this.findings = [];
    this.ahead = [];
    this.doc = null;
    if (!this.opened) return;
    this.channel.send(this.opened);
    if (this.version > 0 && this.options) this.channel.send({ type: 'options', options: this.options, version: this.version });
    for (const page of this.pages) if (page) this.channel.send({ type: 'page', page });
  }
}

class WorkerChannel implements Channel {
  constructor(
    private readonly worker: Worker,
    receive: (message: FromAnalysis) => void,
    broken: () => void,
  ) {
    worker.onmessage = (e: MessageEvent<FromAnalysis>) => receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      broken();
    };
    worker.onmessageerror = () => broken();
  }

  send(message: ToAnalysis) {
    this.worker.postMessage(message);
  }

  close() {
    this.worker.terminate();
  }
}
