import search from 'approx-string-match';
import { rules } from '../rules';
import { carriesClaim, sameScale } from './compareWords';
import { isContent, NEGATION, sameWord, sentenceIndexAt, tokenize, type PreparedText, type Token } from './normalise';
import { compileRegex } from '../text/compileRegex';

/**
 * Where the statement says what a quote says: word for word (exact), with small changes
 * (close: inflection, the person in another voice, tense, a changed or dropped word, a
 * scanner's misreading) or retold (the same content words over a sentence or two, in any
 * order). Exact and close are found on characters with Myers' bit-parallel algorithm
 * (approx-string-match, as Hypothesis anchors a quote); retold on the words' stems.
 */

export type How = 'exact' | 'close' | 'retold';

export interface Found {
  start: number;
  end: number;
  how: How;
  similarity: number;
  /** The quote's content words the match does not hold (retold only). */
  missing: Token[];
}

/** Close: errors allowed, as a share of the quote's words (as keys); shorter quotes are matched on words. */
const CLOSE_ERRORS = 0.22;
const CLOSE_MIN_CHARS = 10;
/** Retold: least share of the quote's content words in a window of sentences; below SURE it is worth checking. */
const RETOLD_MIN = 0.5;
export const RETOLD_SURE = 0.67;
const WINDOW = 3;
/** The fewest content words a quote needs to be read as retold from more than one sentence. */
const WINDOW_WORDS = 3;
/** What a word put in place of another on the same scale counts for. */
const SWAPPED = 0.75;
/** Weight of agreement with the decision's words around the quote, to choose among equal places. */
const CONTEXT_WEIGHT = 0.08;

const ellipsis = compileRegex(rules.citat.quoteMarks.ellipsis, 'gu');
const insertion = compileRegex(rules.citat.quoteMarks.insertion, 'gu');
const lead = compileRegex(rules.citat.quoteMarks.lead, 'iu');

/** The quote's own words: without ellipses ("…", "[…]"), notes in square brackets, or a lead left before it ("18. juli 2024, at"). */
export function cleanQuote(quote: string): string {
  return quote.replace(lead, '').replace(ellipsis, ' ').replace(insertion, ' ').replace(/\s+/g, ' ').trim();
}

/** Letters and digits in lower case, every other run of characters one space; `at[i]` is where s[i] came from. */
export function foldSurface(text: string): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (/[\p{L}\p{N}]/u.test(c)) {
      s += c.toLowerCase().charAt(0);
      at.push(i);
    } else if (s.length > 0 && !s.endsWith(' ')) {
      s += ' ';
      at.push(i);
    }
  }
  return { s: s.trimEnd(), at };
}

/** The content words' keys joined by spaces; `tok[c]` is the token (index into `tokens`) of character c. */
function keyString(tokens: Token[]): { s: string; tok: number[] } {
  let s = '';
  const tok: number[] = [];
  tokens.forEach((t, i) => {
    if (!isContent(t)) return;
    if (s) {
      s += ' ';
      tok.push(-1);
    }
    s += t.key;
    for (let c = 0; c < t.key.length; c++) tok.push(i);
  });
  return { s, tok };
}

const memo = new WeakMap<PreparedText, { surface: ReturnType<typeof foldSurface>; keys: ReturnType<typeof keyString> }>();
function folded(p: PreparedText) {
  let f = memo.get(p);
  if (!f) memo.set(p, (f = { surface: foldSurface(p.text), keys: keyString(p.tokens) }));
  return f;
}

/** How many of `context`'s keys stand within [start, end) of the statement, widened by a sentence each side. */
function contextScore(p: PreparedText, start: number, end: number, context: Set<string>): number {
  if (context.size === 0) return 0;
  const first = Math.max(0, sentenceIndexAt(p, start) - 1);
  const last = Math.min(p.sentences.length - 1, sentenceIndexAt(p, Math.max(start, end - 1)) + 1);
  let n = 0;
  for (const k of context) {
    for (let i = first; i <= last; i++) {
      if (p.keys[i]!.has(k)) {
        n++;
        break;
      }
    }
  }
  return n / context.size;
}

/** Word for word: the folded quote at word boundaries in the folded statement. */
function findExact(p: PreparedText, quote: string, context: Set<string>): Found | null {
  const { s, at } = folded(p).surface;
  const q = foldSurface(quote).s.trim();
  if (!q) return null;
  let best: Found | null = null;
  let bestScore = -1;
  for (let i = s.indexOf(q); i >= 0; i = s.indexOf(q, i + 1)) {
    if ((i > 0 && s[i - 1] !== ' ') || (i + q.length < s.length && s[i + q.length] !== ' ')) continue;
    const start = at[i]!;
    const end = at[i + q.length - 1]! + 1;
    const score = contextScore(p, start, end, context);
    if (score > bestScore) [best, bestScore] = [{ start, end, how: 'exact', similarity: 1, missing: [] }, score];
  }
  return best;
}

/** With small changes: the quote's keys in the statement's keys, by edit distance (Myers). */
function findClose(p: PreparedText, quoteTokens: Token[], context: Set<string>): Found | null {
  const { s, tok } = folded(p).keys;
  const q = keyString(quoteTokens).s;
  if (q.length < CLOSE_MIN_CHARS || !s) return null;
  const maxErrors = Math.floor(q.length * CLOSE_ERRORS);
  const hits = search(s, q, maxErrors);
  let best: Found | null = null;
  let bestScore = -1;
  for (const h of hits) {
    // The whole words the match starts and ends in.
    let a = h.start;
    while (a < h.end && tok[a] === -1) a++;
    let b = h.end - 1;
    while (b > a && tok[b] === -1) b--;
    const first = p.tokens[tok[a] ?? -1];
    const last = p.tokens[tok[b] ?? -1];
    if (!first || !last) continue;
    const similarity = 1 - h.errors / q.length;
    const score = similarity + CONTEXT_WEIGHT * contextScore(p, first.start, last.end, context);
    if (score > bestScore) [best, bestScore] = [{ start: first.start, end: last.end, how: 'close', similarity, missing: [] }, score];
  }
  return best;
}

/** The content words of tokens [from, to). */
const contentOf = (p: PreparedText, from: number, to: number) => p.tokens.slice(from, to).filter(isContent);
/** The sentence of each of them. */
const windowSentences = (p: PreparedText, from: number, to: number) => {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (isContent(p.tokens[i]!)) out.push(p.sentenceOf[i]!);
  return out;
};

/** The quote's content words, each key once. */
function distinct(tokens: Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((t) => isContent(t) && !seen.has(t.key) && seen.add(t.key));
}

/** Retold: the window of one to three sentences that holds most of the quote's content words. */
function findRetold(p: PreparedText, quoteTokens: Token[], context: Set<string>): Found | null {
  const wanted = distinct(quoteTokens);
  if (wanted.length === 0) return null;
  // A short quote is retold from one sentence; a longer one may sum up two or three.
  const most = wanted.length >= WINDOW_WORDS ? WINDOW : 1;
  let best: (Found & { score: number }) | null = null;
  for (let i = 0; i < p.sentences.length; i++) {
    for (let n = 1; n <= most && i + n <= p.sentences.length; n++) {
      const from = p.sentences[i]!.from;
      const to = p.sentences[i + n - 1]!.to;
      const window = contentOf(p, from, to);
      // Each window word stands for the first wanted word it is; else for one it was put in place of ("ofte" for "altid").
      const label = window.map((t) => wanted.findIndex((q) => sameWord(q, t, p.ocr)));
      const same = new Set(label.filter((l) => l >= 0));
      window.forEach((t, k) => {
        if (label[k]! >= 0) return;
        const q = wanted.findIndex((x, j) => !same.has(j) && sameScale(x, t));
        if (q >= 0) label[k] = q;
      });
      const found = new Set(label.filter((l) => l >= 0));
      if (found.size === 0) continue;
      const sentenceOf = windowSentences(p, from, to);
      // A negation belongs to its own clause: a sentence that gives the quote nothing but an "ikke" is no part of its place.
      if (n > 1 && [i, i + n - 1].some((si) => !label.some((l, k) => l >= 0 && sentenceOf[k] === si && wanted[l]!.key !== NEGATION))) continue;
      const coverage = (same.size + SWAPPED * (found.size - same.size)) / wanted.length;
      const span = tightest(label, found, sentenceOf);
      const start = window[span[0]]!.start;
      const end = window[span[1]]!.end;
      // A wider window must hold more to win; the decision's words around the quote choose among equals.
      const score = coverage - 0.02 * (n - 1) + CONTEXT_WEIGHT * contextScore(p, start, end, context);
      if (!best || score > best.score + 1e-9) {
        best = { start, end, how: 'retold', similarity: coverage, missing: wanted.filter((_, k) => !found.has(k)), score };
      }
    }
  }
  if (!best || best.similarity < RETOLD_MIN) return null;
  // A single wanted word must be there itself; of two words only one that carries a claim may be missing ("altid" where it says "ofte").
  if (wanted.length <= 2 && best.missing.some((t) => !carriesClaim(t))) return null;
  const { score: _score, ...found } = best;
  return found;
}

/**
 * The shortest run of `label` that holds every label in `want` (two pointers); a run over a
 * sentence's end counts as much longer, so the words of one sentence win.
 */
function tightest(label: number[], want: Set<number>, sentenceOf: number[]): [number, number] {
  const count = new Map<number, number>();
  let have = 0;
  let best: [number, number] = [0, label.length - 1];
  const cost = ([a, b]: [number, number]) => b - a + 1000 * (sentenceOf[b]! - sentenceOf[a]!);
  for (let lo = 0, hi = 0; hi < label.length; hi++) {
    const l = label[hi]!;
    if (want.has(l)) {
      count.set(l, (count.get(l) ?? 0) + 1);
      if (count.get(l) === 1) have++;
    }
    while (have === want.size && lo <= hi) {
      if (cost([lo, hi]) < cost(best)) best = [lo, hi];
      const m = label[lo]!;
      if (want.has(m)) {
        count.set(m, count.get(m)! - 1);
        if (count.get(m) === 0) have--;
      }
      lo++;
    }
  }
  // Trim to words that were found.
  while (best[0] < best[1] && !want.has(label[best[0]]!)) best[0]++;
  while (best[1] > best[0] && !want.has(label[best[1]]!)) best[1]--;
  return best;
}

/**
 * A match found on content words, widened to the small words and the person by its edges that
 * the quote has too ("kunne" in "Hun vurderes at kunne arbejde" for the quote "du kan arbejde").
 */
function widen(p: PreparedText, found: Found, quoteTokens: Token[]): Found {
  const keys = new Set(quoteTokens.map((t) => t.key));
  const sentence = p.sentences.find((s) => s.start <= found.start && found.start < s.end);
  const first = p.tokens.findIndex((t) => t.start >= found.start);
  let last = p.tokens.findIndex((t) => t.end > found.end) - 1;
  if (first < 0) return found;
  if (last < -1) last = p.tokens.length - 1;
  let a = first;
  while (a > (sentence?.from ?? 0) && !isContent(p.tokens[a - 1]!) && keys.has(p.tokens[a - 1]!.key)) a--;
  let b = last;
  const end = p.sentences.find((s) => s.start <= found.end - 1 && found.end - 1 < s.end)?.to ?? p.tokens.length;
  while (b + 1 < end && !isContent(p.tokens[b + 1]!) && keys.has(p.tokens[b + 1]!.key)) b++;
  return { ...found, start: Math.min(found.start, p.tokens[a]!.start), end: Math.max(found.end, p.tokens[b]?.end ?? found.end) };
}

/**
 * Where `quote` stands in the statement, or null. `context`: keys of the decision's words
 * around the quote, to choose among places that match equally well.
 */
export function findQuote(p: PreparedText, quote: string, context: Set<string> = new Set()): Found | null {
  const clean = cleanQuote(quote);
  const exact = findExact(p, clean, context);
  if (exact) return exact;
  const tokens = tokenize(clean);
  const close = findClose(p, tokens, context);
  const retold = findRetold(p, tokens, context);
  // A close match is kept unless the words, read in any order, fit clearly better.
  if (close && (!retold || close.similarity >= retold.similarity - 0.15)) return widen(p, trimEdges(p, close), tokens);
  return retold && widen(p, retold, tokens);
}

/** The most content words of a sentence that a close match may take in at its edge and still be cut back to the sentence next to it. */
const RAGGED = 2;

/**
 * A close match that runs a word or two into the sentence before or after ("… efter 5 måneder.
 * Anden depressive"): an approximate match has ragged edges, and those words are not the quote's place.
 */
function trimEdges(p: PreparedText, found: Found): Found {
  const inside = p.tokens.filter((t) => t.start >= found.start && t.end <= found.end && isContent(t));
  const sentenceOf = (t: Token) => sentenceIndexAt(p, t.start);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last || sentenceOf(first) === sentenceOf(last)) return found;
  let { start, end } = found;
  const inLast = inside.filter((t) => sentenceOf(t) === sentenceOf(last));
  const inFirst = inside.filter((t) => sentenceOf(t) === sentenceOf(first));
  if (inLast.length <= RAGGED && inLast.length < inside.length / 2) end = inside.filter((t) => sentenceOf(t) < sentenceOf(last)).pop()?.end ?? end;
  if (inFirst.length <= RAGGED && inFirst.length < inside.length / 2) start = inside.find((t) => sentenceOf(t) > sentenceOf(first))?.start ?? start;
  return end > start ? { ...found, start, end } : found;
}
