import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import type { Finding, Report } from '../../lib/schema/report';
import { buildDocumentText } from '../../lib/text/buildDocumentText';
import type { DocumentText, RawPage } from '../../lib/text/types';
import { LetterAnalysis, PASS_ON_PAGE, type AnalysisResult } from '../../lib/viewer/analysisClient';
import { docFromWire, type AnalysisOptions, type FromAnalysis } from '../../lib/viewer/analysisProtocol';
import { AnalysisSession, type Clock } from '../../lib/viewer/analysisSession';
import { prewarmAnalysis } from '../../lib/viewer/analysisWorker';
import { decodeFindings, FINDINGS_PART } from '../../lib/viewer/findingsDelta';
import { longLetterPages } from './longLetterPages';

const options: AnalysisOptions = { file: 'lang.pdf', received: null, statement: null, language: 'da' };

/** A clock that moves only when told, running the timers that fall due. */
function fakeClock() {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(++next, { at: now + ms, run });
      return next;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      timers.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

/** The session as the worker runs it, with what it posts decoded the way the viewer does. */
function session(transfer = false) {
  const { clock, advance, pending } = fakeClock();
  const posted: FromAnalysis[] = [];
  const results: Array<{ doc: DocumentText; report: Report; message: Extract<FromAnalysis, { type: 'result' }> }> = [];
  const sent: RawPage[] = [];
  let findings: Finding[] = [];
  let ahead: Finding[] = [];
  let doc: DocumentText | null = null;
  const s = new AnalysisSession({
    clock,
    transfer,
    post: (message, buffers) => {
      // What postMessage does: a copy, the buffers moved.
      const m = structuredClone(message, { transfer: buffers });
      posted.push(m);
      if (m.type === 'findings') ahead.push(...m.findings);
      if (m.type !== 'result') return;
      findings = decodeFindings(findings, m.report.findings, ahead);
      ahead = [];
      doc = m.doc ? docFromWire(m.doc, sent) : doc;
      results.push({ doc: doc as DocumentText, report: { ...m.report, findings }, message: m });
    },
  });
  const page = (p: RawPage) => {
    sent[p.number - 1] = p;
    s.handle({ type: 'page', page: structuredClone(p) });
  };
  return { s, posted, results, page, advance, pending };
}

const direct = (pages: RawPage[], received: string | null = null) => analyzeLetter(buildDocumentText(pages), { file: options.file, received });

describe('the analysis worker (its handler, run directly)', () => {
  const pages = longLetterPages(12);

  it('analyses the first page at once and alone, then the pages in so far after the gap, then all at once when the last is in', () => {
    const w = session();
    w.s.handle({ type: 'open', pageCount: 12, options });
    for (const p of pages.slice(0, 3)) w.page(p);
    w.advance(0);
    expect(w.results.map((r) => [r.doc.pages.length, r.message.pagesRead, r.message.complete])).toEqual([[1, 3, false]]);
    expect(w.results[0]?.report.letter.senderName).toMatch(/Langby/);

    w.advance(399);
    expect(w.results).toHaveLength(1);
    w.advance(1);
    expect(w.results.map((r) => r.doc.pages.length)).toEqual([1, 3]);

    for (const p of pages.slice(3)) w.page(p);
    w.advance(0);
    const last = w.results.at(-1)!;
    expect(last.message.complete).toBe(true);
    expect(last.doc.pages).toHaveLength(12);
    // The same text and report as analysing the whole letter at once; the klagefrist from the last page.
    expect(last.doc.text).toBe(buildDocumentText(pages).text);
    expect(last.report).toEqual(direct(pages));
    expect(last.report.appeal.deadline).not.toBeNull();
    expect(last.message.terms?.language).toBe('da');

    // Nothing new: no more passes.
    w.advance(60_000);
    expect(w.results).toHaveLength(3);
    expect(w.pending()).toBe(0);
  });

  it('analyses a short letter once, when all its pages are in', () => {
    const w = session();
    const three = longLetterPages(3);
    w.s.handle({ type: 'open', pageCount: 3, options });
    w.page(three[0]!);
    w.advance(1000);
    expect(w.results).toHaveLength(0);
    w.page(three[1]!);
    w.page(three[2]!);
    w.advance(0);
    expect(w.results.map((r) => [r.doc.pages.length, r.message.complete])).toEqual([[3, true]]);
    expect(w.results[0]?.report).toEqual(direct(three));
  });

  it('keeps the findings it sent before: the same objects for pages that did not change, and few findings sent again', () => {
    const w = session();
    w.s.handle({ type: 'open', pageCount: 12, options });
    for (const p of pages.slice(0, 6)) w.page(p);
    w.advance(0);
    w.advance(400);
    for (const p of pages.slice(6)) w.page(p);
    w.advance(0);
    const [, middle, last] = w.results;
    const onPage = (r: typeof middle, n: number) => r!.report.findings.filter((f) => f.page === n);
    for (const n of [2, 3, 4, 5]) {
      expect(onPage(middle, n).length).toBeGreaterThan(0);
      onPage(middle, n).forEach((f, i) => expect(onPage(last, n)[i]).toBe(f));
    }
    // The message itself names them by number.
    const sentWhole = last!.message.report.findings.filter((f) => typeof f !== 'number');
    expect(sentWhole.length).toBeLessThan(last!.report.findings.length / 2);
  });

  it('sends many new findings ahead in parts, each a message of its own', () => {
    const long = longLetterPages(200);
    const w = session();
    w.s.handle({ type: 'open', pageCount: 200, options });
    w.page(long[0]!);
    w.advance(0);
    for (const p of long.slice(1)) w.page(p);
    w.advance(0);
    const last = w.results.at(-1)!;
    expect(last.message.complete).toBe(true);
    expect(last.report.findings.length).toBeGreaterThan(FINDINGS_PART);
    const parts = w.posted.filter((m) => m.type === 'findings');
    expect(parts.length).toBeGreaterThan(1);
    for (const m of parts) expect(m.findings.length).toBeLessThanOrEqual(FINDINGS_PART);
    expect(last.message.report.findings.every((f) => typeof f === 'number')).toBe(true);
    expect(last.report).toEqual(direct(long));
  });

  it('analyses again at once with a new received date, without sending the text again', () => {
    const w = session();
    w.s.handle({ type: 'open', pageCount: 12, options });
    for (const p of pages) w.page(p);
    w.advance(0);
    w.advance(0);
    expect(w.results.at(-1)?.message.complete).toBe(true);
    const before = w.results.length;
    w.s.handle({ type: 'options', options: { ...options, received: '2026-03-10' }, version: 1 });
    w.advance(0);
    const again = w.results.at(-1)!;
    expect(w.results).toHaveLength(before + 1);
    expect(again.message).toMatchObject({ version: 1, doc: null, complete: true });
    expect(again.report.appeal.received).toBe('2026-03-10');
    expect(again.report).toEqual(direct(pages, '2026-03-10'));
  });

  it('gives away copies of the character maps, and keeps its own (a later pass still has them)', () => {
    const w = session(true);
    w.s.handle({ type: 'open', pageCount: 2, options });
    for (const p of longLetterPages(2)) w.page(p);
    w.advance(0);
    w.advance(0);
    const last = w.results.at(-1)!;
    expect(last.doc.charPage.length).toBe(last.doc.text.length);
    w.s.handle({ type: 'options', options: { ...options, received: '2026-03-10' }, version: 1 });
    w.advance(0);
    expect(w.results.at(-1)?.report.appeal.received).toBe('2026-03-10');
  });

  it('posts an error where the analysis fails, and then does nothing more', () => {
    const w = session();
    w.s.handle({ type: 'open', pageCount: 1, options: { ...options, statement: { file: 'x', doc: null as unknown as DocumentText, ocr: false } } });
    w.page(pages[0]!);
    w.advance(0);
    expect(w.posted.map((m) => m.type)).toEqual(['error']);
    w.page(pages[1]!);
    w.advance(10_000);
    expect(w.posted).toHaveLength(1);
  });

  it('warms up before a letter comes, and not once one has', () => {
    const w = session();
    w.s.handle({ type: 'warm' });
    w.advance(0);
    expect(w.posted).toEqual([]);
    w.s.handle({ type: 'open', pageCount: 1, options });
    w.s.handle({ type: 'warm' });
    w.page(pages[0]!);
    w.advance(0);
    expect(w.results).toHaveLength(1);
  });
});

describe('the viewer side of the analysis', () => {
  const pages = longLetterPages(8);
  const complete = (a: LetterAnalysis) =>
    new Promise<AnalysisResult>((resolve, reject) => {
      a.onResult = (r) => r.complete && resolve(r);
      a.onError = reject;
    });

  afterEach(() => vi.unstubAllGlobals());

  it('without a worker (as in Node) runs the same analysis on the page, with the same results', async () => {
    performance.clearMarks(PASS_ON_PAGE);
    const a = new LetterAnalysis();
    expect(a.where).toBe('page');
    const done = complete(a);
    a.open(pages.length, options, 10);
    for (const p of pages) a.addPage(p);
    const r = await done;
    expect(r.report).toEqual(direct(pages));
    expect(r.doc.pages).toEqual(pages);
    expect(performance.getEntriesByName(PASS_ON_PAGE).length).toBeGreaterThan(0);
    // Analysed again with a received date: the first result made with it.
    const again = await a.reanalyse({ ...options, received: '2026-03-10' });
    expect(again.report.appeal.received).toBe('2026-03-10');
    expect(again.doc).toBe(r.doc);
    a.close();
  });

  it('falls back to the page, and sends what it had again, when the worker does not start', async () => {
    // A worker whose script does not load: an error event, nothing else.
    class BrokenWorker {
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      onmessage = null;
      onmessageerror = null;
      private listeners: Array<() => void> = [];
      constructor() {
        setTimeout(() => {
          for (const l of this.listeners) l();
          this.onerror?.({ preventDefault() {} });
        }, 5);
      }
      addEventListener(_type: string, listener: () => void) {
        this.listeners.push(listener);
      }
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const a = new LetterAnalysis();
    expect(a.where).toBe('worker');
    const done = complete(a);
    a.open(pages.length, options, 10);
    for (const p of pages) a.addPage(p);
    const r = await done;
    expect(a.where).toBe('page');
    expect(r.report).toEqual(direct(pages));
    a.close();

    // A worker started ahead that failed before the letter came is not taken.
    prewarmAnalysis();
    await new Promise((r) => setTimeout(r, 20));
    const b = new LetterAnalysis();
    const again = complete(b);
    b.open(pages.length, options, 10);
    for (const p of pages) b.addPage(p);
    expect((await again).report).toEqual(direct(pages));
    b.close();
  });
});
