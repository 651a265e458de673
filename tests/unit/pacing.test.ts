import { describe, expect, it } from 'vitest';
import { gapAfter, MIN_GAP_MS, nextPassAt, SHORT_LETTER_PAGES, type PaceState } from '../../lib/viewer/pacing';

const fresh: PaceState = { received: 0, analysed: 0, allIn: false, lastWasComplete: false, optionsChanged: false, lastEnd: null, lastCost: 0 };

/**
 * The passes a letter gets, as the session runs them: pages arrive at `arrivals` (ms, in order),
 * a pass of n pages costs `costOf(n)`, the first pass takes the first page alone (unless all are
 * in). Returns each
 * pass's start and the pages it analysed.
 */
function simulate(arrivals: number[], costOf: (pages: number) => number, minGap = MIN_GAP_MS): Array<{ at: number; pages: number }> {
  const passes: Array<{ at: number; pages: number }> = [];
  let s: PaceState = { ...fresh };
  let now = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const received = arrivals.filter((a) => a <= now).length;
    const msPerPage = received > 1 ? ((arrivals[received - 1] as number) - (arrivals[0] as number)) / (received - 1) : null;
    s = { ...s, received, total: arrivals.length, msPerPage, allIn: received === arrivals.length };
    const at = nextPassAt(s, minGap);
    const nextArrival = arrivals.find((a) => a > now);
    if (at === null || (nextArrival !== undefined && nextArrival < at)) {
      if (nextArrival === undefined) return passes;
      now = nextArrival;
      continue;
    }
    now = Math.max(now, at);
    const got = arrivals.filter((a) => a <= now).length;
    const pages = s.lastEnd === null && got < arrivals.length ? Math.min(got, 1) : got;
    const cost = costOf(pages);
    passes.push({ at: now, pages });
    now += cost;
    s = { ...s, analysed: pages, lastWasComplete: pages === arrivals.length, optionsChanged: false, lastEnd: now, lastCost: cost };
  }
  throw new Error('no end');
}

describe('pacing of the analysis while a letter is read', () => {
  it('waits at least 400 ms, and twice what the last pass cost', () => {
    expect(gapAfter(10)).toBe(400);
    expect(gapAfter(300)).toBe(600);
    expect(gapAfter(0, 100)).toBe(100);
  });

  it('analyses the first page at once, and nothing before a page is in', () => {
    expect(nextPassAt(fresh)).toBeNull();
    expect(nextPassAt({ ...fresh, received: 1 })).toBe(0);
  });

  it('waits for new pages: no pass when nothing came since the last', () => {
    const s = { ...fresh, received: 5, analysed: 5, lastEnd: 1000, lastCost: 50 };
    expect(nextPassAt(s)).toBeNull();
    expect(nextPassAt({ ...s, received: 6 })).toBe(1400);
    expect(nextPassAt({ ...s, received: 6, lastCost: 500 })).toBe(2000);
  });

  it('analyses at once when the last page is in, and then no more', () => {
    const s = { ...fresh, received: 10, analysed: 8, allIn: true, lastEnd: 1000, lastCost: 900 };
    expect(nextPassAt(s)).toBeLessThanOrEqual(1000);
    expect(nextPassAt({ ...s, analysed: 10, lastWasComplete: true })).toBeNull();
  });

  it('analyses at once when the user changes the received date, the statement or the language', () => {
    const done = { ...fresh, received: 10, analysed: 10, allIn: true, lastWasComplete: true, lastEnd: 5000, lastCost: 900 };
    expect(nextPassAt({ ...done, optionsChanged: true })).toBeLessThanOrEqual(5000);
  });

  it('a 100-page letter read in 4 s with passes that grow with it: few passes, the first on page 1, the last on all', () => {
    const arrivals = Array.from({ length: 100 }, (_, i) => 200 + 40 * i);
    const passes = simulate(arrivals, (n) => 20 + 6 * n);
    expect(passes[0]).toEqual({ at: 200, pages: 1 });
    expect(passes.at(-1)?.pages).toBe(100);
    // Never closer than the gap the pass before asks for, and never more passes than a pass every 400 ms would give.
    for (let i = 1; i < passes.length; i++) {
      const before = passes[i - 1] as { at: number; pages: number };
      const end = before.at + 20 + 6 * before.pages;
      const last = i === passes.length - 1;
      if (!last) expect((passes[i] as { at: number }).at - end).toBeGreaterThanOrEqual(gapAfter(20 + 6 * before.pages));
    }
    expect(passes.length).toBeLessThanOrEqual(Math.ceil(4200 / 400) + 1);
  });

  it('once a pass costs more than the gap, passes thin out instead of running back to back', () => {
    const arrivals = Array.from({ length: 500 }, (_, i) => 100 + 10 * i);
    const passes = simulate(arrivals, (n) => 8 * n);
    const busy = passes.slice(0, -1).reduce((sum, p) => sum + 8 * p.pages, 0);
    const span = (passes.at(-1) as { at: number }).at - (passes[0] as { at: number }).at;
    // At most a third of the time before the last pass is spent analysing.
    expect(busy).toBeLessThan(span / 3 + 1);
    expect(passes.at(-1)).toEqual({ at: 100 + 10 * 499, pages: 500 });
  });

  it('leaves out a pass that would still run when the last page comes: the last pass starts when it is in', () => {
    // 500 pages, one every 10 ms; a pass costs 8 ms a page. At 4852 ms 476 pages are in: a pass of
    // them would run 3.8 s, and the last 24 pages come in 0.24 s. So the next pass is the last.
    const arrivals = Array.from({ length: 500 }, (_, i) => 100 + 10 * i);
    expect(simulate(arrivals, (n) => 8 * n)).toEqual([
      { at: 100, pages: 1 },
      { at: 508, pages: 41 },
      { at: 1492, pages: 140 },
      { at: 5090, pages: 500 },
    ]);
    // With the rest of the pages far off, the pass is not left out.
    expect(nextPassAt({ ...fresh, received: 50, total: 100, msPerPage: 100, analysed: 40, lastEnd: 1000, lastCost: 400 })).toBe(1800);
    expect(nextPassAt({ ...fresh, received: 95, total: 100, msPerPage: 10, analysed: 80, lastEnd: 1000, lastCost: 400 })).toBeNull();
    // After the first pass (one page, cold) it is not guessed from.
    expect(nextPassAt({ ...fresh, received: 95, total: 100, msPerPage: 10, analysed: 1, lastEnd: 1000, lastCost: 400 })).toBe(1800);
  });

  it('a one-page letter: one pass', () => {
    expect(simulate([50], () => 30)).toEqual([{ at: 50, pages: 1 }]);
  });

  it('a short letter: one pass, when all its pages are in (no half result for a moment)', () => {
    expect(SHORT_LETTER_PAGES).toBeGreaterThanOrEqual(3);
    expect(nextPassAt({ ...fresh, received: 1, total: 3 })).toBeNull();
    expect(nextPassAt({ ...fresh, received: 3, total: 3, allIn: true })).toBe(0);
    expect(simulate([10, 20, 30], () => 30)).toEqual([{ at: 30, pages: 3 }]);
    // A longer one: its first page at once.
    expect(nextPassAt({ ...fresh, received: 1, total: SHORT_LETTER_PAGES + 1 })).toBe(0);
  });
});
