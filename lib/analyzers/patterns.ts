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

/**
 * A set of spans that answers "does this span overlap any of them?" without comparing it with
 * every span in the set: each span is filed in the fixed-width buckets of the text it covers, and
 * a question looks only in the buckets its own span covers. The answer is `overlaps` with any
 * span added, whatever the order the spans come in; the work grows with the spans' lengths, not
 * with how many there are.
 */
export class SpanSet {
  private readonly buckets = new Map<number, Span[]>();
  static readonly WIDTH = 256;

  constructor(spans: Iterable<Span> = []) {
    for (const s of spans) this.add(s);
  }

  /** The buckets a span stands in: a span of no length stands in the one at its place. */
  private static range(s: Span): [number, number] {
    const first = Math.floor(s.start / SpanSet.WIDTH);
    return [first, Math.max(first, Math.floor((s.end - 1) / SpanSet.WIDTH))];
  }

  add(s: Span): void {
    const [first, last] = SpanSet.range(s);
    for (let b = first; b <= last; b++) {
      const list = this.buckets.get(b);
      if (list) list.push(s);
      else this.buckets.set(b, [s]);
    }
  }

  /** Whether `s` overlaps a span in the set (as `overlaps`: they share a character). */
  overlapsAny(s: Span): boolean {
    return this.someOverlapping(s, () => true);
  }

  /** Whether a span in the set that overlaps `s` passes `test`. */
  someOverlapping(s: Span, test: (t: Span) => boolean): boolean {
    const [first, last] = SpanSet.range(s);
    for (let b = first; b <= last; b++) {
      const list = this.buckets.get(b);
      if (list) for (const t of list) if (overlaps(t, s) && test(t)) return true;
    }
    return false;
  }
}

/**
 * A test of whether a span lies inside one of `spans` (start ≤ its start, its end ≤ end), by a
 * binary search among them in order of start with the furthest end reached so far: the same
 * answer as asking each of them.
 */
export function insideAny(spans: readonly Span[]): (s: Span) => boolean {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const t of byStart) reach.push((furthest = Math.max(furthest, t.end)));
  return (s: Span) => {
    // How many start at or before s starts.
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byStart[mid] as Span).start <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) >= s.end;
  };
}
