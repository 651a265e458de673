/**
 * The viewer in Chromium, on the long letters: the e2e build of the extension (made again under
 * the lock when older than the sources: NODE_ENV=production wxt build --mode e2e), each letter
 * served from the benchmark's cache and opened as the browser tests open one (viewer.html?file=…).
 * An init script, there before the viewer's own code, records in the page (performance.now(), from
 * the start of the navigation): the first highlight (`main.pages .hl`), the moment all pages are
 * read (`main.pages[data-letter-state="done"]`), and the main thread's long tasks ('longtask') and
 * long animation frames (which name the scripts that ran). Gives up on a letter after 300 s. The
 * one-page letter is opened first, untimed, so the first timed letter does not pay for a cold start.
 *
 * Runs in its own process under `flock /tmp/brevtjek-e2e.lock`, as the browser tests do:
 *   flock /tmp/brevtjek-e2e.lock node --import tsx tests/bench/measureBrowser.ts <pages>…   (prints JSON)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { serve } from '../e2e/server';
import { benchLetter, CACHE, ROOT } from './makeLetters';
import { buildError, LOCK, sourcesNewerThan } from './measureBundles';

const GIVE_UP_MS = 300_000;

export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  scripts: Array<{ invoker: string; fn: string; url: string; duration: number }>;
}
export interface ViewerRun {
  pages: number;
  /** Milliseconds from the start of the navigation, or null if it did not happen. */
  firstHighlight: number | null;
  done: number | null;
  /** Long tasks on the main thread until done (or giving up): [start, duration] in ms. */
  longTasks: Array<[number, number]>;
  /** The five longest animation frames over 50 ms, with the scripts that ran in them. */
  longestFrames: LongFrame[];
  errors: string[];
}
export interface BrowserResult {
  build: string;
  chromium: string;
  runs: ViewerRun[];
}

/** Installed before the viewer's code runs. A string, not a function: tsx would add helpers the page does not have. */
const RECORDER = `(() => {
  if (location.pathname !== '/viewer.html') return;
  const b = (window.__brevtjekBench = { firstHighlight: null, done: null, longTasks: [], frames: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({ invoker: s.invoker, fn: s.sourceFunctionName, url: s.sourceURL.replace(/^.*\\//, ''), duration: s.duration })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const observer = new MutationObserver(() => {
    if (b.firstHighlight === null && document.querySelector('main.pages .hl')) b.firstHighlight = performance.now();
    if (b.done === null && document.querySelector('main.pages[data-letter-state="done"]')) b.done = performance.now();
    if (b.firstHighlight !== null && b.done !== null) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-letter-state', 'class'] });
})();`;

interface Recorded {
  firstHighlight: number | null;
  done: number | null;
  longTasks: Array<[number, number]>;
  frames: LongFrame[];
}

/** The e2e build, made again if it is missing or older than the sources; what was done, or null if there is none. */
function e2eBuild(mayBuild: boolean): string | null {
  if (!sourcesNewerThan(EXTENSION_DIR)) return 'reused (newer than the sources)';
  if (!mayBuild) return existsSync(join(EXTENSION_DIR, 'manifest.json')) ? 'reused (older than the sources)' : null;
  const run = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (run.status === 0) return 'built now';
  return existsSync(join(EXTENSION_DIR, 'manifest.json')) ? `build failed (${buildError(run)}); an older build reused` : null;
}

async function measure(sizes: number[], mayBuild: boolean): Promise<BrowserResult | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const build = e2eBuild(mayBuild);
  if (!build) return { skipped: `no e2e build in ${EXTENSION_DIR} and it could not be made` };
  const files = await Promise.all(sizes.map(benchLetter));
  const { url: base, server } = await serve([CACHE]);
  const { context, extensionId } = await launchWithExtension();
  const viewerUrl = (file: string) => `chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${base}/${basename(file)}`)}`;
  const runs: ViewerRun[] = [];
  let chromium = CHROMIUM;
  try {
    // Warm-up, not timed: the one-page letter, so the first timed letter does not pay for a cold start.
    const warm = await context.newPage();
    await warm.goto(viewerUrl(await benchLetter(1)));
    await warm.waitForSelector('main.pages[data-letter-state="done"]', { timeout: 60_000 }).catch(() => undefined);
    await warm.close();
    for (const [i, pages] of sizes.entries()) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.addInitScript(RECORDER);
      chromium = (await page.evaluate('navigator.userAgent')) as string;
      const started = Date.now();
      await page.goto(viewerUrl(files[i] as string), { waitUntil: 'commit' });
      let seen: Recorded | null = null;
      while (Date.now() - started < GIVE_UP_MS) {
        await new Promise((r) => setTimeout(r, 250));
        seen = (await page.evaluate('window.__brevtjekBench ?? null').catch(() => seen)) as Recorded | null;
        if (seen?.done != null) break;
      }
      const done = seen?.done != null && seen.done <= GIVE_UP_MS ? seen.done : null;
      const until = done ?? GIVE_UP_MS;
      runs.push({
        pages,
        firstHighlight: seen?.firstHighlight ?? null,
        done,
        longTasks: (seen?.longTasks ?? []).filter(([start]) => start <= until),
        longestFrames: [...(seen?.frames ?? [])].sort((a, b) => b.duration - a.duration).slice(0, 5),
        errors,
      });
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
  }
  return { build, chromium: /Chrome\/[\d.]+/.exec(chromium)?.[0] ?? chromium, runs };
}

/** Runs the viewer measurement in a child process under the e2e lock (waiting at most 20 minutes for it). */
export function measureBrowser(sizes: number[], mayBuild: boolean): BrowserResult | { skipped: string } {
  const child = spawnSync('flock', ['-w', '1200', LOCK, process.execPath, '--import', 'tsx', fileURLToPath(import.meta.url), mayBuild ? '--build' : '--no-build', ...sizes.map(String)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status === 1 && !child.stdout.trim() && !child.stderr.trim()) return { skipped: `could not take ${LOCK} within 20 minutes` };
  if (child.status !== 0) return { skipped: `the browser run failed (${child.status ?? child.signal}): ${child.stderr.trim().split('\n').slice(-5).join(' / ')}` };
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as BrowserResult | { skipped: string };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  measure(args.filter((a) => !a.startsWith('--')).map(Number), !args.includes('--no-build')).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
