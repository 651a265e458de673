/**
 * A text cut into utterances for the browser's voice: one sentence or line each, and none
 * longer than `max` characters (Chrome stops an utterance that speaks for long, and a short
 * one lets pause, stop and the marked word follow closely). Offsets are into the text given.
 */

export interface Span {
  start: number;
  end: number;
}

export interface SplitOptions {
  /** The longest utterance, in characters. */
  max?: number;
  /** Abbreviations after whose period no sentence ends: lower-case, without the final period ("att", "bl.a"). */
  noBreakAfter?: ReadonlySet<string>;
}

export const MAX_UTTERANCE = 200;
const SPACE = /\s/u;
const SAYABLE = /[\p{L}\p{N}]/u;

/** Sentence ends: a line break, or . ! ? … before a space and a capital letter, a digit or a quote. */
function sentences(text: string, noBreakAfter: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const cut = (end: number, next: number) => {
    spans.push({ start, end });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      cut(i, i + 1);
      continue;
    }
    if (!'.!?…'.includes(c)) continue;
    let j = i + 1;
    while (j < text.length && ')"\'»”’'.includes(text[j]!)) j++;
    if (j >= text.length || !SPACE.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && SPACE.test(text[k]!) && text[k] !== '\n') k++;
    const next = text[k];
    if (next === undefined || next === '\n') continue; // the line break ends it
    if (!/[\p{Lu}\p{N}§"«„(–-]/u.test(next)) continue;
    if (c === '.') {
      const token = (/[\p{L}.-]+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '').toLocaleLowerCase('da');
      if (token.length === 1 || noBreakAfter.has(token)) continue; // an initial ("A. Hansen") or "att. Jobcentret"
    }
    cut(j, j);
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** [start, end) without the white space at either end. */
function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A sentence longer than `max`: cut after a comma, semicolon, colon or dash, else at a space, else anywhere. */
function bounded(text: string, s: Span, max: number): Span[] {
  const out: Span[] = [];
  let { start } = s;
  while (s.end - start > max) {
    const min = start + Math.floor(max / 3);
    let at = -1;
    for (let i = start + max; i > min && at < 0; i--) if (SPACE.test(text[i]!) && ',;:–—'.includes(text[i - 1]!)) at = i;
    for (let i = start + max; i > start && at < 0; i--) if (SPACE.test(text[i]!)) at = i;
    if (at < 0) {
      at = start + max;
      if (/[\uDC00-\uDFFF]/.test(text[at]!)) at--; // not inside a surrogate pair
    }
    out.push(trimmed(text, { start, end: at }));
    start = trimmed(text, { start: at, end: s.end }).start;
  }
  out.push({ start, end: s.end });
  return out;
}

/** The utterances of a text, in order; each has something to say (a letter or a digit). */
export function splitUtterances(text: string, options: SplitOptions = {}): Span[] {
  const max = Math.max(20, options.max ?? MAX_UTTERANCE);
  return sentences(text, options.noBreakAfter ?? new Set())
    .map((s) => trimmed(text, s))
    .flatMap((s) => bounded(text, s, max))
    .filter((s) => s.end > s.start && SAYABLE.test(text.slice(s.start, s.end)));
}

/** The word an utterance's `boundary` event names: [charIndex, charIndex + charLength), or to the end of the word where the length is not given. */
export function spokenWord(text: string, utterance: Span, charIndex: number, charLength = 0): Span | null {
  let start = utterance.start + Math.max(0, charIndex);
  while (start < utterance.end && SPACE.test(text[start]!)) start++;
  if (start >= utterance.end) return null;
  let end: number;
  if (charLength > 0) end = Math.min(utterance.end, utterance.start + charIndex + charLength);
  else {
    end = start;
    while (end < utterance.end && SAYABLE.test(text[end]!)) end++;
  }
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end: Math.max(end, start + 1) };
}

/** The paragraph of a letter's text around `offset`: between blank lines (a PDF's block of lines). */
export function paragraphAt(text: string, offset: number): Span {
  const at = Math.max(0, Math.min(offset, text.length));
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(/\n[^\S\n]*\n\s*/gu)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    } else {
      // The offset is in the blank lines themselves: the paragraph after them.
      start = m.index + m[0].length;
    }
  }
  const span = trimmed(text, { start, end });
  if (span.end > span.start || end >= text.length) return span;
  return paragraphAt(text, end + 1);
}
