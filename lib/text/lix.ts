/**
 * LIX, the readability index for Danish and Swedish (Björnsson): words per sentence plus the
 * share of long words in per cent. Under 25 reads like a children's book, 25-34 is easy, 35-44
 * is a newspaper, 45-54 a report, 55 and more a law. Brevtjek's own texts stay at 35 or below.
 *
 * How Brevtjek counts, for texts that cite the law and name dates:
 * - A word is a run of letters or digits; a hyphen, an apostrophe or a point inside it keeps
 *   it one word ("a-kassen", "1.120", "23.59", "m.v."). Signs on their own ("§", "–", "·")
 *   are not words. A number is a word that is never long.
 * - A long word has more than six letters (digits do not count).
 * - A sentence ends at "." before a capital letter, a digit, a "§" or the end of the text; at
 *   "!" or "?" unless a lower-case word follows; at ":" before a capital letter (Danish writes
 *   a capital after a colon only where a whole sentence follows); and at a line break. A point after an abbreviation ("fx", "jf.",
 *   "stk.", "nr.", "kl.") or an ordinal ("den 10. juli") does not end a sentence, because a
 *   lower-case word or a number follows. Where a capital follows an abbreviation, only those
 *   that can close a sentence ("m.v.", "osv.", "etc.") end it.
 * - A text with words but no full stop is one sentence; a text with no words has LIX 0.
 */

export interface LixCount {
  words: number;
  sentences: number;
  longWords: number;
  lix: number;
}

/** A word: letters and digits, joined by an inner hyphen, apostrophe or point ("a-kassen", "1.120", "m.v"). */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const LONG = 6;

/** Abbreviations that never end a sentence, even before a capital ("jf. Ankestyrelsen", "fx Udbetaling Danmark"). */
const NEVER_FINAL = new Set([
  'ang', 'att', 'bl.a', 'ca', 'd', 'dvs', 'd.v.s', 'evt', 'f.eks', 'fx', 'hhv', 'inkl', 'ekskl', 'iflg', 'jf', 'jfr', 'kap',
  'kl', 'mht', 'm.h.t', 'nr', 'pga', 'p.g.a', 'pkt', 'pr', 's', 'sml', 'st', 'stk', 'tlf', 'vedr', 'j.nr', 'sagsnr', 'obs', 'nb', 'dr',
]);

export function countWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

const letters = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

/** How many sentences: each sentence-ending mark (or line break) with words before it, and words left at the end. */
function countSentences(text: string): number {
  let count = 0;
  let wordsSince = 0;
  const tokens = text.matchAll(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[.!?:]+|\n/gu);
  for (const t of tokens) {
    const token = t[0];
    const at = t.index ?? 0;
    if (/^[\p{L}\p{N}]/u.test(token)) {
      wordsSince++;
      continue;
    }
    if (wordsSince === 0) continue;
    if (token === '\n') {
      count++;
      wordsSince = 0;
      continue;
    }
    // What follows the mark: closing quotes and brackets, space, opening quotes and brackets, then the next sign.
    const after = text.slice(at + token.length);
    const next = /^[”“"'»«’)\]]*(\s*)[„“"'«»([]*(.|$)/su.exec(after);
    const space = next?.[1] ?? '';
    const sign = next?.[2] ?? '';
    const end = sign === '';
    if (!end && space === '') continue; // "1.120", "m.v" are words; "a:b" is not a break
    const capital = /\p{Lu}/u.test(sign);
    const before = text.slice(0, at).match(/([\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*)$/u)?.[1]?.toLowerCase() ?? '';
    let ends: boolean;
    if (token.startsWith(':')) ends = end || capital;
    else if (token.includes('!') || token.includes('?')) ends = end || !/\p{Ll}/u.test(sign);
    else ends = end || ((capital || /[\p{N}§]/u.test(sign)) && !NEVER_FINAL.has(before));
    if (ends) {
      count++;
      wordsSince = 0;
    }
  }
  return count + (wordsSince > 0 ? 1 : 0);
}

/** The LIX of a text, with what it was counted from. */
export function lixCount(text: string): LixCount {
  const words = countWords(text);
  if (words.length === 0) return { words: 0, sentences: 0, longWords: 0, lix: 0 };
  const sentences = Math.max(1, countSentences(text));
  const longWords = words.filter((w) => letters(w) > LONG).length;
  return { words: words.length, sentences, longWords, lix: words.length / sentences + (100 * longWords) / words.length };
}

/** LIX = words per sentence + 100 × long words (over six letters) / words. */
export function lix(text: string): number {
  return lixCount(text).lix;
}
