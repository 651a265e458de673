import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { splitSentences } from '../../lib/nlp/sentences';
import type { Report } from '../../lib/schema/report';
import { fromPlainText } from '../../lib/text/fromPlainText';

/*
 * The engine on text it was not written for (fast-check): Danish-like text made of the words of
 * the test letters and of the phrases the analyzers look for, and hostile text (long runs of
 * paragraph signs, digits, quote marks, points, "stk." or words without a sentence mark). The
 * analysis never throws and ends (the time limits guard against a hang; they measure nothing),
 * and every finding lies inside the letter's text and quotes it.
 */

const lettersDir = join(import.meta.dirname, '..', 'letters');
/** The words and marks of the test letters, each once. */
const letterWords = [
  ...new Set(
    readdirSync(lettersDir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(lettersDir, f), 'utf8').match(/[\p{L}\d]+|[^\s\p{L}\d]/gu) ?? []),
  ),
].sort();

/** Pieces of what the analyzers look for: citations, dates, deadlines, quotes, leads, reasons, lists, tables. */
const PHRASES = [
  '§ 36, stk. 1, i lov om aktiv socialpolitik',
  '§§ 66 og 67',
  '§ 13, stk. 7, nr. 2',
  'aktivlovens § 13',
  'lovens § 37',
  '§ 40 a. Du',
  'kapitel 10 i retssikkerhedsloven',
  'jf. bekendtgørelse nr. 1708 af 30. december 2024',
  'databeskyttelsesforordningens artikel 6, stk. 1, litra e',
  'den 14. marts 2025',
  '1.1.2026',
  'senest den 3. marts 2026',
  'Du kan klage senest 4 uger efter, at du har modtaget denne afgørelse',
  'Klagefristen er 4 uger',
  'inden 14 dage',
  'kl. 10.00',
  'Lægen skriver, at',
  'Det fremgår af lægeattesten, at',
  'Speciallægen vurderer, at',
  'Citat:',
  'Hun skriver:',
  'fordi du ikke mødte op til samtalen',
  'Vi har lagt vægt på, at du:',
  'Begrundelse:',
  'Vi trækker 1.234 kr. i din kontanthjælp',
  'De udeblev fra Deres tilbud',
  'stk.',
  'nr.',
  'm.v.',
  'f.eks.',
  '| Kilde | Dato | Vurdering |',
  '- ',
  '• ',
  '\t',
];
const MARKS = ['„', '“', '”', '"', '»', '«', "'", '’', '‘', '(', ')', '.', '. ', '...', '…', ',', ':', ';', '!', '?', '§', '§§', '-', '–', '|', '/'];
const SPACES = [' ', ' ', ' ', ' ', '\n', '\n\n', '  ', '\t', '\u00a0'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...letterWords) },
  { weight: 2, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map(String) },
);
/** Danish-like text: words, phrases, marks and digits, with spaces or line breaks between, or nothing. */
const danishLike = fc
  .array(fc.tuple(token, fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SPACES) }, { weight: 1, arbitrary: fc.constant('') })), { maxLength: 400 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

/** What hostile text is made of: a unit written again and again. */
const HOSTILE_UNITS = [
  '§', '§ ', '§ 1 ', '§§ 1, 2, ', '§ 1 stk. 1 ', ', stk. 1', 'stk. ', 'nr. 1, ', '1', '12345 ', '1. ', '1.1.2026 ',
  '„', '“', '"', '»', '«', "'", '„a ', '"a" ', '»a« ', '(', ')',
  '.', '. ', '…', '!?', ':', '\n', '\n\n', '- \n', '| a | b |\n', 'Citat:\n',
  'ord ', 'x', 'senest 4 uger efter ', 'at du ', ', du', 'Lægen skriver, at ', 'fordi du ikke mødte op, ', 'klage senest 4 uger efter sender klagen og ',
];
/** Hostile text: a long run of one unit, between two pieces of Danish-like text. */
const hostile = fc
  .tuple(danishLike, fc.constantFrom(...HOSTILE_UNITS), fc.integer({ min: 1_000, max: 60_000 }), danishLike)
  .map(([before, unit, chars, after]) => before + unit.repeat(Math.ceil(chars / unit.length)) + after);

/** The report on a text, and the letter's text its offsets point into. */
function analyze(raw: string): { report: Report; text: string } {
  const doc = fromPlainText(raw);
  return { report: analyzeLetter(doc, { file: 'fuzz.txt', received: '2026-01-10' }), text: doc.text };
}

/** Every finding lies inside the letter's text and quotes it. */
function holdsItsPlace(raw: string): void {
  const { report, text } = analyze(raw);
  for (const f of report.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.kind} ${f.start}-${f.end} of ${text.length}`).toBe(true);
    expect(f.text).toBe(text.slice(f.start, f.end));
  }
}

/** Every sentence lies inside the text and is the text there. */
function sentencesHoldTheirPlace(text: string): void {
  let end = 0;
  for (const s of splitSentences(text)) {
    expect(s.start >= end && s.end <= text.length && s.start < s.end).toBe(true);
    expect(s.text).toBe(text.slice(s.start, s.end));
    end = s.end;
  }
}

describe('the engine on generated text', () => {
  it('never throws on Danish-like text, and its findings quote the text', () => {
    fc.assert(fc.property(danishLike, holdsItsPlace), { numRuns: 150 });
  }, 60_000);

  it('never throws on hostile text, and its findings quote the text', () => {
    fc.assert(fc.property(hostile, holdsItsPlace), { numRuns: 40 });
  }, 60_000);

  it('cuts any text into sentences that lie in order inside it', () => {
    fc.assert(fc.property(fc.oneof(danishLike, hostile), sentencesHoldTheirPlace), { numRuns: 100 });
  }, 60_000);
});
