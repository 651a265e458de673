/**
 * Scores the Citat-tjek (lib/citat/checkStatement) on the annotated pairs in
 * tests/citat/pairs/<NN-slug>/: decision.txt, statement.txt and expected.json ({statementKind,
 * scan, quotes: [{quote, flags: [{kind, words}]}], unmentioned: [{text, topic}]}). Each
 * decision.txt is analysed as a letter (fromPlainText, analyzeLetter), its medical quotes held
 * against statement.txt, and the flags compared with expected.json. A predicted flag is a true positive when its kind is the expected flag's and
 * its quote overlaps the expected quote (both placed by their text in the decision); for
 * not-mentioned, when the sentence spans in the statement overlap.
 *
 *   npx tsx tests/citat/scorePairs.ts [-v] [--ocr] [--holdout | --dir <folder>] [pair-name-part]
 *
 * --ocr: also the pairs with a scan (statement.png), their statement read by OCR (lib/ocr/node.ts)
 * and checked as a scanned statement (ocr: true), scored on their own.
 */
import search from 'approx-string-match';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { checkStatement } from '../../lib/citat/checkStatement';
import type { CitatFlagKind, StatementCheck } from '../../lib/schema/statementCheck';
import { fromPlainText } from '../../lib/text/fromPlainText';
import type { DocumentText } from '../../lib/text/types';

export const PAIRS_DIR = join(import.meta.dirname, 'pairs');
export const HOLDOUT_DIR = join(import.meta.dirname, 'holdout');
/**
 * The held-out sets, each written apart from the engine (by someone who saw only GUIDE.md) and
 * scored once before any rule was changed for it. Once tuned on, a set no longer shows what
 * letters never seen give; its first run does.
 */
export const HELD_OUT = [
  { dir: HOLDOUT_DIR, firstRun: { precision: 0.745, recall: 0.761 } },
  { dir: join(import.meta.dirname, 'holdout2'), firstRun: { precision: 0.721, recall: 0.795 } },
  { dir: join(import.meta.dirname, 'holdout3'), firstRun: { precision: 0.667, recall: 0.766 } },
  { dir: join(import.meta.dirname, 'holdout4'), firstRun: { precision: 0.712, recall: 0.7 } },
  { dir: join(import.meta.dirname, 'holdout5'), firstRun: { precision: 0.811, recall: 0.732 } },
  { dir: join(import.meta.dirname, 'holdout6'), firstRun: { precision: 0.738, recall: 0.795 } },
];
export const KINDS: CitatFlagKind[] = ['not-found', 'changed', 'left-out', 'not-mentioned'];

interface Expected {
  statementKind?: string | null;
  scan?: boolean;
  quotes: { quote: string; flags: { kind: CitatFlagKind; words?: string[] }[] }[];
  unmentioned: { text: string; topic?: string }[];
  notes?: string;
}

type Span = [number, number];
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/**
 * Every place `needle` stands in `text`, with case, whitespace, punctuation and quote marks
 * ignored; `approximate` (a text read by OCR): else the best places with one error in ten.
 */
export function locate(text: string, needle: string, approximate = false): Span[] {
  const fold = (s: string) => {
    let out = '';
    const at: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s[i] as string;
      if (/[\p{L}\p{N}]/u.test(c)) {
        out += c.toLowerCase().charAt(0);
        at.push(i);
      } else if (out && !out.endsWith(' ')) {
        out += ' ';
        at.push(i);
      }
    }
    return { s: out, at };
  };
  const t = fold(text);
  const n = fold(needle).s.trim();
  const spans: Span[] = [];
  if (!n) return spans;
  for (let i = t.s.indexOf(n); i >= 0; i = t.s.indexOf(n, i + 1)) spans.push([t.at[i]!, t.at[i + n.length - 1]! + 1]);
  // A text read by OCR may have a letter or two misread: the best place with at most one error in ten.
  if (spans.length === 0 && approximate) {
    for (const m of search(t.s, n, Math.floor(n.length / 10))) spans.push([t.at[m.start]!, t.at[Math.max(m.start, m.end - 1)]! + 1]);
  }
  return spans;
}

interface FlagRef {
  pair: string;
  kind: CitatFlagKind;
  /** In the decision (quote flags) or the statement (not-mentioned). */
  spans: Span[];
  /** What the flag is about, to print. */
  label: string;
  words: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);

export interface PairResult {
  pair: string;
  tp: FlagRef[];
  fp: FlagRef[];
  fn: FlagRef[];
  /** Expected quotes no medical_quote finding of the decision overlaps. */
  missedQuotes: { quote: string; flags: CitatFlagKind[] }[];
  /** Expected texts that could not be placed (an annotation that is not copied exactly). */
  unplaced: string[];
  /** Predicted flags on quotes the annotation does not list. */
  unlisted: FlagRef[];
  kind: { expected: string | null; found: string | null };
  check: StatementCheck;
}

export interface Score {
  pairs: PairResult[];
  byKind: Record<CitatFlagKind, Counts>;
  overall: Counts;
  /** Without the flags of quotes the analysis did not find or the annotation does not list. */
  onFound: Counts;
  kindRight: number;
}

/** The complete pairs (all three files), by name. */
export function pairNames(dir = PAIRS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => ['decision.txt', 'statement.txt', 'expected.json'].every((f) => existsSync(join(dir, d, f))))
    .sort();
}

/** Scores one pair; `scanned`: the statement as read by OCR from its scan, in place of statement.txt. */
export function scorePair(dir: string, pair: string, scanned?: DocumentText): PairResult {
  const read = (f: string) => readFileSync(join(dir, pair, f), 'utf8');
  const expected = JSON.parse(read('expected.json')) as Expected;
  const decision = fromPlainText(read('decision.txt'));
  const statement = scanned ?? fromPlainText(read('statement.txt'));
  const report = analyzeLetter(decision, { file: `${pair}/decision.txt` });
  const check = checkStatement(report, decision.text, { file: `${pair}/statement.${scanned ? 'png' : 'txt'}`, doc: statement, ocr: scanned !== undefined });

  const unplaced: string[] = [];
  const expectedFlags: FlagRef[] = [];
  const quoteSpans: Span[][] = [];
  const missedQuotes: PairResult['missedQuotes'] = [];
  const findings = report.findings.filter((f) => f.kind === 'medical_quote').map((f): Span => [f.start, f.end]);
  for (const q of expected.quotes ?? []) {
    const spans = locate(decision.text, q.quote);
    quoteSpans.push(spans);
    if (spans.length === 0) unplaced.push(`decision: ${q.quote}`);
    else if (!spans.some((s) => findings.some((f) => overlaps(s, f)))) missedQuotes.push({ quote: q.quote, flags: q.flags.map((f) => f.kind) });
    for (const f of q.flags) expectedFlags.push({ pair, kind: f.kind, spans, label: q.quote, words: f.words ?? [] });
  }
  for (const u of expected.unmentioned ?? []) {
    const spans = locate(statement.text, u.text, scanned !== undefined);
    if (spans.length === 0) unplaced.push(`statement: ${u.text}`);
    expectedFlags.push({ pair, kind: 'not-mentioned', spans, label: u.text, words: [] });
  }

  const predicted: FlagRef[] = [
    ...check.quotes.flatMap((q) => q.flags.map((f): FlagRef => ({ pair, kind: f.kind, spans: [[q.quoteStart, q.quoteEnd]], label: q.quote, words: f.words }))),
    ...check.unmentioned.map((u): FlagRef => ({ pair, kind: 'not-mentioned', spans: [[u.start, u.end]], label: u.text, words: [] })),
  ];

  const used = new Set<FlagRef>();
  const tp: FlagRef[] = [];
  const fp: FlagRef[] = [];
  for (const p of predicted) {
    const hit = expectedFlags.find((e) => !used.has(e) && e.kind === p.kind && e.spans.some((s) => p.spans.some((x) => overlaps(s, x))));
    if (hit) {
      used.add(hit);
      tp.push(p);
    } else fp.push(p);
  }
  const fn = expectedFlags.filter((e) => !used.has(e));
  const listed = quoteSpans.flat();
  const unlisted = fp.filter((p) => p.kind !== 'not-mentioned' && !p.spans.some((x) => listed.some((s) => overlaps(s, x))));
  return { pair, tp, fp, fn, missedQuotes, unplaced, unlisted, kind: { expected: expected.statementKind ?? null, found: check.statement.kind }, check };
}

export function scorePairs(dir = PAIRS_DIR, only?: string): Score {
  return total(
    pairNames(dir)
      .filter((p) => !only || p.includes(only))
      .map((p) => scorePair(dir, p)),
  );
}

/** The pairs with a scan (statement.png), their statement read by OCR and checked as scanned. */
export async function scoreScans(dir = PAIRS_DIR, only?: string): Promise<Score> {
  const { recogniseImageNode } = await import('../../lib/ocr/node');
  const pairs: PairResult[] = [];
  for (const p of pairNames(dir).filter((x) => (!only || x.includes(only)) && existsSync(join(dir, x, 'statement.png')))) {
    const read = await recogniseImageNode(join(dir, p, 'statement.png'));
    pairs.push(scorePair(dir, p, read.doc));
  }
  return total(pairs);
}

function total(pairs: PairResult[]): Score {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<CitatFlagKind, Counts>;
  const onFound: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const r of pairs) {
    for (const f of r.tp) byKind[f.kind].tp++;
    for (const f of r.fp) byKind[f.kind].fp++;
    for (const f of r.fn) byKind[f.kind].fn++;
    const missed = new Set(r.missedQuotes.map((m) => m.quote));
    onFound.tp += r.tp.length;
    onFound.fp += r.fp.filter((f) => !r.unlisted.includes(f)).length;
    onFound.fn += r.fn.filter((f) => !missed.has(f.label)).length;
  }
  const overall = KINDS.reduce((a, k) => ({ tp: a.tp + byKind[k].tp, fp: a.fp + byKind[k].fp, fn: a.fn + byKind[k].fn }), { tp: 0, fp: 0, fn: 0 });
  const kindRight = pairs.filter((r) => (r.kind.expected ?? null) === r.kind.found).length;
  return { pairs, byKind, overall, onFound, kindRight };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`.padStart(8);
const row = (name: string, c: Counts) => `${name.padEnd(16)} P ${pct(precision(c))}  R ${pct(recall(c))}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

export function formatScore(score: Score, verbose: boolean): string {
  const out: string[] = [];
  if (verbose) {
    for (const r of score.pairs) {
      out.push(`\n== ${r.pair}  (kind: expected ${r.kind.expected ?? '-'}, found ${r.kind.found ?? '-'})`);
      for (const q of r.check.quotes) {
        const m = q.match ? `${q.match.how} ${q.match.similarity}: «${q.match.text.slice(0, 90)}»` : 'no match';
        out.push(`  quote «${q.quote.slice(0, 90)}» → ${m}`);
        for (const f of q.flags) out.push(`      ${f.kind}: ${f.words.map((w) => `«${w}»`).join(', ')}`);
      }
      for (const f of r.fp) out.push(`  FP ${f.kind}: «${f.label.slice(0, 100)}» ${f.words.length ? f.words.map((w) => `«${w}»`).join(', ') : ''}`);
      for (const f of r.fn) out.push(`  FN ${f.kind}: «${f.label.slice(0, 100)}» ${f.words.length ? f.words.map((w) => `«${w}»`).join(', ') : ''}`);
      for (const m of r.missedQuotes) out.push(`  quote not found by the analysis: «${m.quote}» [${m.flags.join(', ') || 'faithful'}]`);
      for (const u of r.unplaced) out.push(`  annotation text not found: ${u}`);
    }
    out.push('');
  }
  out.push(`Citat-tjek on ${score.pairs.length} pairs`);
  for (const k of KINDS) out.push(row(k, score.byKind[k]));
  out.push(row('overall', score.overall));
  out.push(row('on found quotes', score.onFound));
  out.push(`statement kind right in ${score.kindRight} of ${score.pairs.length}`);
  const missed = score.pairs.flatMap((r) => r.missedQuotes.map((m) => `  ${r.pair}: «${m.quote}» [${m.flags.join(', ') || 'faithful'}]`));
  out.push(`quotes the decision analysis did not find: ${missed.length}`, ...missed);
  const unlisted = score.pairs.flatMap((r) => r.unlisted.map((f) => `  ${r.pair}: ${f.kind} on «${f.label.slice(0, 80)}»`));
  if (unlisted.length) out.push(`flags on quotes the annotation does not list: ${unlisted.length}`, ...unlisted);
  const unplaced = score.pairs.flatMap((r) => r.unplaced.map((u) => `  ${r.pair}: ${u}`));
  if (unplaced.length) out.push(`annotated texts not found word for word: ${unplaced.length}`, ...unplaced);
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v');
  // --holdout: the first held-out set (tests/citat/holdout/); --dir for the others (holdout2, holdout3) or a new one.
  // --dir <folder>: pairs elsewhere (a new held-out set, scored before it joins the repo).
  const dirAt = args.indexOf('--dir');
  const dir = dirAt >= 0 ? (args[dirAt + 1] as string) : args.includes('--holdout') ? HOLDOUT_DIR : PAIRS_DIR;
  const only = args.find((a, i) => !a.startsWith('-') && i !== dirAt + 1);
  console.log(formatScore(scorePairs(dir, only), verbose));
  if (args.includes('--ocr')) {
    console.log('\nThe same, the statements with a scan read by OCR:');
    console.log(formatScore(await scoreScans(PAIRS_DIR, only), verbose));
  }
}
