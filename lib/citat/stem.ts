import { rules } from '../rules';

const s = rules.citat.stemming;
const vowels = new Set(s.vowels);
const sEndings = new Set(s.sEndings);

/** Where the suffixes may start: after the first consonant that follows a vowel, and never before `minStem` letters. */
function region1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!vowels.has(word[i] as string) && vowels.has(word[i - 1] as string)) return Math.max(i + 1, s.minStem);
  }
  return word.length;
}

/** Step 2: a final consonant pair ("gt" in "tungt") loses its last letter. */
function consonantPair(word: string, r1: number): string {
  return s.step2.some((pair) => word.endsWith(pair) && word.length - pair.length + 1 >= r1) ? word.slice(0, -1) : word;
}

/**
 * A Danish word's stem, by the suffix rules in rules/citat.json (after the Snowball Danish
 * stemmer): "arbejdet", "arbejder", "arbejde" → "arbejd"; "tungt", "tunge" → "tung". Lower case in, lower case out.
 */
export function stem(word: string): string {
  let s = known.get(word);
  if (s === undefined) {
    if (known.size > 50_000) known.clear();
    known.set(word, (s = stemOf(word)));
  }
  return s;
}
const known = new Map<string, string>();

function stemOf(word: string): string {
  if (!/^\p{L}+$/u.test(word)) return word;
  const r1 = region1(word);
  let w = word;
  // Step 1: the longest main suffix in the region; "s" only after a letter that can stand before it.
  const suffix = s.step1.find((x) => w.endsWith(x) && w.length - x.length >= r1);
  if (suffix) w = w.slice(0, -suffix.length);
  else if (w.endsWith('s') && w.length - 1 >= r1 && sEndings.has(w[w.length - 2] as string)) w = w.slice(0, -1);
  w = consonantPair(w, r1);
  // Step 3: derivational endings ("dagligt" → "daglig" → "dag"), then step 2 again.
  for (const { suffix: x, replace } of s.step3) {
    if (w.endsWith(x) && w.length - x.length >= r1) {
      w = w.slice(0, -x.length) + replace;
      if (replace === '') w = consonantPair(w, r1);
      break;
    }
  }
  // Step 4: a final double consonant is made single where its second letter is in the region ("lette" → "lett" → "let").
  const last = w[w.length - 1];
  if (w.length - 1 >= r1 && last !== undefined && !vowels.has(last) && w[w.length - 2] === last) w = w.slice(0, -1);
  return w;
}
