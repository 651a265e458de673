import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeLetter } from '../lib/analyzeLetter';
import { loadLetter } from '../lib/loadLetter';
import type { PdfJs } from '../lib/pdf/readPdfPages';

// Scores annotated letters in-process the way shared/eval/score.mjs scores: same kind,
// word-set Dice ≥ 0.5, best overlap first, each gold span matched once, a found span matching an ignore entry dropped.

export const KINDS = ['law', 'deadline', 'medical_quote', 'sanction'] as const;
export type Kind = (typeof KINDS)[number];

export interface Gold {
  file: string;
  received: string;
  appealDeadline: string | null;
  findings: Array<{ kind: string; text: string; law?: string | null; paragraph?: string | null; date?: string | null; appeal?: boolean }>;
  ignore?: Array<{ text: string }>;
}

export const words = (t: string) =>
  new Set(t.replace(/\u00ad/g, '').replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2').toLowerCase().match(/[\p{L}\p{N}§]+/gu) ?? []);

export function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}

export type Counts = Record<Kind, { tp: number; fp: number; fn: number }>;
export const emptyCounts = (): Counts => Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Counts;
export const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn || 1);

/** One letter scored against its gold: counts added to `totals`, and what went wrong, in words. */
export async function scoreLetter(dir: string, goldFile: string, totals: Counts, pdfjs: PdfJs | null) {
  const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as Gold;
  const doc = await loadLetter(new Uint8Array(readFileSync(join(dir, gold.file))), gold.file, pdfjs as PdfJs);
  const report = analyzeLetter(doc, { file: gold.file, received: gold.received });
  const found = report.findings.filter((f) => (KINDS as readonly string[]).includes(f.kind));
  // Best overlap first, each span matched once (score.mjs `match`).
  const pairs: Array<{ i: number; j: number; d: number }> = [];
  found.forEach((f, i) =>
    gold.findings.forEach((g, j) => {
      const d = f.kind === g.kind ? dice(words(f.text), words(g.text)) : 0;
      if (d >= 0.5) pairs.push({ i, j, d });
    }),
  );
  pairs.sort((a, b) => b.d - a.d);
  const used = new Set<number>();
  const goldOf = new Map<number, number>();
  for (const p of pairs) {
    if (used.has(p.i) || goldOf.has(p.j)) continue;
    used.add(p.i);
    goldOf.set(p.j, p.i);
  }
  const wrong: string[] = [];
  gold.findings.forEach((g, j) => {
    const t = totals[g.kind as Kind];
    if (!t) return;
    const i = goldOf.get(j);
    if (i === undefined) {
      t.fn++;
      wrong.push(`missed ${g.kind}: ${g.text}`);
      return;
    }
    t.tp++;
    const f = found[i];
    if (f?.kind === 'law' && 'law' in g && f.law !== g.law) wrong.push(`law id of "${g.text}": ${f.law}`);
    if (f?.kind === 'law' && 'paragraph' in g && f.paragraph !== g.paragraph) wrong.push(`paragraph of "${g.text}": ${f.paragraph}`);
    if (f?.kind === 'deadline' && g.date && f.date !== g.date) wrong.push(`date of "${g.text}": ${f.date}`);
    if (f?.kind === 'deadline' && g.appeal !== undefined && f.appeal !== g.appeal) wrong.push(`appeal flag of "${g.text}"`);
  });
  found.forEach((f, i) => {
    if (used.has(i) || (gold.ignore ?? []).some((g) => dice(words(f.text), words(g.text)) >= 0.5)) return;
    const t = totals[f.kind as Kind];
    if (t) t.fp++;
    wrong.push(`extra ${f.kind}: ${f.text}`);
  });
  return { gold, report, wrong };
}

/** The gold files of a folder, sorted. */
export const goldsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
