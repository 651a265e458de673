import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyCounts, f1, goldsIn, KINDS, scoreLetter, type Counts } from './letterScore';

// Letters written from shared/eval/GUIDE.md alone, by writers who never saw Brevtjek's rules
// (tests/letters-styles, tests/letters-blind/*). Each set's first-run figures, scored before any
// rule was changed for it, are in its README: that is the measure of generalisation. This test
// keeps what has been reached since from sliding back: a floor per kind over all of them.

const sets = ['letters-styles', 'letters-blind/f', 'letters-blind/g', 'letters-blind/h', 'letters-blind/i', 'letters-blind/j', 'letters-blind/k', 'letters-blind/l', 'letters-blind/m', 'letters-blind/n', 'letters-blind/o', 'letters-blind/p', 'letters-blind/q', 'letters-blind/r', 'letters-blind/s', 'letters-blind/t'].map((s) => join(import.meta.dirname, s));
/** Floors a little under the figures reached when they were set (README, "Blind letters"). */
const FLOOR: Record<(typeof KINDS)[number] | 'micro', number> = { law: 0.98, deadline: 0.96, medical_quote: 0.96, sanction: 0.88, micro: 0.96 };

describe('letters written without sight of the rules', () => {
  const totals: Counts = emptyCounts();
  let appealRight = 0;
  let letters = 0;
  for (const dir of sets) {
    for (const name of goldsIn(dir)) {
      it(`${dir.split('tests/')[1]}/${name.replace('.gold.json', '')} is read without an error`, async () => {
        const { gold, report } = await scoreLetter(dir, name, totals, null);
        letters++;
        if (report.appeal.deadline === gold.appealDeadline) appealRight++;
        // Fail safe: where the letter gives a right to complain, a klagefrist is always shown.
        if (gold.appealDeadline) expect(report.appeal.deadline, 'klagefrist').not.toBeNull();
      });
    }
  }

  it('keeps every kind, and all of them together, above its floor', () => {
    const all = KINDS.reduce((a, k) => ({ tp: a.tp + totals[k].tp, fp: a.fp + totals[k].fp, fn: a.fn + totals[k].fn }), { tp: 0, fp: 0, fn: 0 });
    const figures = Object.fromEntries([...KINDS.map((k) => [k, f1(totals[k])]), ['micro', f1(all)]]) as Record<keyof typeof FLOOR, number>;
    console.log(`blind letters (${letters}): ${Object.entries(figures).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}`).join(' | ')} | klagefrist ${appealRight}/${letters}`);
    for (const k of Object.keys(FLOOR) as Array<keyof typeof FLOOR>) expect(figures[k], k).toBeGreaterThanOrEqual(FLOOR[k]);
  });
});
