import { addDays, toIso, type IsoDate } from '../dates/calendar';
import { formatDate } from '../i18n/formatDate';
import { DATE_WITH_PREFIX_SOURCE, findDates } from '../dates/findDates';
import { addPeriod, nextWorkingDay } from '../dates/klagefrist';
import { sentenceIndexAt } from '../nlp/sentences';
import { rules } from '../rules';
import type { DeadlineUnit, LegalSource } from '../rules/schemas';
import type { Period } from '../schema/report';
import { explanation, say, sourceOf } from './explain';
import { fill, phraseAlt, SpanSet, words, type Span } from './patterns';
import { prefilters } from './prefilter';
import { findQuotes } from './quotes';
import type { AnalysisInput, Draft } from './types';
import { compileRegex } from '../text/compileRegex';

const d = rules.deadlines;
const unitByName = new Map<string, { unit: DeadlineUnit; max: number }>();
for (const u of d.units) for (const n of u.names) unitByName.set(n, { unit: u.unit, max: u.max });

const NUMBER = `\\d{1,3}|${phraseAlt(Object.keys(d.numberWords))}`;
const UNIT = phraseAlt([...unitByName.keys()]);
const DATE = DATE_WITH_PREFIX_SOURCE;
const TIME = d.timeOfDay;
const PERIOD = `(?<count>${NUMBER})\\s+(?:${d.unitQualifier}\\s+)?(?<unit>${UNIT})`;
const MONTH = [...new Set(rules.dates.months.flatMap((x) => x.names))].sort((a, b) => b.length - a.length).join('|');

/** Whether a rule is `\p{L}*frist…` with no alternative beside it: each match starts where a word holding "frist" starts. */
export function startsWithWordOfFrist(source: string): boolean {
  if (!source.startsWith('\\p{L}*frist')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

const FRIST = /frist/giu;
const LETTER_BEFORE = /\p{L}$/u;

/**
 * text.matchAll(re) for a /giu regex made with words() from a rule that startsWithWordOfFrist: a
 * match starts at a word's start (nothing of \p{L} or \d before it) and reads letters up to a
 * "frist" (the /iu "frist" FRIST finds), so it starts where the letters before one of those
 * begin. The regex is run there only (sticky, from the first such place at or after the end of the
 * match before, as matchAll goes on), not at every word's start, where its \p{L}* reads each word
 * to its end and back. The same matches, in the same order.
 */
function* matchesAtFrist(text: string, re: RegExp): Generator<RegExpExecArray> {
  const sticky = compileRegex(re.source, `${re.flags.replace('g', '')}y`);
  let from = 0;
  let tried = -1;
  for (const f of text.matchAll(FRIST)) {
    let start = f.index;
    // Back over the letters before it, a code point at a time.
    while (start > 0) {
      const unit = start >= 2 && /[\uDC00-\uDFFF]/.test(text[start - 1] as string) && /[\uD800-\uDBFF]/.test(text[start - 2] as string) ? 2 : 1;
      if (!LETTER_BEFORE.test(text.slice(start - unit, start))) break;
      start -= unit;
    }
    if (start < from || start === tried) continue;
    tried = start;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m) {
      yield m;
      from = start + m[0].length;
    }
  }
}

// Periods first: "inden 4 uger efter …, dvs. senest den 3. marts 2026" is one deadline with its
// computed date (GUIDE.md hard cases), which the date alone must not take first.
const patterns: Array<{ id: string; re: RegExp; atFrist?: boolean }> = [
  { id: 'deadline.period', re: compileRegex(words(`${d.triggers}\\s+${PERIOD}`) + `(?<anchor>${d.anchor})?`, 'giu') },
  // "Klagefristen er 4 uger …", "Du har 4 ugers klagefrist fra …"
  ...d.statedPeriod.map((p) => ({
    id: 'deadline.statedPeriod',
    re: compileRegex(words(fill(p, { number: `(?<count>${NUMBER})`, unit: `(?<unit>${UNIT})` })) + `(?<anchor>${d.anchor})?`, 'giu'),
    atFrist: startsWithWordOfFrist(p),
  })),
  {
    id: 'deadline.havePeriod',
    re: compileRegex(words(fill(d.havePeriod, { number: `(?<count>${NUMBER})`, unit: `(?<unit>${UNIT})` })) + `(?<anchor>${d.anchor})?`, 'giu'),
  },
  { id: 'deadline.window', re: compileRegex(words(`${d.windowTrigger}\\s+${PERIOD}`) + `(?<anchor>${d.anchor})`, 'giu') },
  { id: 'deadline.date', re: compileRegex(words(`${d.triggers}\\s+(?:${DATE})(?:,?\\s+${TIME})?`), 'giu') },
  { id: 'deadline.time', re: compileRegex(words(`${d.triggers}\\s+${TIME}`), 'giu') },
  { id: 'deadline.monthEnd', re: compileRegex(words(`${d.triggers}\\s+${fill(d.monthEnd, { month: MONTH })}`), 'giu') },
  // An event the letter does not date, or one that recurs: the time is the event's, the date null.
  ...d.eventDeadline.map((p) => ({ id: 'deadline.time', re: compileRegex(words(fill(p, { number: NUMBER })), 'giu') })),
  ...d.statedDeadline.map((p) => ({ id: 'deadline.stated', re: compileRegex(words(fill(p, { date: DATE })), 'giu') })),
];
const appealContext = compileRegex(d.appealContext, 'iu');
const refersBack = compileRegex(d.refersBack, 'iu');
const computedDate = compileRegex(fill(d.computedDate, { date: DATE }), 'iuy');
const PERIOD_IDS = ['deadline.period', 'deadline.statedPeriod', 'deadline.havePeriod', 'deadline.window'];
const notAppealInSpan = compileRegex(d.notAppealInSpan, 'iu');
const notAppealInSentence = compileRegex(d.notAppealInSentence, 'iu');
const receiptAnchor = compileRegex(d.receiptAnchor, 'iu');
const letterDateAnchor = compileRegex(d.letterDateAnchor, 'iu');
const notDeadlineBefore = compileRegex(d.notDeadlineBefore, 'iu');
const appointmentTime = compileRegex(d.appointmentTime, 'iu');
/** The authority's own promise ("vi genvurderer … inden 4 uger"), told apart for the explanation. */
const selfDeadline = compileRegex(d.selfDeadline, 'iu');

function periodOf(countWord: string | undefined, unitWord: string | undefined): Period | null {
  if (!countWord || !unitWord) return null;
  const count = /^\d+$/.test(countWord) ? Number(countWord) : d.numberWords[countWord.toLowerCase().replace(/\s+/g, ' ')];
  const unit = unitByName.get(unitWord.toLowerCase());
  if (!count || !unit || count > unit.max) return null;
  return { count, unit: unit.unit };
}

function anchorOf(anchor: string | undefined): 'receipt' | 'letter' | 'other' | 'none' {
  if (!anchor) return 'none';
  if (receiptAnchor.test(anchor)) return 'receipt';
  if (letterDateAnchor.test(anchor)) return 'letter';
  return 'other';
}

/** "udgangen af april 2025": the last day of that month. */
function monthEnd(name: string | undefined, year: string | undefined, input: AnalysisInput): { iso: IsoDate; yearGiven: boolean } | undefined {
  const month = rules.dates.months.find((x) => x.names.includes((name ?? '').toLowerCase()))?.n;
  if (!month) return undefined;
  const y = year ? Number(year) : input.referenceYear;
  return { iso: addDays(toIso(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1), -1), yearGiven: Boolean(year) };
}

/** A date written without a year belongs to the year that puts it closest after the letter. */
function yearFixed(iso: IsoDate, yearGiven: boolean, after: IsoDate | null): IsoDate {
  if (yearGiven || !after || iso >= addDays(after, -30)) return iso;
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

/** An answer about a sentence, by its index, worked out the first time it is asked (a place in no sentence, -1, is asked each time). */
function perSentence(): (index: number, answer: () => boolean) => boolean {
  const known = new Map<number, boolean>();
  return (index, answer) => {
    if (index < 0) return answer();
    let value = known.get(index);
    if (value === undefined) known.set(index, (value = answer()));
    return value;
  };
}

/**
 * Time limits to act by: "senest den 14. marts 2025", "inden 14 dage", "senest 4 uger
 * efter, at du har modtaget denne afgørelse", "inden kl. 9.00 samme dag". Dates that are
 * not deadlines (the letter's date, past events, benefit periods) have no trigger word
 * and are not found. An appointment ("den 5. maj 2025 kl. 10.00") is reported as such.
 */
export function findDeadlines(input: AnalysisInput): Draft[] {
  const { text } = input;
  const drafts: Draft[] = [];
  // A time inside a quote ("… arbejde inden for 6 måneder", a doctor's prognosis) is no deadline.
  const taken = new SpanSet(findQuotes(text));
  const deadlineSpans: Span[] = [];
  // What a sentence says is asked once for it, not once for each time found in it (a text of
  // nothing but "senest 4 uger efter …" has thousands in a sentence).
  const aboutAppeal = perSentence();
  const authorityPromise = perSentence();
  for (const { id, re, atFrist } of patterns) {
    const isPeriod = PERIOD_IDS.includes(id);
    for (const m of atFrist && prefilters.enabled ? matchesAtFrist(text, re) : text.matchAll(re)) {
      const start = m.index ?? 0;
      const span = { start, end: start + m[0].trimEnd().length };
      // "inden 4 uger efter …, dvs. senest den 3. marts 2026": the computed date is part of it.
      computedDate.lastIndex = span.end;
      const computed = isPeriod ? computedDate.exec(text) : null;
      if (computed) span.end += computed[0].length;
      if (taken.overlapsAny(span)) continue;
      const sentenceIndex = sentenceIndexAt(input.sentences, start);
      const sentence = sentenceIndex < 0 ? undefined : input.sentences[sentenceIndex];
      const before = text.slice(sentence?.start ?? Math.max(0, start - 80), start);
      if (notDeadlineBefore.test(before)) continue;
      const g = m.groups ?? {};
      const period = periodOf(g.count, g.unit);
      if (isPeriod && !period) continue;
      const phrase = text.slice(span.start, span.end);
      const found =
        id === 'deadline.monthEnd' ? monthEnd(g.monthName, g.year, input) : findDates(computed ? computed[0] : phrase, input.referenceYear)[0];
      const date = found && (id !== 'deadline.period' || computed) ? yearFixed(found.iso, found.yearGiven, input.letterDate) : null;
      // A date before the letter's own is a past event ("med frist til den 2. januar"), not a deadline.
      if (date && input.letterDate && date < input.letterDate) continue;
      const anchor = anchorOf(g.anchor);
      if (id === 'deadline.window' && anchor !== 'receipt' && anchor !== 'letter') continue;
      const sentenceText = sentence?.text ?? phrase;
      // "Du kan klage over afgørelsen. Fristen er 4 uger …": the context is the sentence before.
      // A sentence that starts in lower case goes on from a line before it ("Klagen skal være hos os⏎inden 4 uger …").
      const previous = sentence && (refersBack.test(sentenceText) || /^\s*\p{Ll}/u.test(sentenceText)) ? input.sentences[sentenceIndex - 1] : undefined;
      const appeal =
        input.appealPossible &&
        aboutAppeal(sentenceIndex, () => appealContext.test(previous ? `${previous.text} ${sentenceText}` : sentenceText)) &&
        !notAppealInSpan.test(phrase) &&
        !notAppealInSentence.test(`${previous?.text ?? ''} ${text.slice(sentence?.start ?? start, start)}`) &&
        (date !== null || anchor !== 'other');
      const from = anchor === 'receipt' ? input.received : anchor === 'letter' ? input.letterDate : null;
      const resolvedDate = date ?? (period && from ? nextWorkingDay(addPeriod(from, period)) : null);
      const self = !appeal && authorityPromise(sentenceIndex, () => selfDeadline.test(sentenceText));
      drafts.push(describe({ id, span, phrase, date, appeal, self, period, anchor, resolvedDate, hearing: input.hearing }, input.appealSource));
      taken.add(span);
      deadlineSpans.push(span);
    }
  }
  return [...drafts, ...findAppointments(input, new SpanSet(deadlineSpans))];
}

interface Found {
  id: string;
  span: Span;
  phrase: string;
  date: IsoDate | null;
  appeal: boolean;
  self: boolean;
  period: Period | null;
  anchor: 'receipt' | 'letter' | 'other' | 'none';
  resolvedDate: IsoDate | null;
  /** In a partshøring a deadline is a svarfrist (forvaltningslovens § 19). */
  hearing: boolean;
}

/** Where a deadline's rule comes from: the klagefrist's act, a svarfrist's, or only the letter itself. */
function sourceKey(f: Found, kind: string): string {
  if (kind !== 'Other') return `source${kind}`;
  return f.hearing ? 'sourceHearing' : 'sourceOther';
}

function describe(f: Found, appealSource: LegalSource): Draft {
  const kind = f.appeal ? 'Appeal' : f.self ? 'Self' : 'Other';
  const resolved = f.resolvedDate && !f.date ? ` ${say('deadline', 'resolved', { date: formatDate(f.resolvedDate) })}` : '';
  const counted = f.anchor === 'other' && !f.date ? ` ${say('deadline', 'countsFromOther')}` : '';
  return {
    kind: 'deadline',
    text: f.phrase,
    start: f.span.start,
    end: f.span.end,
    date: f.date,
    appeal: f.appeal,
    period: f.period,
    anchor: f.anchor,
    resolvedDate: f.resolvedDate,
    ruleId: f.appeal ? 'deadline.appeal' : f.id,
    explanation: explanation(
      say('deadline', `what${kind}`, { text: f.phrase }) + resolved + counted,
      say('deadline', `why${kind}`),
      say('deadline', `todo${kind}`),
      kind === 'Appeal' ? appealSource : sourceOf('deadline', sourceKey(f, kind)),
    ),
  };
}

function findAppointments(input: AnalysisInput, taken: SpanSet): Draft[] {
  const out: Draft[] = [];
  for (const date of input.dates) {
    if (taken.overlapsAny(date)) continue;
    const after = input.text.slice(date.end, date.end + 20);
    const time = appointmentTime.exec(after);
    if (!time) continue;
    const end = date.end + time[0].length;
    const phrase = input.text.slice(date.start, end);
    out.push({
      kind: 'appointment',
      text: phrase,
      start: date.start,
      end,
      date: date.iso,
      ruleId: 'appointment.dateTime',
      explanation: explanation(
        say('appointment', 'what', { text: phrase }),
        input.regime.missedMeeting.text,
        say('appointment', 'todo'),
        input.regime.missedMeeting.source,
      ),
    });
  }
  return out;
}
