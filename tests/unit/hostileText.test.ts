import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { findDeadlines } from '../../lib/analyzers/findDeadlines';
import { findLawCitations } from '../../lib/analyzers/findLawCitations';
import { findMedicalQuotes } from '../../lib/analyzers/findMedicalQuotes';
import { MAX_LETTER_CHARS } from '../../lib/errors';
import { splitSentences } from '../../lib/nlp/sentences';
import type { Report } from '../../lib/schema/report';
import { fromPlainText } from '../../lib/text/fromPlainText';
import { inputFor } from '../helpers';

/*
 * Texts made to be slow: each case here once took the engine from several seconds to minutes,
 * or made it throw. The time limits are guards against a hang on a slow shared machine, not
 * measures of speed.
 */

/** `unit` written again and again, `chars` characters in all. */
const run = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** The report on a text, and the letter's text its offsets point into. */
function analyze(raw: string): { report: Report; text: string } {
  const doc = fromPlainText(raw);
  return { report: analyzeLetter(doc, { file: 'fjendtlig.txt', received: '2026-01-10' }), text: doc.text };
}

/** Every finding lies inside the letter's text and quotes it. */
function expectInside({ report, text }: { report: Report; text: string }): void {
  for (const f of report.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.text).toBe(text.slice(f.start, f.end));
  }
}

const HANG_GUARD = 15_000;

describe('the analysis of hostile text', () => {
  it('reads a long run of paragraph signs ("§ 1 § 1 …", "§ 1 stk. 1 …")', () => {
    for (const unit of ['§ 1 ', '§ 1 stk. 1 ']) {
      const text = run(unit, 300_000);
      const citations = findLawCitations(inputFor(text, { received: '2026-01-10' }));
      expect(citations.length).toBeGreaterThan(0);
      // A citation has a natural length: the run is read as many, not as one of the whole text.
      for (const c of citations) expect(c.end - c.start).toBeLessThan(1_000);
      expectInside(analyze(text));
    }
  }, HANG_GUARD);

  it('reads quotes that are never closed („„„ …)', () => {
    const text = run('„', 1_500_000);
    expect(findMedicalQuotes(inputFor(text, { received: '2026-01-10' }))).toEqual([]);
    expectInside(analyze(text));
  }, HANG_GUARD);

  it('splits long runs of points and of "stk." into sentences', () => {
    for (const unit of ['.', ', stk. 1']) {
      const text = run(unit, 200_000);
      const sentences = splitSentences(text);
      expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      expectInside(analyze(text));
    }
  }, HANG_GUARD);

  it('reads a deadline whose words run on without a sentence mark', () => {
    for (const text of [`Du kan klage senest 4 uger efter ${run('at du ', 3_000_000)}`, run('senest 4 uger efter ', 1_000_000)]) {
      const input = inputFor(text, { received: '2026-01-10' });
      for (const d of findDeadlines(input)) expect(d.end - d.start).toBeLessThan(1_000);
    }
  }, HANG_GUARD);

  it('reads a real letter written again up to the longest text a loader accepts', () => {
    const letter = readFileSync(join(import.meta.dirname, '..', 'letters', 't02-esbjerg-fradrag-tilbud.txt'), 'utf8');
    const text = run(`${letter}\n\n`, MAX_LETTER_CHARS);
    const analysis = analyze(text);
    expect(analysis.report.findings.length).toBeGreaterThan(analyze(letter).report.findings.length);
    expectInside(analysis);
  }, 120_000);
});
