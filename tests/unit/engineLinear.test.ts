import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { findDeadlines } from '../../lib/analyzers/findDeadlines';
import { findLawCitations } from '../../lib/analyzers/findLawCitations';
import { findSanction, findSanctionReasons } from '../../lib/analyzers/findSanctionReasons';
import { splitSentences } from '../../lib/nlp/sentences';
import { fromPlainText } from '../../lib/text/fromPlainText';
import { inputFor } from '../helpers';

/*
 * The analysis grows with the text, not faster: no timing here (it depends on the machine), but a
 * count of the work the engine asks of JavaScript's own array and string methods. Each call of an
 * array method that walks its array (some, find, filter, slice, indexOf, …) counts the array's
 * length; a string's indexOf counts the characters it passed. A finding compared with every one
 * found before it, or a list copied for each item, makes the count per character grow with the
 * text; a linear engine keeps it flat. Four and sixteen copies of the test letters are analysed,
 * and the work per character may grow by at most 10 % between them.
 */

const ARRAY_WALKS = ['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'map', 'flatMap', 'forEach', 'reduce', 'indexOf', 'lastIndexOf', 'includes', 'slice', 'join', 'concat'] as const;
const STRING_SEARCHES = ['indexOf', 'lastIndexOf', 'includes'] as const;

/** The work `run` asks of the array and string methods, counted as above. */
function workOf(run: () => void): number {
  let work = 0;
  const arrays = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const strings = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved: Array<[Record<string, unknown>, string, unknown]> = [];
  for (const name of ARRAY_WALKS) {
    const original = arrays[name] as (...args: unknown[]) => unknown;
    saved.push([arrays, name, original]);
    arrays[name] = function (this: unknown[], ...args: unknown[]) {
      work += this.length;
      return original.apply(this, args);
    };
  }
  for (const name of STRING_SEARCHES) {
    const original = strings[name] as (...args: unknown[]) => unknown;
    saved.push([strings, name, original]);
    strings[name] = function (this: string, ...args: unknown[]) {
      const result = original.apply(this, args);
      const from = typeof args[1] === 'number' ? Math.max(0, args[1]) : 0;
      const length = String(this).length;
      // How far the search went: to the match (indexOf), or through the rest of the string.
      work += name === 'indexOf' && typeof result === 'number' && result >= 0 ? result - from : name === 'lastIndexOf' ? length : length - from;
      return result;
    };
  }
  try {
    run();
  } finally {
    for (const [proto, name, original] of saved) proto[name] = original;
  }
  return work;
}

const dir = join(import.meta.dirname, '..', 'letters');
const letters = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const copies = (k: number) => Array.from({ length: k }, () => letters.join('\n\n')).join('\n\n');

/** Work per character of `analyze` on 4 and on 16 copies of the letters. */
function perChar(analyze: (raw: string) => void): [number, number] {
  const small = copies(4);
  const large = copies(16);
  return [workOf(() => analyze(small)) / small.length, workOf(() => analyze(large)) / large.length];
}

describe('the work of the analysis', () => {
  it('is counted: a finding compared with all found before it shows', () => {
    // A sweep that asks a growing list for each item is what the count must catch.
    const quadratic = (raw: string) => {
      const taken: number[] = [];
      for (let i = 0; i < raw.length; i += 50) if (!taken.some((t) => t === i)) taken.push(i);
    };
    const [small, large] = perChar(quadratic);
    expect(large / small).toBeGreaterThan(3);
  });

  it('grows with the text in analyzeLetter', () => {
    const [small, large] = perChar((raw) => analyzeLetter(fromPlainText(raw), { file: 'brev.txt', received: '2026-01-10' }));
    expect(small).toBeGreaterThan(1);
    expect(large / small).toBeLessThan(1.1);
  }, 120_000);

  it.each([
    ['the sentence splitter', (raw: string) => splitSentences(raw)],
    ['the deadlines', (raw: string) => findDeadlines(inputFor(raw, { received: '2026-01-10' }))],
    ['the law citations', (raw: string) => findLawCitations(inputFor(raw, { received: '2026-01-10' }))],
    [
      'the sanction reasons',
      (raw: string) => {
        const input = inputFor(raw, { received: '2026-01-10' });
        findSanctionReasons(input, findSanction(input.sentences));
      },
    ],
  ])('grows with the text in %s', (_, analyze) => {
    const [small, large] = perChar(analyze);
    expect(large / small).toBeLessThan(1.1);
  }, 120_000);
});
