/** Helpers to compose regexes from the word lists in rules/. */

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of phrases, longest first, where a space matches any white space (a line break too). */
export function phraseAlt(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegex(p).replace(/ +/g, '\\s+'))
    .join('|');
}

/** Whole-word boundaries that understand Danish letters (\b does not: it thinks "ø" ends a word). */
export const WORD_START = '(?<![\\p{L}\\d])';
export const WORD_END = '(?![\\p{L}\\d])';

export function words(source: string): string {
  return `${WORD_START}(?:${source})${WORD_END}`;
}

/** A regex from a rules pattern, with its placeholders filled. */
export function fill(source: string, values: Record<string, string>): string {
  return source.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? `(?:${values[key]})` : m));
}

export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The span without the spaces around it and the punctuation after it. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
