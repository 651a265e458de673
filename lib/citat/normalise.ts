import { rules } from '../rules';
import { splitSentences, type Sentence } from '../nlp/sentences';
import { stem } from './stem';
import { compileRegex } from '../text/compileRegex';

/**
 * Words as the Citat-tjek compares them. Every word gets a key: the same key for the same word
 * in another form ("arbejder", "arbejdet"), for the person in any voice ("du", "patienten" →
 * #person), for an irregular verb's forms ("kan", "kunne"), for a number in digits or words
 * ("to", "2") and for a phrase that says the same as another ("om dagen", "dagligt").
 */

const w = rules.citat.words;

export type TokenKind = 'word' | 'number' | 'person' | 'neutral';

export interface Token {
  /** The word as it stands, and where: offsets into the text it was read from. */
  text: string;
  start: number;
  end: number;
  lower: string;
  /** What it is compared by. */
  key: string;
  kind: TokenKind;
  /** A number with its unit, or the unit after a number: "4 timer", "2-3 dage", "hver 3. uge". */
  measure?: boolean;
  /** A part of a date or a time of day: "10." in "den 10. november", "2025", "10.15" in "kl. 10.15", a month. */
  date?: boolean;
}

const PERSONS = new Set(w.persons);
const NEUTRAL = new Set(w.neutral);
const LEMMA = new Map(w.lemmas.flatMap((l) => l.forms.map((f) => [f, l.lemma] as const)));
const NUMBER_WORDS = new Map(Object.entries(w.numbers.words));
const ONLY_BEFORE_UNIT = new Set(w.numbers.onlyBeforeUnit);
const UNITS = new Set(w.numbers.units);
const DATE_LEAD = new Set(w.numbers.dateLead);
const MONTHS = new Set(rules.dates.months.flatMap((m) => m.names));
/** The phrases that say the same, longest first: [words, group id]. */
const SAME = w.same
  .flatMap((g) => g.phrases.map((p) => [p.split(/\s+/), g.id] as const))
  .sort((a, b) => b[0].length - a[0].length);

const WORD = /\p{L}+(?:[-'’]\p{L}+)*|\d+(?:[.,]\d+)*/gu;

/** The key of one word, read alone. */
function keyOf(lower: string, next: string | undefined): { key: string; kind: TokenKind } {
  if (/^\d/.test(lower)) return { key: lower.replace(',', '.'), kind: 'number' };
  if (PERSONS.has(lower)) return { key: '#person', kind: 'person' };
  const value = NUMBER_WORDS.get(lower);
  if (value !== undefined && (!ONLY_BEFORE_UNIT.has(lower) || (next !== undefined && UNITS.has(next)))) return { key: String(value), kind: 'number' };
  const lemma = LEMMA.get(lower);
  if (NEUTRAL.has(lower)) return { key: lemma ?? lower, kind: 'neutral' };
  return { key: lemma ?? stem(lower), kind: 'word' };
}

/** The words of text[from, to), each with its key; phrases that say the same are one token. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const raw = [...text.slice(from, to).matchAll(WORD)].map((m) => ({ text: m[0], start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, lower: m[0].toLowerCase() }));
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const phrase = SAME.find(([ws]) => ws.every((x, k) => raw[i + k]?.lower === x));
    if (phrase) {
      const [ws, id] = phrase;
      const first = raw[i]!;
      const last = raw[i + ws.length - 1]!;
      out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, lower: ws.join(' '), key: `=${id}`, kind: 'word' });
      i += ws.length - 1;
      continue;
    }
    const t = raw[i]!;
    out.push({ ...t, ...keyOf(t.lower, raw[i + 1]?.lower) });
  }
  // A number, or a range of numbers, with its unit after it is a measure ("4 timer", "1-2 timers").
  out.forEach((t, i) => {
    if (t.kind !== 'number') return;
    let j = i + 1;
    while (out[j]?.kind === 'number') j++;
    const unit = out[j];
    if (unit && (UNITS.has(unit.lower) || UNITS.has(unit.lower.replace(/s$/, '')))) for (let k = i; k <= j; k++) out[k]!.measure = true;
  });
  // A date: a month, a number before one, a year, a day or a time after "den" or "kl.".
  out.forEach((t, i) => {
    if (MONTHS.has(t.lower)) t.date = true;
    else if (t.kind === 'number' && !t.measure && /^\d/.test(t.lower)) {
      const before = out[i - 1]?.lower ?? '';
      t.date = MONTHS.has(out[i + 1]?.lower ?? '') || /^(?:19|20)\d\d$/.test(t.lower) || DATE_LEAD.has(before);
    }
  });
  return out;
}

/** A word that carries content: not a small word, not the person. */
export const isContent = (t: Token) => t.kind === 'word' || t.kind === 'number';

/** A part of a date: "10." in "den 10. november 2025", a year, a month, a time of day. */
export const isDatePart = (t: Token) => t.date === true;

/** The key of a negation ("ikke", "ingen", "undgå": the group `ikke` of rules/citat.json words.same). */
export const NEGATION = '=ikke';

const CONFUSIONS = rules.citat.ocr.confusions;
/** The word with the letters a scanner confuses made the same. */
export function ocrFold(word: string): string {
  let s = word;
  for (const [a, b] of CONFUSIONS) s = s.split(a).join(b);
  return s;
}

/** Edit distance of two short strings, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const NEGATING = w.negatingPrefixes;
/** "arbejdsdygtig" and "uarbejdsdygtig": one is the other with a prefix that says the opposite. */
const negates = (a: string, b: string) => NEGATING.some((p) => a === p + b || b === p + a);

/**
 * Whether two words are the same word: the same key; with `ocr` also a word the scanner may
 * have misread (one letter off, in a word of six letters or more, a number never).
 */
export function sameWord(a: Token, b: Token, ocr: boolean): boolean {
  if (a.key === b.key) return true;
  if (!ocr || a.kind === 'number' || b.kind === 'number' || a.kind !== b.kind) return false;
  const [x, y] = [ocrFold(a.lower), ocrFold(b.lower)];
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 6 || negates(a.lower, b.lower) || negates(a.key, b.key)) return false;
  return editDistance(x, y, 1) <= 1;
}

/** A text read once for comparing: its words and its sentences, each sentence with the range of its words. */
export interface PreparedText {
  text: string;
  tokens: Token[];
  sentences: (Sentence & { from: number; to: number })[];
  /** The sentence each token stands in (index into `sentences`). */
  sentenceOf: Int32Array;
  /** The keys of each sentence's words. */
  keys: Set<string>[];
  ocr: boolean;
}

const formBoxes = compileRegex(`${rules.citat.forms.unticked}|${rules.citat.forms.ticked}`, 'gu');

/** Where a form's boxes stand: an unticked box with its answer, a ticked box's mark. */
function boxesOf(text: string): { start: number; end: number }[] {
  return [...text.matchAll(formBoxes)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** "Arbejdstid maks. 20 timer ugentligt": a sentence cut after an abbreviation goes on where the next starts with a digit or a small letter. */
const ABBREVIATION_END = compileRegex(`(?<![\\p{L}])(?:${rules.citat.abbreviations})\\.\\s*$`, 'iu');
function joinAbbreviations(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && ABBREVIATION_END.test(last.text) && /^[\d\p{Ll}]/u.test(s.text) && !text.slice(last.end, s.start).includes('\n')) {
      out[out.length - 1] = { start: last.start, end: s.end, text: text.slice(last.start, s.end) };
    } else out.push(s);
  }
  return out;
}

/** A line of a form: "Skånehensyn: …", "Kan patienten arbejde? …", a bulleted line. */
const FORM_LINE = /\n(?=[ \t]*(?:[\p{Lu}](?:[^:\n.?]|\.(?=\s*\p{Ll})){1,40}[:?][ \t]+\S|[-–•·*][ \t]+\S))/gu;

/** A sentence cut where a line of a form starts: a form's lines without full stops are sentences of their own. */
function formLines(text: string, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = s.start;
  for (const m of s.text.matchAll(FORM_LINE)) {
    const at = s.start + (m.index ?? 0);
    if (text.slice(from, at).trim()) out.push({ start: from, end: at, text: text.slice(from, at) });
    from = at + 1;
  }
  out.push({ start: from, end: s.end, text: text.slice(from, s.end) });
  return out;
}

export function prepare(text: string, ocr = false): PreparedText {
  // "Kan patienten arbejde? [X] Ja, delvist [ ] Nej": only the ticked answer is the doctor's.
  const boxes = boxesOf(text);
  let b = 0;
  const tokens = tokenize(text).filter((t) => {
    while (b < boxes.length && boxes[b]!.end <= t.start) b++;
    return !(b < boxes.length && boxes[b]!.start <= t.start && t.end <= boxes[b]!.end);
  });
  let k = 0;
  const sentences = joinAbbreviations(text, splitSentences(text)).flatMap((s) => formLines(text, s)).map((s) => {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.start < s.end) k++;
    return { ...s, from, to: k };
  });
  const sentenceOf = new Int32Array(tokens.length);
  let at = 0;
  tokens.forEach((t, i) => {
    while (at < sentences.length - 1 && t.start >= sentences[at]!.end) at++;
    sentenceOf[i] = at;
  });
  const keys = sentences.map((s) => new Set(tokens.slice(s.from, s.to).map((t) => t.key)));
  return { text, tokens, sentences, sentenceOf, keys, ocr };
}

/** The index of the sentence that holds offset `at` (or the nearest one before it). */
export function sentenceIndexAt(p: PreparedText, at: number): number {
  let lo = 0;
  let hi = p.sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.sentences[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
