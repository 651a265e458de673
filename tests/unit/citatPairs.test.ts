import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { formatScore, HELD_OUT, pairNames, precision, recall, scorePairs } from '../citat/scorePairs';

/** Issue 10: the Citat-tjek measured on the annotated pairs (tests/citat/pairs/, scored by tests/citat/scorePairs.ts). */
const pairs = pairNames();
const title =
  pairs.length > 0
    ? `finds the annotated flags in ${pairs.length} pairs with precision and recall of 0.9 or more`
    : 'SKIPPED: no annotated pairs in tests/citat/pairs/<NN-slug>/ (decision.txt, statement.txt, expected.json)';

describe('Citat-tjek on the annotated pairs', () => {
  it.skipIf(pairs.length === 0)(
    title,
    () => {
      const score = scorePairs();
      const summary = formatScore(score, false);
      expect(precision(score.overall), summary).toBeGreaterThanOrEqual(0.9);
      expect(recall(score.overall), summary).toBeGreaterThanOrEqual(0.9);
    },
    120_000,
  );
});

describe('Citat-tjek on the held-out sets', () => {
  // Each set's first run (before any rule was changed for it) is the figure for letters never seen; this keeps
  // what was learnt from them from being lost: never below 0.8, and never below the first run.
  for (const set of HELD_OUT) {
    it.skipIf(pairNames(set.dir).length === 0)(
      `${basename(set.dir)}: precision and recall at least 0.8, and above the first run (${set.firstRun.precision}, ${set.firstRun.recall})`,
      () => {
        const score = scorePairs(set.dir);
        const summary = formatScore(score, false);
        expect(precision(score.overall), summary).toBeGreaterThanOrEqual(Math.max(0.8, set.firstRun.precision));
        expect(recall(score.overall), summary).toBeGreaterThanOrEqual(Math.max(0.8, set.firstRun.recall));
      },
      120_000,
    );
  }
});
