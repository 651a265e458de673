import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../lib/analyzeLetter';
import { loadLetter } from '../lib/loadLetter';
import type { PdfJs } from '../lib/pdf/readPdfPages';

// Brevtjek's own annotated letters (tests/letters), scored in-process the way
// shared/eval/score.mjs scores: same kind, word-set Dice ≥ 0.5, each gold span matched once.

const KINDS = ['law', 'deadline', 'medical_quote', 'sanction'] as const;
const dir = join(import.meta.dirname, 'letters');

interface Gold {
  file: string;
  received: string;
  appealDeadline: string | null;
  findings: Array<{ kind: string; text: string; law?: string | null; paragraph?: string | null; date?: string | null; appeal?: boolean }>;
  ignore: Array<{ text: string }>;
}

const words = (t: string) =>
  new Set(t.replace(/\u00ad/g, '').replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2').toLowerCase().match(/[\p{L}\p{N}§]+/gu) ?? []);
function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}

const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const totals = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));

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
      const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold;
      const doc = await loadLetter(new Uint8Array(readFileSync(join(dir, gold.file))), gold.file, pdfjs);
      const report = analyzeLetter(doc, { file: gold.file, received: gold.received });
      expect(report.appeal.deadline, 'klagefrist').toBe(gold.appealDeadline);
      const found = report.findings.filter((f) => (KINDS as readonly string[]).includes(f.kind));
      const used = new Set<number>();
      const wrong: string[] = [];
      for (const g of gold.findings) {
        const i = found.findIndex((f, i) => !used.has(i) && f.kind === g.kind && dice(words(f.text), words(g.text)) >= 0.5);
        const t = totals[g.kind as (typeof KINDS)[number]];
        if (!t) continue;
        if (i < 0) {
          t.fn++;
          wrong.push(`missed ${g.kind}: ${g.text}`);
          continue;
        }
        used.add(i);
        t.tp++;
        const f = found[i];
        if (f?.kind === 'law' && 'law' in g && f.law !== g.law) wrong.push(`law id of "${g.text}": ${f.law}`);
        if (f?.kind === 'law' && 'paragraph' in g && f.paragraph !== g.paragraph) wrong.push(`paragraph of "${g.text}": ${f.paragraph}`);
        if (f?.kind === 'deadline' && g.date && f.date !== g.date) wrong.push(`date of "${g.text}": ${f.date}`);
        if (f?.kind === 'deadline' && g.appeal !== undefined && f.appeal !== g.appeal) wrong.push(`appeal flag of "${g.text}"`);
      }
      found.forEach((f, i) => {
        if (used.has(i) || gold.ignore.some((g) => dice(words(f.text), words(g.text)) >= 0.5)) return;
        const t = totals[f.kind as (typeof KINDS)[number]];
        if (t) t.fp++;
        wrong.push(`extra ${f.kind}: ${f.text}`);
      });
      expect(wrong).toEqual([]);
    });
  }

  it('scores F1 ≥ 0.9 for every kind over all of them', () => {
    for (const k of KINDS) {
      const { tp, fp, fn } = totals[k] as { tp: number; fp: number; fn: number };
      const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
      expect(f1, k).toBeGreaterThanOrEqual(0.9);
    }
  });
});
