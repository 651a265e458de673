import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../lib/analyzeLetter';
import { fromPlainText } from '../lib/text/fromPlainText';
import type { LegalSource } from '../lib/rules/schemas';
import type { Report } from '../lib/schema/report';

// Issue 6: letters written for each case where a klagefrist was lost or the wrong rules
// were cited (tests/letters-cases, written from the annotation guide, not from the rules).
// Each asserts the klagefrist (with and without a received date), the sender and benefit,
// sanction or not, and that what Brevtjek cites fits the sender and benefit.

const dir = join(import.meta.dirname, 'letters-cases');

interface CaseGold {
  file: string;
  received: string;
  appealDeadline: string | null;
  expect: {
    sender: string;
    benefit: string | null;
    sanction: boolean;
    governingActs: string[];
    mustNotCite: string[];
    note: string;
  };
}

/** Every legal source Brevtjek names for this letter, except the letter's own citations. */
function citedSources(report: Report): LegalSource[] {
  return [
    report.appeal.source,
    ...(report.appeal.route ? [report.appeal.route.source] : []),
    ...report.findings.filter((f) => f.kind !== 'law').map((f) => f.explanation.source),
    ...report.checklist.map((c) => c.source),
  ];
}

const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();

describe('issue 6 case letters', () => {
  it('has a letter for each case (at least 16)', () => {
    expect(golds.length).toBeGreaterThanOrEqual(16);
  });

  for (const name of golds) {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CaseGold;
    const doc = fromPlainText(readFileSync(join(dir, gold.file), 'utf8'));
    describe(`${name.replace('.gold.json', '')}: ${gold.expect.note.replace(/\.$/, '')}`, () => {
      const report = analyzeLetter(doc, { file: gold.file, received: gold.received });
      const opened = analyzeLetter(doc, { file: gold.file });

      it('klagefrist', () => {
        expect(report.appeal.deadline).toBe(gold.appealDeadline);
      });

      it('never hides a klagefrist when opened without a received date', () => {
        if (gold.appealDeadline === null) {
          expect(opened.appeal.basis).toBe('no-appeal');
        } else {
          // A date, or the question when the letter came: never "no klagefrist".
          expect(opened.appeal.basis).not.toBe('no-appeal');
          if (opened.appeal.deadline === null) expect(opened.appeal.basis).toBe('needs-received-date');
          // Counted from the letter's own date, which is never after the received day.
          else expect(opened.appeal.deadline <= gold.appealDeadline).toBe(true);
        }
      });

      it('sender and benefit', () => {
        expect(report.letter.sender).toBe(gold.expect.sender);
        expect(report.letter.benefit).toBe(gold.expect.benefit);
      });

      it(gold.expect.sanction ? 'is a sanction' : 'is no sanction', () => {
        expect(report.letter.sanction).toBe(gold.expect.sanction);
        if (!gold.expect.sanction) {
          expect(report.findings.filter((f) => f.kind === 'sanction')).toEqual([]);
          expect(report.checklist.map((c) => c.id)).not.toContain('vejledt-foer');
        }
      });

      it('cites the rules of this sender and benefit', () => {
        const laws = citedSources(report).map((s) => s.law);
        for (const wrong of gold.expect.mustNotCite) expect(laws, `cites ${wrong}`).not.toContain(wrong);
        if (report.appeal.deadline) {
          expect(gold.expect.governingActs.some((act) => laws.includes(act as LegalSource['law'])), `one of ${gold.expect.governingActs.join(', ')}`).toBe(true);
        }
      });
    });
  }
});
