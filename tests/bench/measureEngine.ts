/**
 * Times the engine on one letter, in a process of its own so letters of different sizes do not
 * share a heap: pdf.js text extraction (readPdfPages with the legacy Node build, as the CLI does),
 * text building (buildDocumentText), analysis (analyzeLetter) and, as the yardstick, one pass of a
 * combined regular expression over the same text. One untimed pass first (cold, as one run of the
 * CLI is; it gives the peak memory of analysing the letter once), then the regex pass `reps` times,
 * then `reps` timed passes of the rest. Times
 * are process CPU time (user + system, all threads, so the collector's helper threads count too)
 * with wall time beside it. No forced garbage collection between steps: forced collections flush
 * compiled code and slowed pdf.js by a third; each step pays for the collections it triggers.
 *
 *   node --import tsx tests/bench/measureEngine.ts <letter.pdf> <reps>   (prints JSON)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './makeLetters';

export interface Timing {
  /** Milliseconds of process CPU time (user + system). */
  cpu: number;
  /** Milliseconds of wall time. */
  wall: number;
}
export interface EngineRun {
  extraction: Timing;
  building: Timing;
  analysis: Timing;
  regex: Timing;
}
export interface EngineResult {
  file: string;
  pages: number;
  chars: number;
  findings: number;
  regexMatches: number;
  /** The first, untimed pass: cold, as a single run of the CLI is (JIT warm-up included). */
  firstPass: Omit<EngineRun, 'regex'>;
  /** The timed passes; the regex pass of each is timed right after the first pass, before them. */
  runs: EngineRun[];
  /**
   * The regex pass once more after all passes. V8 (Node 20) then often runs regexes several times
   * slower than just after the first pass (its regex tier-up: with --no-regexp-tier-up it does not).
   */
  regexLate: Timing;
  /** Peak resident set size in MB (process.resourceUsage().maxRSS) with the code loaded, before any letter. */
  peakRssLoadedMB: number;
  /** The same after the first, untimed pass over the letter. */
  peakRssOnePassMB: number;
  /** The same at the end of the process, after all passes. */
  peakRssMB: number;
}

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
/** The yardstick: what a single pass of a simple scanner for laws, dates and deadlines costs. */
export const YARDSTICK = new RegExp(`§\\s*\\d+|\\d{1,2}\\.\\s*(?:${MONTHS})\\s*\\d{4}|klage|senest|frist|læge`, 'gi');

const rssMB = () => process.resourceUsage().maxRSS / 1024;

async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; time: Timing }> {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const value = await fn();
  const wall = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  return { value, time: { cpu: (cpu.user + cpu.system) / 1000, wall } };
}

/** One regex pass over the text, to its end; returns the number of matches. */
function regexPass(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(YARDSTICK)) n++;
  return n;
}

/**
 * The regex pass, after five untimed passes (V8 compiles a regex only after it has run it a
 * while). Too quick to time once on a short letter, it is repeated for at least 20 ms; the time
 * is per pass.
 */
function timedRegex(text: string): { value: number; time: Timing } {
  for (let i = 0; i < 5; i++) regexPass(text);
  let passes = 0;
  let value = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  do {
    value = regexPass(text);
    passes++;
  } while (performance.now() - start < 20);
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { value, time: { cpu: (cpu.user + cpu.system) / 1000 / passes, wall: wall / passes } };
}

async function measure(file: string, reps: number): Promise<EngineResult> {
  const { readPdfPages } = await import('../../lib/pdf/readPdfPages');
  const { buildDocumentText } = await import('../../lib/text/buildDocumentText');
  const { analyzeLetter } = await import('../../lib/analyzeLetter');
  type PdfJs = import('../../lib/pdf/readPdfPages').PdfJs;
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const bytes = new Uint8Array(readFileSync(file));
  const name = basename(file);
  const peakRssLoadedMB = rssMB();

  const pass = async () => {
    const extraction = await timed(() => readPdfPages(pdfjs, bytes));
    const building = await timed(() => buildDocumentText(extraction.value));
    const analysis = await timed(() => analyzeLetter(building.value, { file: name }));
    return { extraction, building, analysis };
  };
  const first = await pass();
  const peakRssOnePassMB = rssMB();
  const text = first.building.value.text;
  // The yardstick right after the first pass: later in the process V8 runs regexes several times slower (see regexLate).
  const regex = Array.from({ length: reps }, () => timedRegex(text));
  const runs: EngineRun[] = [];
  for (let r = 0; r < reps; r++) {
    const p = await pass();
    runs.push({ extraction: p.extraction.time, building: p.building.time, analysis: p.analysis.time, regex: (regex[r] as { time: Timing }).time });
  }
  return {
    file: name,
    pages: first.extraction.value.length,
    chars: text.length,
    findings: first.analysis.value.findings.length,
    regexMatches: regex[0]?.value ?? 0,
    firstPass: { extraction: first.extraction.time, building: first.building.time, analysis: first.analysis.time },
    runs,
    regexLate: timedRegex(text).time,
    peakRssLoadedMB,
    peakRssOnePassMB,
    peakRssMB: rssMB(),
  };
}

/** Measures one letter in a child process (node --import tsx). */
export function measureEngine(file: string, reps: number): EngineResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), file, String(reps)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`measuring ${basename(file)} failed (${child.status ?? child.signal}): ${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as EngineResult;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, reps] = process.argv.slice(2);
  if (!file) throw new Error('usage: measureEngine.ts <letter.pdf> <reps>');
  measure(file, Number(reps) || 1).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
