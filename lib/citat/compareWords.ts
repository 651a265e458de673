import { diffArrays } from 'diff';
import { rules } from '../rules';
import { isContent, sameWord, type Token } from './normalise';
import { stem } from './stem';

/**
 * The quote held word by word against the statement's words it was found at (jsdiff's diff of
 * the two word lists, words compared by key): which of the quote's words differ in a way that
 * matters, and which of the statement's words the quote does not have. A word that only moved
 * (word order), changed form (inflection, tense), the person in another voice (du for
 * patienten), a compound written apart ("fuld tid", "fuldtid") and the small words are no change.
 */

const w = rules.citat.words;

/**
 * A list of words, matched by the word as written or by its stem where the stem is long enough
 * to say the same word ("sjældne" for "sjælden"; "dagligt" has the stem "dag", which is not).
 */
function wordList(words: string[]) {
  const forms = new Set(words.filter((x) => !x.includes(' ')));
  const stems = new Set([...forms].map(stem).filter((x) => x.length >= 5));
  return (t: Token) => forms.has(t.lower) || stems.has(t.key) || stems.has(stem(t.lower));
}
const strong = wordList(w.strongWords.words);
const STRONG_SAME = new Set(w.strongWords.same.map((id) => `=${id}`));
const SCALES = w.scales.groups.map((g) => ({ id: g.id, has: wordList(g.words) }));
const scaleMemo = new WeakMap<Token, string[]>();
const scalesOf = (t: Token) => {
  let s = scaleMemo.get(t);
  if (!s) scaleMemo.set(t, (s = SCALES.filter((g) => g.has(t)).map((g) => g.id)));
  return s;
};

/** Two different words on one scale ("ofte" and "altid", "moderat" and "svær"): one was put for the other. */
export function sameScale(a: Token, b: Token): boolean {
  if (a.key === b.key) return false;
  const x = scalesOf(a);
  return x.length > 0 && scalesOf(b).some((g) => x.includes(g));
}

/** A word that carries a claim: a number that is no date, a measure (4 timer, 2 dage), a word of degree, frequency or extent, a negation, a limit. */
export function carriesClaim(t: Token): boolean {
  if (t.measure) return true;
  if (t.kind === 'number') return !t.date;
  if (t.date) return false;
  if (t.key.startsWith('=')) return STRONG_SAME.has(t.key);
  return strong(t) || scalesOf(t).length > 0;
}

export interface Comparison {
  /** The quote's words that differ from the statement's and matter, in the quote's order. */
  changed: Token[];
  /** The statement's content words (within the match) that the quote does not have, and has put no other word in place of. */
  dropped: Token[];
}

interface Hunk {
  removed: Token[];
  added: Token[];
}

/** "fuld tid" and "fuldtid", "kontor arbejde" and "kontorarbejde": one word written as two. */
const joined = (a: Token, b: Token) => a.lower + b.lower;
function compound(one: Token, first: Token, second: Token): boolean {
  const both = joined(first, second).replace(/-/g, '');
  const single = one.lower.replace(/-/g, '');
  return single === both || stem(single) === stem(both);
}
/** A compound and its head ("kontorarbejde", "arbejde"): the same thing, said more or less closely. */
const headOf = (a: Token, b: Token) => {
  const [long, short] = a.lower.length >= b.lower.length ? [a, b] : [b, a];
  return short.lower.length >= 4 && long.lower.length > short.lower.length && (long.lower.endsWith(short.lower) || long.key.endsWith(short.key));
};

export function compareWords(quote: Token[], statement: Token[], options: { direct: boolean; ocr: boolean }): Comparison {
  const q = quote.filter(isContent);
  const s = statement.filter(isContent);
  const same = (a: Token, b: Token) => sameWord(a, b, options.ocr);
  const changes = diffArrays(s, q, { comparator: same });
  const hunks: Hunk[] = [];
  let open: Hunk | null = null;
  for (const c of changes) {
    if (!c.added && !c.removed) {
      open = null;
      continue;
    }
    if (!open) hunks.push((open = { removed: [], added: [] }));
    (c.added ? open.added : open.removed).push(...c.value);
  }
  const gone = new Set<Token>();
  const removed = hunks.flatMap((h) => h.removed);
  const added = hunks.flatMap((h) => h.added);
  // Words that moved (word order) are no change.
  for (const a of added) {
    const r = removed.find((x) => !gone.has(x) && same(x, a));
    if (r) gone.add(r).add(a);
  }
  // One word written as two, in either order ("fuld tid" and "fuldtid", "dage med hovedpine" and "hovedpinedage").
  const pairs = (xs: Token[]) => xs.flatMap((x, i) => xs.flatMap((y, j) => (i === j ? [] : [[x, y] as const])));
  for (const a of added.filter((x) => !gone.has(x))) {
    const pair = pairs(removed.filter((x) => !gone.has(x))).find(([x, y]) => compound(a, x, y));
    if (pair) gone.add(a).add(pair[0]).add(pair[1]);
  }
  for (const r of removed.filter((x) => !gone.has(x))) {
    const pair = pairs(added.filter((x) => !gone.has(x))).find(([x, y]) => compound(r, x, y));
    if (pair) gone.add(r).add(pair[0]).add(pair[1]);
  }
  for (const a of added.filter((x) => !gone.has(x))) {
    const r = removed.find((x) => !gone.has(x) && headOf(a, x) && !carriesClaim(x) && !carriesClaim(a));
    if (r) gone.add(r).add(a);
  }

  const changed = new Set<Token>();
  const replaced = new Set<Token>();
  for (const h of hunks) {
    const A = h.added.filter((x) => !gone.has(x));
    const R = h.removed.filter((x) => !gone.has(x));
    // Words the quote put others in place of are changed, not left out.
    if (A.length > 0) for (const r of R) replaced.add(r);
    for (const a of A) {
      // A word that carries a claim and is not the statement's ("altid" for "ofte", "20" for "12", an added "ikke").
      if (carriesClaim(a)) changed.add(a);
      // A word in place of one that carries a claim ("arbejde" where it said "deltid"); not the date a retold quote adds.
      else if (R.some(carriesClaim) && !a.date && A.length <= 3 && R.length <= 3) changed.add(a);
      // A direct quote says it is the statement's words: a word put in place of another is a change.
      else if (options.direct && R.length > 0) changed.add(a);
    }
  }
  return {
    changed: q.filter((t) => changed.has(t)),
    dropped: s.filter((t) => removed.includes(t) && !gone.has(t) && !replaced.has(t)),
  };
}

/** The changed words as phrases of the quote: neighbours in the quote are one phrase. */
export function phrases(text: string, all: Token[], picked: Token[]): string[] {
  const content = all.filter(isContent);
  const out: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length) out.push(text.slice(run[0]!.start, run[run.length - 1]!.end));
    run = [];
  };
  for (const t of content) {
    if (picked.includes(t)) run.push(t);
    else flush();
  }
  flush();
  return out;
}
