import { analyzeLetter } from '../analyzeLetter';
import { findTerms } from '../glossary/findTerms';
import { rulesIn } from '../rules/prose';
import type { Language } from '../i18n/language';
import type { Finding } from '../schema/report';
import { buildDocumentText } from '../text/buildDocumentText';
import type { DocumentText, RawPage } from '../text/types';
import type { AnalysisOptions, DocWire, FromAnalysis, ToAnalysis } from './analysisProtocol';
import { encodeFindings, sendAhead } from './findingsDelta';
import { MIN_GAP_MS, nextPassAt, type PaceState } from './pacing';
import { warmUp } from './warmUp';

/** Time and timers: the real ones, or a test's. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SessionHooks {
  /** Sends a message to the viewer; `transfer` lists buffers it may move instead of copying. */
  post: (message: FromAnalysis, transfer: ArrayBuffer[]) => void;
  clock?: Clock;
  /** Sets the language the analysis explains in (a worker has its own; the page's is already right). */
  setLanguage?: (language: Language) => void;
  /** Move the text's character maps to the viewer (a worker), rather than share them (the same thread). */
  transfer?: boolean;
}

/**
 * The analysis of one letter as its pages come in: it builds the document text and analyses it,
 * paced (lib/viewer/pacing.ts), and posts each result. The same code runs in the analysis worker
 * (lib/viewer/analysis.worker.ts) and, where there is no worker, on the page itself.
 */
export class AnalysisSession {
  private pages: RawPage[] = [];
  private pageCount = 0;
  private received = 0;
  private options: AnalysisOptions | null = null;
  private version = 0;
  private minGap = MIN_GAP_MS;
  private doc: DocumentText | null = null;
  private sent: Finding[] = [];
  private timer: unknown = null;
  /** When the first and the latest page came (ms): how fast the rest will come. */
  private firstPageAt: number | null = null;
  private lastPageAt = 0;
  /** The language and pages the glossary words were last sent for. */
  private termsFor = '';
  private pace: Omit<PaceState, 'received' | 'allIn'> = { analysed: 0, lastWasComplete: false, optionsChanged: false, lastEnd: null, lastCost: 0 };
  private readonly clock: Clock;

  constructor(private readonly hooks: SessionHooks) {
    this.clock = hooks.clock ?? realClock;
  }

  handle(message: ToAnalysis): void {
    switch (message.type) {
      case 'warm':
        // After any message already waiting: a page that has come is analysed instead.
        this.clock.setTimeout(() => {
          if (this.received > 0 || this.pace.lastEnd !== null) return;
          try {
            warmUp();
          } catch {
            // Only a warm-up: the letter's own pass reports what goes wrong.
          }
        }, 0);
        return;
      case 'open':
        this.cancel();
        this.pages = [];
        this.pageCount = message.pageCount;
        this.received = 0;
        this.options = message.options;
        this.version = 0;
        this.minGap = message.minGapMs ?? MIN_GAP_MS;
        this.doc = null;
        this.sent = [];
        this.termsFor = '';
        this.firstPageAt = null;
        this.pace = { analysed: 0, lastWasComplete: false, optionsChanged: false, lastEnd: null, lastCost: 0 };
        break;
      case 'page':
        this.firstPageAt ??= this.clock.now();
        this.lastPageAt = this.clock.now();
        this.pages[message.page.number - 1] = message.page;
        while (this.pages[this.received]) this.received++;
        break;
      case 'options':
        this.options = message.options;
        this.version = message.version;
        this.pace.optionsChanged = true;
        break;
    }
    this.schedule();
  }

  /** No more passes (the letter is closed). */
  stop(): void {
    this.cancel();
    this.options = null;
  }

  /** The state the pacing decides from. */
  paceState(): PaceState {
    const msPerPage = this.received > 1 && this.firstPageAt !== null ? (this.lastPageAt - this.firstPageAt) / (this.received - 1) : null;
    return { ...this.pace, received: this.received, total: this.pageCount, msPerPage, allIn: this.pageCount > 0 && this.received >= this.pageCount };
  }

  private cancel() {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule() {
    this.cancel();
    if (!this.options) return;
    const at = nextPassAt(this.paceState(), this.minGap);
    if (at === null) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.pass();
    }, Math.max(0, at - this.clock.now()));
  }

  /** One pass: the text of the pages in so far (the first: of the first page), analysed, and posted. */
  private pass() {
    const options = this.options;
    if (!options) return;
    const start = this.clock.now();
    // The first pass: the first page alone, so it is highlighted soon whatever came in meanwhile (unless all have).
    const n = this.pace.lastEnd === null && this.received < this.pageCount ? Math.min(this.received, 1) : this.received;
    try {
      this.hooks.setLanguage?.(options.language);
      const rebuilt = !this.doc || this.doc.pages.length !== n;
      if (rebuilt) this.doc = buildDocumentText(this.pages.slice(0, n));
      const doc = this.doc as DocumentText;
      const report = analyzeLetter(doc, { file: options.file, received: options.received, statement: options.statement });
      // Many new findings (a long stretch of pages at once) go ahead in parts: the page takes each message apart in a task of its own.
      const findings = sendAhead(encodeFindings(this.sent, report.findings), (part) => this.hooks.post({ type: 'findings', findings: part }, []));
      this.sent = report.findings;
      const complete = n >= this.pageCount;
      // The glossary words are marked once the letter is complete: found here, not on the page (and sent once a text and language).
      const termsFor = `${options.language}:${n}`;
      const terms = complete && (rebuilt || this.termsFor !== termsFor) ? { language: options.language, matches: findTerms(doc.text, { glossary: rulesIn(options.language).glossary }) } : null;
      if (terms) this.termsFor = termsFor;
      const cost = this.clock.now() - start;
      const transfer: ArrayBuffer[] = [];
      const wire = rebuilt ? this.wire(doc, n, transfer) : null;
      this.pace = { analysed: n, lastWasComplete: complete, optionsChanged: false, lastEnd: this.clock.now(), lastCost: cost };
      this.hooks.post({ type: 'result', doc: wire, report: { ...report, findings }, pagesRead: this.received, complete, version: this.version, cost, terms }, transfer);
    } catch (e) {
      this.options = null;
      this.hooks.post({ type: 'error', message: (e as Error).message ?? String(e) }, []);
      return;
    }
    this.schedule();
  }

  /** The text to send; its character maps are copies the worker can give away (the session keeps its own). */
  private wire(doc: DocumentText, pages: number, transfer: ArrayBuffer[]): DocWire {
    const maps = this.hooks.transfer ? [doc.charPage.slice(), doc.charItem.slice(), doc.charOffset.slice()] : [doc.charPage, doc.charItem, doc.charOffset];
    if (this.hooks.transfer) transfer.push(...maps.map((m) => m.buffer as ArrayBuffer));
    const [charPage, charItem, charOffset] = maps as [Int32Array, Int32Array, Int32Array];
    return { text: doc.text, charPage, charItem, charOffset, pagesWithoutText: doc.pagesWithoutText, pages };
  }
}
