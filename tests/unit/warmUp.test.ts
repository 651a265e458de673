import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { fromPlainText } from '../../lib/text/fromPlainText';
import { WARM_UP_SAMPLE } from '../../lib/viewer/warmUp';

// The analysis worker analyses this sample before the letter's first page comes, so V8 has compiled
// the rules' patterns by then (lib/viewer/warmUp.ts). A pattern the sample never reaches is
// compiled on the first page instead, interpreted first over its whole text: the sample must
// reach every analyzer, and the leads and reasons inside them.
describe('the warm-up sample', () => {
  const report = analyzeLetter(fromPlainText(WARM_UP_SAMPLE), { file: 'warm-up', received: null });
  const kinds = (kind: string) => report.findings.filter((f) => f.kind === kind);

  it('gives findings of every kind the analysis has', () => {
    for (const kind of ['law', 'deadline', 'medical_quote', 'sanction']) expect(kinds(kind).length, kind).toBeGreaterThan(0);
    // The klagevejledning's "4 uger" from the letter's date: the klagefrist rules run too.
    expect(report.appeal.deadline).toBe('2026-03-30');
  });

  it('leads medical statements in several ways: reported, quoted, a colon over a quote, a label', () => {
    const styles = new Set(kinds('medical_quote').map((f) => (f as { style?: string }).style));
    expect(styles).toEqual(new Set(['reported', 'direct']));
    expect(kinds('medical_quote').length).toBeGreaterThanOrEqual(6);
  });

  it('states more than one reason for the sanction', () => {
    expect(kinds('sanction').length).toBeGreaterThanOrEqual(2);
  });
});
