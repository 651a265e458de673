import { prose } from '../rules/prose';
import type { GlossaryTerm } from '../rules/glossarySchema';
import { compileRegex } from '../text/compileRegex';

/** A glossary term found in a text: [start, end) and the term. */
export interface TermMatch {
  start: number;
  end: number;
  term: GlossaryTerm;
}

export type Glossary = readonly GlossaryTerm[];

/**
 * Which occurrences are marked:
 * - 'text' (the default): each term once, where it first occurs in the text. A letter names
 *   "afgørelse" or "sygedagpenge" dozens of times, and one mark per term is enough to learn
 *   the word; more would drown the page in dotted lines and in tab stops for keyboard users.
 * - 'paragraph': each term once per paragraph (a blank line starts one).
 * - 'all': every occurrence (for tests and tools).
 */
export type Once = 'text' | 'paragraph' | 'all';

/** A form as a regex source: a space matches any whitespace, also a line break ("opsættende⏎virkning"). */
function spaced(form: string): string {
  return form.replace(/ [?*]/g, '\\s*').replace(/ \+/g, '\\s+').replace(/ /g, '\\s+');
}

const compiled = new WeakMap<Glossary, Array<{ term: GlossaryTerm; re: RegExp }>>();

/** One regex per term: any of its forms, as a whole word (no letter or digit right before or after). */
function compile(glossary: Glossary) {
  let out = compiled.get(glossary);
  if (!out) {
    out = glossary.map((term) => ({
      term,
      re: compileRegex(`(?<![\\p{L}\\p{N}])(?:${term.forms.map(spaced).join('|')})(?![\\p{L}\\p{N}])`, term.caseSensitive ? 'gu' : 'giu'),
    }));
    compiled.set(glossary, out);
  }
  return out;
}

/**
 * Where the glossary's terms stand in `text`, in text order. Case-insensitive (æ, ø and å
 * too), whole words only, so "afgørelse" is not found inside "principafgørelse". Where two
 * terms overlap the longest wins ("foreløbig afgørelse" over "afgørelse"; on equal length,
 * the earlier). `once` says which occurrences of a term are kept. Pure: the same text gives
 * the same ranges.
 */
export function findTerms(text: string, options: { once?: Once; glossary?: Glossary } = {}): TermMatch[] {
  const { once = 'text', glossary = prose().glossary } = options;
  const candidates: TermMatch[] = [];
  for (const { term, re } of compile(glossary)) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length > 0) candidates.push({ start: m.index, end: m.index + m[0].length, term });
    }
  }
  // Longest first; a place taken by a longer term is not free for a shorter one.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: TermMatch[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  if (once === 'all') return kept;

  const paragraphStarts = once === 'paragraph' ? [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index + m[0].length) : [];
  const seen = new Set<string>();
  let next = 0;
  return kept.filter((m) => {
    while (next < paragraphStarts.length && (paragraphStarts[next] as number) <= m.start) {
      seen.clear();
      next++;
    }
    if (seen.has(m.term.id)) return false;
    seen.add(m.term.id);
    return true;
  });
}
