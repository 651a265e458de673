import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PdfJs } from '../lib/pdf/readPdfPages';
import { emptyCounts, f1, goldsIn, KINDS, scoreLetter } from './letterScore';

// Brevtjek's own annotated letters (tests/letters), scored in-process the way
// shared/eval/score.mjs scores: same kind, word-set Dice ≥ 0.5, each gold span matched once.

const dir = join(import.meta.dirname, 'letters');
const golds = goldsIn(dir);
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const totals = emptyCounts();

describe('own annotated letters', () => {
  it('has at least 10 letters from different kommuner and PDF producers', () => {
    expect(golds.length).toBeGreaterThanOrEqual(10);
    const producers = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => /Producer\s*\(([^)]*)\)/.exec(readFileSync(join(dir, f), 'latin1'))?.[1]?.split(/[ /]/)[0] ?? 'ukendt'),
    );
    expect(producers.size).toBeGreaterThanOrEqual(3);
  });

  for (const name of golds) {
    it(name.replace('.gold.json', ''), async () => {
      const { gold, report, wrong } = await scoreLetter(dir, name, totals, pdfjs);
      expect(report.appeal.deadline, 'klagefrist').toBe(gold.appealDeadline);
      expect(wrong).toEqual([]);
    });
  }

  it('scores F1 ≥ 0.9 for every kind over all of them', () => {
    for (const k of KINDS) expect(f1(totals[k]), k).toBeGreaterThanOrEqual(0.9);
  });
});
