/**
 * Bundle sizes of the built extension: the content script(s), the background script and the
 * viewer's scripts (viewer.html's scripts and every script they import, with the pdf.js worker),
 * the viewer split into our own code and node_modules by the build's sourcemaps.
 *
 * The build is tests/bench/wxt.bench.config.ts (the extension's build with hidden sourcemaps,
 * made under /tmp/brevtjek-e2e.lock as the browser tests' builds are), made again when older than
 * the sources. If it cannot be made, the newest of it and .output/chrome-mv3 is measured (without
 * sourcemaps the split is estimated by file name); with neither, "not built".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CACHE, ROOT } from './makeLetters';
import { split, type Split } from './splitBundle';

export const LOCK = '/tmp/brevtjek-e2e.lock';
const BENCH_BUILD = join(CACHE, 'build/chrome-mv3');
const PLAIN_BUILD = join(ROOT, '.output/chrome-mv3');
/** What the build is made from. */
const SOURCES = ['entrypoints', 'components', 'lib', 'rules', 'locales', 'public', 'wxt.config.ts', 'package.json', 'package-lock.json'];

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}
export interface BundleResult {
  dir: string;
  /** Where the build came from: made now, reused, or an older one after a failed build. */
  source: string;
  stale: boolean;
  contentScripts: FileSize[];
  background: FileSize | null;
  /** The viewer's scripts loaded at open. */
  viewer: FileSize[];
  viewerSplit: Split;
  /** The viewer's scripts loaded on demand (export writers, OCR). */
  viewerOnDemand: FileSize[];
  viewerOnDemandSplit: Split;
  backgroundSplit: Split | null;
  notes: string[];
}

/** The newest modification time of a file or of any file under a folder. */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) walk(join(p, f));
    else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach((p) => walk(resolve(ROOT, p)));
  return newest;
}

const builtAt = (dir: string) => (existsSync(join(dir, 'manifest.json')) ? statSync(join(dir, 'manifest.json')).mtimeMs : 0);
export const sourcesNewerThan = (dir: string) => newestMtime(SOURCES) > builtAt(dir);

/** Makes the bench build under the e2e lock (waiting at most 10 minutes for it); the error text if it fails. */
function build(): string | null {
  const run = spawnSync('flock', ['-w', '600', LOCK, 'npx', 'wxt', 'build', '-c', 'tests/bench/wxt.bench.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return run.status === 0 ? null : buildError(run);
}

/** The first error line of a failed build's output. */
export function buildError(run: { stdout: string; stderr: string; status: number | null; signal: string | null }): string {
  const text = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  return (text.match(/\[[A-Z_]+\][^\n]*|Error[^\n]*/)?.[0] ?? `exit ${run.status ?? run.signal}`).trim();
}

function sizeOf(dir: string, file: string): FileSize {
  const bytes = readFileSync(join(dir, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The viewer's scripts: those viewer.html loads, and those they import or name (the pdf.js worker), transitively. */
/**
 * The viewer's scripts: those it loads at open (viewer.html's scripts, what they import, the
 * chunk the entry imports at once, the workers it starts) and those loaded on demand (a chunk
 * that a later chunk imports with import(): the export writers, OCR).
 */
function viewerScripts(dir: string): { atOpen: string[]; onDemand: string[] } {
  const html = readFileSync(join(dir, 'viewer.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => (m[1] as string).replace(/^\//, ''));
  const todo = entries.map((file) => ({ file, onDemand: false }));
  const atOpen = new Set<string>();
  const onDemand = new Set<string>();
  while (todo.length) {
    const { file, onDemand: lazy } = todo.shift() as { file: string; onDemand: boolean };
    if (atOpen.has(file) || (lazy && onDemand.has(file)) || !existsSync(join(dir, file))) continue;
    (lazy ? onDemand : atOpen).add(file);
    if (!lazy) onDemand.delete(file);
    // Vite's list of what each dynamic import preloads names the lazy chunks too: not a load of its own.
    const code = readFileSync(join(dir, file), 'utf8').replace(/const __vite__mapDeps=[^\n]*/, '');
    for (const m of code.matchAll(/(import\(\s*)?["'`]((?:\.{1,2})?\/?[\w./-]+\.m?js)["'`]/g)) {
      const ref = m[2] as string;
      const path = ref.startsWith('.') ? relative(dir, resolve(dir, dirname(file), ref)) : ref.replace(/^\//, '');
      if (!/^(chunks|assets)\//.test(path)) continue;
      // A dynamic import from the entry itself runs at open (entrypoints/viewer/main.tsx imports start.tsx so); one from a later chunk waits for the user.
      const later = m[1] !== undefined && !entries.includes(file);
      todo.push({ file: path, onDemand: lazy || later });
    }
  }
  return { atOpen: [...atOpen].sort(), onDemand: [...onDemand].filter((f) => !atOpen.has(f)).sort() };
}

/** Measures the bench build (made if missing or older than the sources, unless `mayBuild` is false). */
export function measureBundles(mayBuild: boolean): BundleResult | null {
  const notes: string[] = [];
  let source = 'reused';
  if (sourcesNewerThan(BENCH_BUILD)) {
    if (mayBuild) {
      const error = build();
      source = error ? `build failed (${error}); an older build` : 'built now';
      if (error) notes.push(`the build failed: ${error}`);
    } else source = 'older than the sources (not rebuilt with --quick)';
  }
  const dir = [BENCH_BUILD, PLAIN_BUILD].filter((d) => builtAt(d) > 0).sort((a, b) => builtAt(b) - builtAt(a))[0];
  if (!dir) return null;
  if (dir === PLAIN_BUILD) source = `${source}; .output/chrome-mv3 used (no sourcemaps)`;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
    background?: { service_worker?: string };
  };
  const scripts = viewerScripts(dir);
  return {
    dir: relative(ROOT, dir),
    source,
    stale: sourcesNewerThan(dir),
    contentScripts: (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => sizeOf(dir, f)),
    background: manifest.background?.service_worker ? sizeOf(dir, manifest.background.service_worker) : null,
    viewer: scripts.atOpen.map((f) => sizeOf(dir, f)),
    viewerSplit: split(dir, scripts.atOpen, notes),
    viewerOnDemand: scripts.onDemand.map((f) => sizeOf(dir, f)),
    viewerOnDemandSplit: split(dir, scripts.onDemand, notes),
    backgroundSplit: manifest.background?.service_worker ? split(dir, [manifest.background.service_worker], notes) : null,
    notes,
  };
}
