/**
 * The variation harness: runs the analyzers on sentences generated from grammar tables
 * (tests/variants/grammar.ts), in prose and hard-wrapped as text copied from a PDF, and reports
 * recall and precision per pattern. Exits 1 when a pattern falls under --min (default 0.95).
 *   npm run eval:variants [-- --min 0.95 --verbose]
 */
import { analyzeLetter } from '../../lib/analyzeLetter';
import { fromPlainText } from '../../lib/text/fromPlainText';
import { variants, wrapped } from './grammar';

const args = process.argv.slice(2);
const min = args.includes('--min') ? Number(args[args.indexOf('--min') + 1]) : 0.95;
const verbose = args.includes('--verbose');
const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}§]+/gu) ?? []);
function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}

const byPattern = new Map<string, { tp: number; fp: number; fn: number; bad: string[] }>();
for (const v of variants()) {
  for (const layout of ['prosa', 'ombrudt'] as const) {
    const text = layout === 'prosa' ? v.text : wrapped(v.text, 48);
    const report = analyzeLetter(fromPlainText(text), { file: 'variant.txt', received: '2026-03-10' });
    const found = report.findings.filter((f) => f.kind === v.kind).map((f) => f.text);
    const row = byPattern.get(v.pattern) ?? { tp: 0, fp: 0, fn: 0, bad: [] };
    const used = new Set<number>();
    for (const want of v.expected) {
      const i = found.findIndex((f, i) => !used.has(i) && dice(words(f), words(want)) >= 0.5);
      if (i < 0) {
        row.fn++;
        row.bad.push(`missed (${layout}): ${want}  ⟵ ${text.replace(/\n/g, '⏎')}`);
      } else {
        used.add(i);
        row.tp++;
      }
    }
    found.forEach((f, i) => {
      if (used.has(i)) return;
      row.fp++;
      row.bad.push(`extra (${layout}): ${f}  ⟵ ${text.replace(/\n/g, '⏎')}`);
    });
    byPattern.set(v.pattern, row);
  }
}

let failing = 0;
console.log('pattern'.padEnd(44), 'recall', ' prec.', '  (tp fp fn)');
for (const [pattern, r] of [...byPattern].sort()) {
  const recall = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1;
  const precision = r.tp + r.fp ? r.tp / (r.tp + r.fp) : r.fp ? 0 : 1;
  const low = recall < min || precision < min;
  if (low) failing++;
  console.log(`${low ? '✗' : ' '} ${pattern.padEnd(42)} ${(100 * recall).toFixed(1).padStart(6)} ${(100 * precision).toFixed(1).padStart(6)}   (${r.tp} ${r.fp} ${r.fn})`);
  if (verbose || low) for (const b of r.bad.slice(0, verbose ? 50 : 3)) console.log(`      ${b}`);
}
console.log(failing ? `${failing} pattern(s) under ${min}` : `every pattern at or above ${min}`);
process.exitCode = failing ? 1 : 0;
