/**
 * npm run bench: the performance benchmark (a benchmark, not a test; it fails only if it cannot run).
 *
 *   npx tsx tests/bench/run.ts [--quick] [--no-browser] [--browser]
 *
 * Letters of 1, 10, 100 and 500 pages (tests/bench/makeLetters.ts); for each, in a process of its
 * own, pdf.js text extraction, text building, analysis and one regex pass as the yardstick (medians
 * of 5 runs, 3 for 500 pages, process CPU time) and the peak memory; the CLI's start; the bundle
 * sizes; and, with Chromium (by default when /usr/bin/chromium exists), the viewer on the 100- and
 * 500-page letters. Prints a table with every target MET / NOT MET and writes
 * tests/bench/results/latest.json (not committed: tests/bench/results/.gitignore).
 *
 * --quick: 1 run, sizes 1/10/100, no browser, no rebuilding (a quick check; writes quick.json).
 * --no-browser: no Chromium.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../e2e/browser';
import { benchLetter, ONE_PAGE_TEXT, ROOT } from './makeLetters';
import { measureBrowser } from './measureBrowser';
import { measureBundles } from './measureBundles';
import { measureCli } from './measureCli';
import { measureEngine } from './measureEngine';
import { engineFigures, median, table, targets, type EngineFigures, type Results } from './report';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const browser = !quick && !args.includes('--no-browser') && (args.includes('--browser') || existsSync(CHROMIUM));
const sizes = quick ? [1, 10, 100] : [1, 10, 100, 500];
const repsOf = (pages: number) => (quick ? 1 : pages >= 500 ? 3 : 5);
const step = (what: string) => process.stderr.write(`bench: ${what} …\n`);

async function main() {
  const started = performance.now();
  const load = loadavg();
  const engine: EngineFigures[] = [];
  for (const pages of sizes) {
    step(`${pages}-page letter`);
    engine.push(engineFigures(measureEngine(await benchLetter(pages), repsOf(pages))));
  }
  const by = (pages: number) => engine.find((e) => e.pages === pages);
  const e100 = by(100);
  const e500 = by(500);
  const growth500to100 = e100 && e500 ? (e500.cpu.building + e500.cpu.analysis) / (e100.cpu.building + e100.cpu.analysis) : null;

  step('CLI start');
  const cliRuns = measureCli(ONE_PAGE_TEXT, quick ? 1 : 9);
  // The ratio of each turn's two runs, taken side by side, then their median: a bare node slowed by
  // a busy moment in one turn does not make the command line look fast.
  const ratio = median(cliRuns.analyze.map((ms, i) => ms / (cliRuns.bareNode[i] ?? ms)));
  const cli = { ...cliRuns, medianBare: median(cliRuns.bareNode), medianAnalyze: median(cliRuns.analyze), medianNpm: median(cliRuns.npmRunAnalyze), ratio };

  step(quick ? 'bundle sizes (no rebuilding)' : 'bundle sizes (building if the build is older than the sources)');
  const bundles = measureBundles(!quick);

  step(browser ? 'viewer in Chromium (under /tmp/brevtjek-e2e.lock)' : 'no browser');
  const viewer = browser ? measureBrowser([100, 500], true) : null;

  const partial = { engine, growth500to100, cli, bundles, browser: viewer };
  const results: Results = { ...partial, targets: targets(partial) };
  const seconds = (performance.now() - started) / 1000;
  const reps = quick ? '1 run' : '5 runs (3 for 500 pages) after one untimed run';
  console.log(`\n${table(results, reps)}\n\nThe benchmark took ${seconds.toFixed(0)} s (load average ${load.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end).`);

  const dir = join(ROOT, 'tests/bench/results');
  mkdirSync(dir, { recursive: true });
  const meta = { date: new Date().toISOString(), node: process.version, quick, browser, seconds, loadavgStart: load, loadavgEnd: loadavg(), timeUnit: 'ms of process CPU time (cpu) and of wall time (wall)' };
  const out = quick ? 'quick.json' : 'latest.json';
  writeFileSync(join(dir, out), `${JSON.stringify({ meta, ...results }, null, 2)}\n`);
  console.log(`Written to tests/bench/results/${out}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
