/**
 * The benchmark's figures: medians and ratios from the raw measurements, each target as MET or
 * NOT MET with its figure, a table for the terminal and the JSON written to results/latest.json.
 */
import type { BrowserResult, ViewerRun } from './measureBrowser';
import type { BundleResult } from './measureBundles';
import type { Split } from './splitBundle';
import type { CliResult } from './measureCli';
import type { EngineResult, EngineRun, Timing } from './measureEngine';

/**
 * Peak memory (maxRSS, MB) of analysing the 500-page letter once (the "one pass" figure), measured
 * before the performance work: 558, 553 and 469 MB in three full runs on 3 December 2026, of which
 * about 292 MB is Node, tsx and the loaded code before any letter. The target is half of it.
 */
export const MEMORY_BASELINE_MB: number | null = 553;

export interface Target {
  name: string;
  figure: string;
  met: boolean | null;
}
export interface EngineFigures {
  pages: number;
  chars: number;
  findings: number;
  /** Medians, ms of process CPU time. */
  cpu: Record<keyof EngineRun, number>;
  /** Medians, ms of wall time. */
  wall: Record<keyof EngineRun, number>;
  analysisOfExtraction: number;
  buildingAndAnalysisOfExtraction: number;
  analysisOfRegex: number;
  /** The first, cold pass (ms CPU), as one run of the CLI is. */
  firstPass: { extraction: number; building: number; analysis: number };
  /** The regex pass late in the process (ms CPU). */
  regexLate: number;
  peakRssMB: number;
  peakRssOnePassMB: number;
  peakRssLoadedMB: number;
  /** Every timed pass, for a look at the spread. */
  runs: EngineRun[];
}
export interface Results {
  engine: EngineFigures[];
  growth500to100: number | null;
  cli: (CliResult & { medianBare: number; medianAnalyze: number; medianNpm: number; ratio: number }) | null;
  bundles: BundleResult | null;
  browser: BrowserResult | { skipped: string } | null;
  targets: Target[];
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const STEPS: Array<keyof EngineRun> = ['extraction', 'building', 'analysis', 'regex'];
const medians = (runs: EngineRun[], of: keyof Timing) => Object.fromEntries(STEPS.map((s) => [s, median(runs.map((r) => r[s][of]))])) as Record<keyof EngineRun, number>;

export function engineFigures(r: EngineResult): EngineFigures {
  const cpu = medians(r.runs, 'cpu');
  return {
    pages: r.pages,
    chars: r.chars,
    findings: r.findings,
    cpu,
    wall: medians(r.runs, 'wall'),
    analysisOfExtraction: cpu.analysis / cpu.extraction,
    buildingAndAnalysisOfExtraction: (cpu.building + cpu.analysis) / cpu.extraction,
    analysisOfRegex: cpu.analysis / cpu.regex,
    firstPass: { extraction: r.firstPass.extraction.cpu, building: r.firstPass.building.cpu, analysis: r.firstPass.analysis.cpu },
    regexLate: r.regexLate.cpu,
    peakRssMB: r.peakRssMB,
    peakRssOnePassMB: r.peakRssOnePassMB,
    peakRssLoadedMB: r.peakRssLoadedMB,
    runs: r.runs,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
const times = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)}×`;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (x: number | null) => (x === null ? 'did not finish' : `${(x / 1000).toFixed(2)} s`);
const isViewer = (b: Results['browser']): b is BrowserResult => b !== null && 'runs' in b;

/** Every target, MET / NOT MET (null: not measured in this run). */
export function targets(r: Omit<Results, 'targets'>): Target[] {
  const out: Target[] = [];
  const every = (name: string, pick: (e: EngineFigures) => number, limit: number, show: (x: number) => string) => {
    if (!r.engine.length) return;
    out.push({ name, figure: r.engine.map((e) => `${e.pages} p ${show(pick(e))}`).join(', '), met: r.engine.every((e) => pick(e) <= limit) });
  };
  every('analysis ≤ 10 % of extraction, every size', (e) => e.analysisOfExtraction, 0.1, pct);
  every('building + analysis ≤ 20 % of extraction, every size', (e) => e.buildingAndAnalysisOfExtraction, 0.2, pct);
  every('analysis ≤ 5× the regex pass, every size', (e) => e.analysisOfRegex, 5, times);
  out.push({ name: 'building + analysis: 500 pages ≤ 5.5× 100 pages', figure: r.growth500to100 === null ? 'not measured' : times(r.growth500to100), met: r.growth500to100 === null ? null : r.growth500to100 <= 5.5 });
  const viewer = isViewer(r.browser) ? r.browser.runs : [];
  const run = (pages: number) => viewer.find((v) => v.pages === pages);
  const extraction = (pages: number) => r.engine.find((e) => e.pages === pages)?.wall.extraction;
  const v100 = run(100);
  out.push({ name: 'viewer: first highlight of the 100-page letter ≤ 1 s', figure: v100 ? seconds(v100.firstHighlight) : 'not measured', met: v100 ? v100.firstHighlight !== null && v100.firstHighlight <= 1000 : null });
  for (const v of viewer) {
    const ex = extraction(v.pages);
    out.push({
      name: `viewer: all ${v.pages} pages read ≤ 1.5× extraction (${ex === undefined ? '?' : `${ms(ex)} ms`} wall in Node)`,
      figure: v.done === null || ex === undefined ? seconds(v.done) : `${seconds(v.done)} = ${times(v.done / ex)}`,
      met: v.done !== null && ex !== undefined && v.done <= 1.5 * ex,
    });
  }
  const v500 = run(500);
  out.push({ name: 'viewer: the 500-page letter finishes (within 300 s)', figure: v500 ? seconds(v500.done) : 'not measured', met: v500 ? v500.done !== null : null });
  for (const v of viewer) {
    const longest = Math.max(0, ...v.longTasks.map(([, d]) => d));
    out.push({ name: `viewer: no long task over 50 ms (${v.pages} pages)`, figure: `${v.longTasks.length} long tasks, longest ${longest.toFixed(0)} ms`, met: v.longTasks.length === 0 });
  }
  if (r.cli) out.push({ name: 'CLI: one-page letter ≤ 3× bare node start', figure: `${r.cli.medianAnalyze.toFixed(0)} ms vs ${r.cli.medianBare.toFixed(0)} ms = ${times(r.cli.ratio)}`, met: r.cli.ratio <= 3 });
  const e500 = r.engine.find((e) => e.pages === 500);
  if (e500) {
    const limit = MEMORY_BASELINE_MB === null ? null : MEMORY_BASELINE_MB / 2;
    out.push({
      name: `500 pages: peak memory ≤ half the baseline (${MEMORY_BASELINE_MB === null ? 'no baseline yet' : `${MEMORY_BASELINE_MB} MB`})`,
      figure: `${e500.peakRssOnePassMB.toFixed(0)} MB (one pass), ${e500.peakRssMB.toFixed(0)} MB (all passes)`,
      met: limit === null ? null : e500.peakRssOnePassMB <= limit,
    });
  }
  if (r.bundles) {
    const b = r.bundles;
    const content = b.contentScripts.reduce((n, f) => n + f.bytes, 0);
    out.push({ name: 'content script(s) ≤ 15 kB', figure: kB(content), met: content <= 15_000 });
    out.push({ name: 'background ≤ 20 kB', figure: b.background ? kB(b.background.bytes) : 'none', met: b.background ? b.background.bytes <= 20_000 : null });
    const v = b.viewerSplit;
    out.push({
      name: `viewer's own code at open ≤ 300 kB (${v.method})`,
      figure: `${kB(v.ownCode)} (with the worker's copy of the engine; and ${kB(v.ownData)} JSON data from rules/ and locales/)`,
      met: v.ownCode <= 300_000,
    });
  }
  return out;
}

function engineTable(engine: EngineFigures[], growth: number | null): string[] {
  const row = (label: string, cell: (e: EngineFigures) => string) => `  ${label.padEnd(40)}${engine.map((e) => cell(e).padStart(11)).join('')}`;
  return [
    row('Engine (Node)                  pages', (e) => `${e.pages} p`),
    row('pdf.js text extraction, ms CPU', (e) => ms(e.cpu.extraction)),
    row('text building, ms CPU', (e) => ms(e.cpu.building)),
    row('analysis, ms CPU', (e) => ms(e.cpu.analysis)),
    row('one regex pass, ms CPU', (e) => ms(e.cpu.regex)),
    row('analysis ÷ extraction', (e) => pct(e.analysisOfExtraction)),
    row('(building + analysis) ÷ extraction', (e) => pct(e.buildingAndAnalysisOfExtraction)),
    row('analysis ÷ regex pass', (e) => times(e.analysisOfRegex)),
    row('regex pass late in the process, ms CPU', (e) => ms(e.regexLate)),
    row('first (cold) pass: extraction, ms CPU', (e) => ms(e.firstPass.extraction)),
    row('first (cold) pass: build + analysis', (e) => ms(e.firstPass.building + e.firstPass.analysis)),
    row('wall ms: extraction', (e) => ms(e.wall.extraction)),
    row('wall ms: building + analysis', (e) => ms(e.wall.building + e.wall.analysis)),
    row('peak memory, MB: code loaded', (e) => e.peakRssLoadedMB.toFixed(0)),
    row('peak memory, MB: one pass', (e) => e.peakRssOnePassMB.toFixed(0)),
    row('peak memory, MB: all passes', (e) => e.peakRssMB.toFixed(0)),
    row('characters', (e) => String(e.chars)),
    row('findings', (e) => String(e.findings)),
    `  growth 500 ÷ 100 pages of building + analysis: ${growth === null ? 'not measured' : times(growth)}`,
  ];
}

function viewerTable(v: ViewerRun): string {
  const total = v.longTasks.reduce((n, [, d]) => n + d, 0);
  const longest = Math.max(0, ...v.longTasks.map(([, d]) => d));
  return `  ${`${v.pages} pages`.padEnd(10)} first highlight ${seconds(v.firstHighlight).padStart(14)}, all pages ${seconds(v.done).padStart(14)}, long tasks ${v.longTasks.length} (total ${(total / 1000).toFixed(1)} s, longest ${longest.toFixed(0)} ms)${v.errors.length ? `, ${v.errors.length} page errors` : ''}`;
}

/** The table for the terminal. */
export function table(r: Results, reps: string): string {
  const lines: string[] = [];
  if (r.engine.length) lines.push(`Engine: medians of ${reps}; process CPU time (user + system), peak memory = maxRSS of a process per size`, ...engineTable(r.engine, r.growth500to100), '');
  if (r.cli) {
    lines.push(`CLI start (wall, median of ${r.cli.analyze.length}; the ratio is the median of each turn’s own): ${r.cli.command}`);
    lines.push(`  bare node -e 0 ${r.cli.medianBare.toFixed(0)} ms; analyze script run directly ${r.cli.medianAnalyze.toFixed(0)} ms (${times(r.cli.ratio)}); npm run analyze ${r.cli.medianNpm.toFixed(0)} ms`, '');
  }
  if (r.bundles) {
    const b = r.bundles;
    const files = (fs: BundleResult['viewer']) => fs.map((f) => `${f.file} ${kB(f.bytes)} (gzip ${kB(f.gzip)})`).join(', ');
    lines.push(`Bundles (${b.dir}: ${b.source}${b.stale ? '; OLDER THAN THE SOURCES' : ''}; 1 kB = 1000 bytes)`);
    lines.push(
      `  content scripts: ${files(b.contentScripts) || 'none'}`,
      `  background: ${b.background ? files([b.background]) : 'none'}`,
      `  viewer at open: ${files(b.viewer)}`,
      `  viewer on demand: ${files(b.viewerOnDemand) || 'none'}`,
    );
    const split = (name: string, x: Split) =>
      `  ${name} split (${x.method}): ours ${kB(x.own)} (code ${kB(x.ownCode)}, JSON data from rules/ and locales/ ${kB(x.ownData)}), node_modules ${kB(x.deps)}, bundler glue ${kB(x.other)}`;
    lines.push(split('viewer at open', b.viewerSplit), split('viewer on demand', b.viewerOnDemandSplit));
    if (b.backgroundSplit) lines.push(split('background', b.backgroundSplit));
    lines.push(...b.notes.map((n) => `  note: ${n}`), '');
  } else lines.push('Bundles: not built', '');
  if (isViewer(r.browser)) {
    lines.push(`Viewer in Chromium (${r.browser.chromium}; e2e build ${r.browser.build}; ms from the start of the navigation, wall)`, ...r.browser.runs.map(viewerTable));
    const named = r.browser.runs.some((v) => v.longestFrames.some((f) => f.scripts.length > 0));
    lines.push(
      named
        ? '  long tasks: the longest animation frames, with the scripts Chromium names in them, are in the JSON (longestFrames); our code and pdf.js share the viewer chunk'
        : '  long tasks cannot be attributed to our code or to pdf.js drawing: both run on the main thread from the one viewer chunk, and the long animation frames Chromium reports name no scripts',
      '',
    );
  } else if (r.browser) lines.push(`Viewer in Chromium: skipped (${r.browser.skipped})`, '');
  lines.push('Targets');
  for (const t of r.targets) lines.push(`  ${(t.met === null ? 'NOT MEASURED' : t.met ? 'MET' : 'NOT MET').padEnd(13)}${t.name}: ${t.figure}`);
  return lines.join('\n');
}
