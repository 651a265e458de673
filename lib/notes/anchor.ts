import type { TextAnchor } from '../storage/records';

/**
 * Anchoring a note to its words, and finding them again in another copy of the letter: first at
 * the old offsets, then the quote itself (ignoring whitespace, soft hyphens and words hyphenated
 * at a line end), then an approximate match scored as Hypothesis's `matchQuote` scores one.
 */

export type Anchored = { start: number; end: number; how: 'exact' | 'quote' | 'fuzzy' };

const CONTEXT = 32;
/** Errors allowed in an approximate match, as a share of the quote's (folded) length. */
const ERROR_RATE = 0.2;
/** What skipping one run of inserted text inside the quote costs (a running header at a page break). */
const JUMP = 2;
/** The longest such run, in folded characters. */
const JUMP_SPAN = 48;
/** Least score (quote 50, context 40, position 2, over 92) to attach; but see SPECIFIC. */
const MIN_SCORE = 0.8;
/** Context agreement at which a quote found word for word is taken without looking further. */
const SURE_CONTEXT = 0.9;
/** A quote at least this long (folded) found word for word needs no context. */
const SPECIFIC = 32;
/** Work caps: DP cells per candidate place (about), places, seed pieces, hits per seed or quote. */
const [CELL_BUDGET, MAX_CANDIDATES, MAX_SEEDS, MAX_HITS] = [3_000_000, 8, 64, 1000];

type Folded = { s: string; at: Int32Array };
/** The last letter text folded. */
let memo: { text: string; folded: Folded } | undefined;

const DROPPED = /[\s\u00ad\u200b-\u200d\u2060]/;
/** Whitespace (NBSP too), control, soft hyphen and zero-width characters; quick for Latin-1. */
const dropped = (c: number) =>
  c <= 32 || (c >= 0xa0 && (c < 0x100 ? c === 0xa0 || c === 0xad : DROPPED.test(String.fromCharCode(c))));

/** The anchor of text[start, end), with whitespace and soft hyphens at its edges left out. */
export function describeAnchor(text: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`No such selection: ${start}–${end} of ${text.length}`);
  }
  while (start < end && dropped(text.charCodeAt(start))) start++;
  while (end > start && dropped(text.charCodeAt(end - 1))) end--;
  if (start === end) throw new RangeError('The selection holds no words');
  const prefix = text.slice(Math.max(0, start - CONTEXT), start);
  return { exact: text.slice(start, end), prefix, suffix: text.slice(end, end + CONTEXT), start, end };
}

/** Where the anchor's words are in `text`, or null when they cannot be found with confidence. */
export function anchorIn(text: string, anchor: TextAnchor): Anchored | null {
  const { exact, prefix, suffix, start: oldStart } = anchor;
  const oldEnd = oldStart + exact.length;
  // The old place, if the words and their context are still there; else it is one candidate of many.
  const same = (from: number, s: string) => text.slice(Math.max(0, from), from + s.length) === s;
  if (exact && same(oldStart, exact) && same(oldStart - prefix.length, prefix) && same(oldEnd, suffix)) {
    return { start: oldStart, end: oldEnd, how: 'exact' };
  }
  // A letter's notes are anchored one after another: fold its text once.
  const doc = memo?.text === text ? memo.folded : (memo = { text, folded: fold(text) }).folded;
  // Fold the quote together with its context, so a line-end hyphen at its edge reads as in the text.
  const all = fold(prefix + exact + suffix);
  const [from, to] = [prefix.length, prefix.length + exact.length];
  const part = (keep: (i: number) => boolean) => all.at.reduce((s, i, k) => (keep(i) ? s + all.s[k] : s), '');
  const [pre, quote, suf] = [part((i) => i < from), part((i) => i >= from && i < to), part((i) => i >= to)];
  if (!quote) return null;
  const m = quote.length;

  const judge = (ns: number, ne: number, errors: number) => {
    const start = doc.at[ns]!;
    const ctx = contextScore(doc.s, ns, ne, pre, suf);
    const pos = 1 - Math.abs(start - oldStart) / Math.max(1, text.length);
    return { start, end: doc.at[ne - 1]! + 1, ctx, score: (50 * (1 - errors / m) + 40 * ctx + 2 * pos) / 92 };
  };
  type Judged = ReturnType<typeof judge>;

  // The quote verbatim (folded): best context first, then nearest the old place.
  let best: Judged | null = null;
  for (let i = doc.s.indexOf(quote), n = 0; i >= 0 && n < MAX_HITS; i = doc.s.indexOf(quote, i + 1), n++) {
    const j = judge(i, i + m, 0);
    if (!best || j.ctx > best.ctx + 1e-9 || (j.ctx > best.ctx - 1e-9 && j.score > best.score)) best = j;
  }
  if (best && best.ctx >= SURE_CONTEXT) return { start: best.start, end: best.end, how: 'quote' };

  // Approximately: check the old place and the places exact seed pieces point to, by edit distance.
  // A row is about 5k cells wide (two layers with a jump), plus 2 × JUMP_SPAN each; all within budget.
  const jump = m * 4 * JUMP_SPAN <= CELL_BUDGET / 2 ? JUMP : 0;
  const k = Math.min(Math.floor(m * ERROR_RATE), Math.floor(CELL_BUDGET / (10 * m)));
  const band = 2 * k + Math.ceil(k / 2) + 2 + (jump ? JUMP_SPAN : 0);
  const after = doc.at.findIndex((i) => i >= oldStart);
  const hint = after < 0 ? doc.s.length : after; // the old place, folded
  let found: Judged | null = null;
  for (const c of k < 1 ? [] : [hint, ...seedPlaces(doc.s, quote, k, hint)]) {
    const hit = align(quote, doc.s, c, band, false, jump);
    if (!hit || hit.errors > k || hit.end <= hit.start) continue;
    const j = judge(hit.start, hit.end, hit.errors);
    if (!found || j.score > found.score) found = j;
  }
  if (found && found.score >= MIN_SCORE && found.score > (best?.score ?? 0)) {
    return { start: found.start, end: found.end, how: 'fuzzy' };
  }
  // A long quote found word for word is trusted even where its context has changed.
  if (best && (best.score >= MIN_SCORE || m >= SPECIFIC)) return { start: best.start, end: best.end, how: 'quote' };
  return null;
}

/** The text without whitespace, soft hyphens or line-end hyphens; `at[i]` is where s[i] came from. */
function fold(text: string): Folded {
  const [at, kept] = [new Int32Array(text.length), [] as string[]];
  let [run, n] = [0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (dropped(c) || ((c === 0x2d || c === 0x2010) && joinsLine(text, i))) {
      kept.push(text.slice(run, i));
      run = i + 1;
    } else at[n++] = i;
  }
  kept.push(text.slice(run));
  return { s: kept.join(''), at: at.subarray(0, n) };
}

/** A hyphen after a letter, then a line break, then a small letter: "ar-\nbejde". */
function joinsLine(t: string, i: number): boolean {
  if (i === 0 || !/\p{L}/u.test(t[i - 1]!)) return false;
  let j = i + 1;
  let newline = false;
  for (; j < t.length && dropped(t.charCodeAt(j)); j++) newline ||= t[j] === '\n';
  return newline && j < t.length && /\p{Ll}/u.test(t[j]!);
}

/**
 * Where the quote may start, by votes of its k + 1 pieces (one of which a match with k errors
 * holds unchanged); the most voted first, then the nearest the old place.
 */
function seedPlaces(s: string, quote: string, k: number, hint: number): number[] {
  const pieces = Math.min(k + 1, MAX_SEEDS);
  const len = Math.floor(quote.length / pieces);
  const votes = new Map<number, number>();
  for (let p = 0; p < pieces && len > 0; p++) {
    const hits: number[] = [];
    const seed = quote.slice(p * len, (p + 1) * len);
    for (let i = s.indexOf(seed); i >= 0 && hits.length <= MAX_HITS; i = s.indexOf(seed, i + 1)) hits.push(i);
    if (hits.length > MAX_HITS) continue; // too common to tell anything
    for (const h of hits) {
      const at = Math.round((h - p * len) / (k + 1)) * (k + 1);
      votes.set(at, (votes.get(at) ?? 0) + 1);
    }
  }
  return [...votes]
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - hint) - Math.abs(b[0] - hint))
    .slice(0, MAX_CANDIDATES)
    .map(([at]) => at);
}

/** Share of the prefix and suffix found next to the match (by edit distance); 1 without context. */
function contextScore(s: string, ns: number, ne: number, pre: string, suf: string): number {
  if (!pre && !suf) return 1;
  const rev = (x: string) => [...x].reverse().join('');
  // Each side is held where it meets the quote and free at its far end.
  const miss = (p: string, t: string) => (p ? align(p, t, 0, p.length, true, 0)!.errors : 0);
  const before = rev(s.slice(Math.max(0, ns - pre.length), ns));
  return 1 - (miss(rev(pre), before) + miss(suf, s.slice(ne, ne + suf.length))) / (pre.length + suf.length);
}

/**
 * Best match of `p` in `t` by edit distance, starting within ±band of t[from] (exactly there when
 * `anchored`) and ending anywhere; with `jump`, one run of text inside may be skipped at that cost.
 * Two layers (before and after the jump) of rows [errors…, starts…]: O(p.length × band).
 */
function align(p: string, t: string, from: number, band: number, anchored: boolean, jump: number) {
  const w = 2 * band + 1;
  const a = from - band; // cell o of row i stands for text position a + i + o
  const BIG = 1 << 29;
  const layers = jump ? 2 : 1;
  let prev = new Int32Array(4 * w).fill(BIG);
  let row = new Int32Array(4 * w).fill(BIG);
  for (let o = 0; o < w; o++) {
    const x = a + o;
    if (x >= 0 && x <= t.length && (!anchored || o === band)) prev[o] = 0;
    prev[w + o] = x;
  }
  for (let i = 1; i <= p.length; i++) {
    const pc = p.charCodeAt(i - 1);
    let gap = BIG;
    let gapStart = 0;
    for (let o = 0; o < w; o++) {
      const x = a + i + o;
      const cost = x >= 1 && t.charCodeAt(x - 1) === pc ? 0 : 1;
      for (let D = 0; D < 2 * w * layers; D += 2 * w) {
        const S = D + w;
        let best = x >= 1 ? prev[D + o]! + cost : BIG;
        let start = prev[S + o]!;
        const up = o + 1 < w ? prev[D + o + 1]! + 1 : BIG;
        const left = o > 0 ? row[D + o - 1]! + 1 : BIG;
        if (up < best) { best = up; start = prev[S + o + 1]!; }
        if (left < best) { best = left; start = row[S + o - 1]!; }
        if (D > 0 && gap < best) { best = gap; start = gapStart; }
        row[D + o] = x >= 0 && x <= t.length ? Math.min(best, BIG) : BIG;
        row[S + o] = start;
      }
      if (row[o]! + jump <= gap) { gap = row[o]! + jump; gapStart = row[w + o]!; }
    }
    [prev, row] = [row, prev];
  }
  let hit: { start: number; end: number; errors: number } | null = null;
  for (let D = 0; D < 2 * w * layers; D += 2 * w) {
    for (let o = 0; o < w; o++) {
      const e = prev[D + o]!;
      if (e < BIG && (!hit || e < hit.errors)) hit = { start: prev[D + w + o]!, end: a + p.length + o, errors: e };
    }
  }
  return hit;
}
