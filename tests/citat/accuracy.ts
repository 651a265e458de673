/** Text compared as words: runs of white space (line breaks, blank lines) count as one space. */
export const normaliseSpace = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Levenshtein distance (insertions, deletions and substitutions of characters), two rows of a small DP. */
export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  let cur = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const sub = (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length] as number;
}

/** Character accuracy of OCR: 1 − Levenshtein distance / length of the true text, white space normalised. */
export function charAccuracy(truth: string, read: string): number {
  const t = normaliseSpace(truth);
  return 1 - levenshtein(t, normaliseSpace(read)) / [...t].length;
}
