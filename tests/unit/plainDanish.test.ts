import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { formatReport } from '../../lib/cli/formatReport';
import { buildKlageDraft } from '../../lib/klage/buildDraft';
import { caseTextOf } from '../../lib/klage/caseFacts';
import { rules } from '../../lib/rules';
import type { Report } from '../../lib/schema/report';
import { countWords, lix } from '../../lib/text/lix';
import { fromPlainText } from '../../lib/text/fromPlainText';
import { fill, rulesTexts, uiTexts, type PlainText } from '../plainDanishTexts';

/** Issue 9: plain Danish, LIX 35 at the most. A label of under five words is exempt. */
const MAX_LIX = 35;
const MIN_WORDS = 5;

const measured = (texts: PlainText[]) => texts.filter((t) => countWords(t.text).length >= MIN_WORDS);
const tooHard = (texts: PlainText[]) =>
  measured(texts)
    .filter((t) => lix(t.text) > MAX_LIX)
    .map((t) => `${t.file} ${t.field} (LIX ${lix(t.text).toFixed(1)}): ${t.text}`);

describe('plain Danish (LIX ≤ 35)', () => {
  const fromRules = rulesTexts();
  const fromUi = uiTexts();

  it('finds every explanatory text in rules/ and the UI messages', () => {
    const fields = fromRules.map((t) => `${t.file} ${t.field}`);
    // A text that takes a regime's advice is there once for each regime: "points.8.text (aktivloven)".
    const has = (field: string) => fields.some((f) => f === field || f.startsWith(`${field} (`));
    // Every checklist point's title, text and why; every letter type's why; every regime's advice.
    rules.checklist.points.forEach((_, i) => ['title', 'text', 'why'].forEach((f) => expect(has(`rules/checklist.json points.${i}.${f}`), `points.${i}.${f}`).toBe(true)));
    rules.letterTypes.types.forEach((_, i) => expect(has(`rules/letter-types.json types.${i}.why`)).toBe(true));
    rules.benefits.regimes.forEach((_, i) => expect(has(`rules/benefits.json regimes.${i}.rimeligGrund.text`)).toBe(true));
    expect(fields).toContain('rules/checklist.json points.8.text (aktivloven)');
    expect(fields).toContain('rules/explanations.json sanction.why (sygedagpenge)');
    expect(fields).toContain('rules/explanations.json appeal.statedLater');
    expect(fields).toContain('rules/klage.json requests.sentences.aktindsigt');
    expect(fields).not.toContain('rules/klage.json draft.titleLine');
    // Legal source labels are not measured.
    expect(fields.some((f) => f.includes('source'))).toBe(false);
    // The UI's messages come from the message file, their {values} filled.
    expect(fromUi.map((t) => `${t.file} ${t.field}`)).toContain('locales/da.json displaySettings.hint');
    expect(fromUi.map((t) => t.text)).toEqual(expect.arrayContaining([expect.stringMatching(/Regn med, at torsdag den 10\. juli 2025|som sidste dag/)]));
    expect(measured([...fromRules, ...fromUi]).length).toBeGreaterThan(300);
  });

  it('fills placeholders with a typical value before measuring', () => {
    expect(fill('Klag senest {date}')).toBe('Klag senest torsdag den 10. juli 2025');
    expect(fill('{who} skriver {advice}', { advice: 'det.' })).toBe('Kommunen skriver det.');
    expect(fromRules.every((t) => !/\{\w+\}/.test(t.text))).toBe(true);
  });

  it('keeps every explanation, checklist point, klage sentence and rules text at LIX 35 or below', () => {
    expect(tooHard(fromRules)).toEqual([]);
  });

  it('keeps every UI message at LIX 35 or below', () => {
    expect(tooHard(fromUi)).toEqual([]);
  });
});

const LETTERS = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'letters');
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Everything in a report that a person reads or hears, by where it stands. */
function readTexts(report: Report): [string, string][] {
  return [
    ['letter.label', report.letter.label],
    ...report.findings.flatMap((f, i): [string, string][] => [
      [`findings.${i}.what`, f.explanation.what],
      [`findings.${i}.why`, f.explanation.why],
      [`findings.${i}.todo`, f.explanation.todo],
    ]),
    ...report.appeal.steps.map((s, i): [string, string] => [`appeal.steps.${i}`, s]),
    ...report.appeal.warnings.map((w, i): [string, string] => [`appeal.warnings.${i}`, w]),
    ...(report.appeal.route ? [['appeal.route', report.appeal.route.text] as [string, string]] : []),
    ...report.checklist.flatMap((c): [string, string][] => [
      [`checklist.${c.id}.title`, c.title],
      [`checklist.${c.id}.text`, c.text],
      [`checklist.${c.id}.why`, c.why],
    ]),
  ];
}

describe('Danish dates', () => {
  const letters = readdirSync(LETTERS).filter((f) => f.endsWith('.txt'));

  it('has sample letters to read', () => {
    expect(letters.length).toBeGreaterThan(10);
  });

  // With and without the day the letter came: the klagefrist is counted from either.
  it.each(letters)('%s: no ISO date in the explanations, the klagefrist, the checklist, the klage or the text report', (name) => {
    const text = readFileSync(join(LETTERS, name), 'utf8');
    const doc = fromPlainText(text);
    for (const received of [null, '2025-12-22']) {
      const report = analyzeLetter(doc, { file: name, received });
      const shown = readTexts(report).filter(([, t]) => ISO_DATE.test(t));
      expect(shown).toEqual([]);
      const points = Object.fromEntries(report.checklist.map((c) => [c.id, { done: true, comment: '' }]));
      const draft = buildKlageDraft({
        report,
        letterText: caseTextOf(doc),
        checklist: { v: 1, letterId: 'a'.repeat(64), points, own: [], updated: '2026-01-05T10:00:00.000Z' },
        notes: [],
        requests: [],
        today: '2026-01-05',
      });
      expect(draft).not.toMatch(ISO_DATE);
      // The letter's own words may hold any date; the report's may not.
      const report2 = formatReport(report);
      expect(report2.split('\n').filter((l) => ISO_DATE.test(l))).toEqual([]);
    }
  });
});
