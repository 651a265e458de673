import { describe, expect, it } from 'vitest';
import { formatScore, pairNames, precision, recall, scorePairs } from '../citat/scorePairs';

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
