import { rules } from '../rules';
import { pageLines } from '../text/pageLines';
import type { DocumentText } from '../text/types';
import { compileRegex } from '../text/compileRegex';

/** What a klage names to point to the case: the case number and what the letter is about. */
export interface CaseFacts {
  sagsnummer: string | null;
  subject: string | null;
}

const k = rules.klage;
const cellStart = compileRegex(k.cellStart, 'iu');
const labelSource = k.caseNumber.labels.map((l) => `(?<l_${l.id.replace(/\W/g, '_')}>${l.pattern})`).join('|');
// A label, after the letter's own prefix ("Vores") or another body's ("Kommunens"), then a colon or a space.
const caseLabel = compileRegex(
  `(?<![\\p{L}\\d.])(?:(?<own>${k.caseNumber.ownPrefix}) |(?<other>${k.caseNumber.otherPrefix}) )?(?:${labelSource})(?![\\p{L}])[ \\t]*:?[ \\t]*`,
  'giu',
);
const caseValue = compileRegex(k.caseNumber.value, 'u');
const notValue = compileRegex(k.caseNumber.notValue, 'iu');
const subjectLabel = compileRegex(k.subject.label, 'giu');
const cellGap = compileRegex(k.subject.cellGap, 'u');
const cellSplit = compileRegex(k.subject.cellGap, 'gu');
const mailPrefix = compileRegex(k.subject.mailPrefix, 'iu');
const personName = compileRegex(k.subject.personName, 'u');
const notSubject = compileRegex(k.subject.notSubject, 'iu');
const heading = compileRegex(k.subject.heading, 'iu');
const underline = compileRegex(k.subject.underline, 'u');

const rankOf = (groups: Record<string, string | undefined>) => {
  const label = k.caseNumber.labels.find((l) => groups[`l_${l.id.replace(/\W/g, '_')}`] !== undefined);
  return (label?.rank ?? 1) + (groups.other !== undefined ? k.caseNumber.otherRank : 0);
};

/** The number at the start of `text`, if it is one. */
function numberAt(text: string): string | null {
  const m = caseValue.exec(text.trim());
  if (!m) return null;
  const value = m[0].replace(/\s+/g, ' ').trim();
  const digits = value.replace(/\D/g, '').length;
  return notValue.test(value) || digits < k.caseNumber.minDigits ? null : value;
}

const cells = (line: string) => line.split(cellSplit).map((c) => c.trim()).filter((c) => c !== '');
const isBlank = (line: string | undefined) => line === undefined || line.trim() === '' || /^[=_-]{3,}$/u.test(line.trim());

/**
 * A label with no number after it: the number stands below. In a table head ("Dato  Sagsnr."
 * over "18.06.2026  2026-11872") it is the cell under the label; after a label that ends its
 * line ("Kommunens j.nr.:") it is the next line, where that is one cell.
 */
function numberBelow(lines: string[], at: number, labelCell: number, endsLine: boolean): string | null {
  const line = lines[at] as string;
  const next = lines.slice(at + 1).find((l) => l.trim() !== '');
  if (next === undefined) return null;
  const here = cells(line);
  const below = cells(next);
  const tableHead = here.length >= 2 && !/\d/u.test(line);
  if (below.length === here.length && (tableHead || endsLine)) return numberAt(below[labelCell] ?? '');
  if (endsLine && below.length === 1) return numberAt(below[0] as string);
  return null;
}

/** The letter's case number: "Sagsnr.: 2026-1234", "J.nr. 25-80113", "Vores ref.: 2026/0211-KH". */
function findSagsnummer(lines: string[]): string | null {
  let best: { rank: number; value: string } | null = null;
  for (const [at, line] of lines.entries()) {
    for (const m of line.matchAll(caseLabel)) {
      const rank = rankOf(m.groups ?? {});
      if (best && best.rank <= rank) continue;
      const rest = line.slice(m.index + m[0].length);
      const value = numberAt(rest) ?? numberBelow(lines, at, cells(line.slice(0, m.index)).length, rest.trim() === '');
      if (value) best = { rank, value };
    }
  }
  return best?.value ?? null;
}

/** A heading in capitals is written in small letters: "AFGØRELSE OM FRADRAG" → "Afgørelse om fradrag". */
function sentenceCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  const lower = text.toLocaleLowerCase('da');
  return lower.charAt(0).toLocaleUpperCase('da') + lower.slice(1);
}

function cleanSubject(raw: string): string | null {
  const text = sentenceCase(raw.replace(underline, '').replace(mailPrefix, '').replace(/\s+/g, ' ').trim().replace(/[.:;,]+$/u, ''));
  if (text.length < 3 || text.length > k.subject.maxLength) return null;
  if (notSubject.test(text) || personName.test((text.split(',')[0] ?? '').trim())) return null;
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}

/** A subject line near the top: "Vedrørende: …", "Vedr. …", "Emne: …". */
function subjectLine(head: string[]): string | null {
  for (const line of head) {
    for (const m of line.matchAll(subjectLabel)) {
      if (!cellStart.test(line.slice(0, m.index))) continue;
      const value = line.slice(m.index + m[0].length).split(cellGap)[0] ?? '';
      const subject = cleanSubject(value);
      if (subject) return subject;
    }
  }
  return null;
}

/** The letter's first heading: a short line of its own that starts like one and is no sentence. */
function firstHeading(lines: string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, k.subject.headLines); i++) {
    const line = (lines[i] as string).replace(underline, '').trim();
    if (line.includes('\t') || !heading.test(line) || line.split(/\s+/).length < 2 || /[.,;:!]$/u.test(line)) continue;
    if (!isBlank(lines[i + 1])) continue;
    const subject = cleanSubject(line);
    if (subject) return subject;
  }
  return null;
}

/**
 * The case number and the subject of a letter, as it writes them (labels in rules/klage.json):
 * "Sagsnr.: 2026-1234", "Sagsnummer: …", "J.nr. 25-80113", "Journalnummer: …", "Vores
 * reference: …"; "Vedrørende: …", "Vedr.: …", "Emne: …", else a first heading such as
 * "Afgørelse om fradrag i din kontanthjælp". Null where the letter has none.
 */
export function findCaseFacts(text: string): CaseFacts {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const head = lines.slice(0, k.subject.headLines);
  return { sagsnummer: findSagsnummer(lines), subject: subjectLine(head) ?? firstHeading(lines) };
}

/** The first `n` lines of a text, without splitting the rest (a long case file has tens of thousands). */
function firstLines(text: string, n: number): string[] {
  const lines: string[] = [];
  let at = 0;
  while (lines.length < n && at <= text.length) {
    const end = text.indexOf('\n', at);
    lines.push(text.slice(at, end < 0 ? text.length : end).replace(/\r$/u, ''));
    if (end < 0) break;
    at = end + 1;
  }
  return lines;
}

/** The letter's subject alone, as findCaseFacts finds it: read from the top of the text only. */
export function findSubject(text: string): string | null {
  // firstHeading looks one line past the head for the blank line under a heading.
  const lines = firstLines(text.replace(/\r(?!\n)/g, '\n'), k.subject.headLines + 1);
  return subjectLine(lines.slice(0, k.subject.headLines)) ?? firstHeading(lines);
}

/**
 * The text to find case facts in for a letter that is read: the analysed text, then every
 * printed line. The analysed text leaves out page furniture, and a case number in the top
 * margin ("Journalnummer: BS-2026-118734" over "Side 1 af 2") is furniture there.
 */
export function caseTextOf(doc: DocumentText): string {
  const printed = doc.pages.flatMap((page) => pageLines(page).map((line) => line.text));
  return `${doc.text}\n\n${printed.join('\n')}`;
}
