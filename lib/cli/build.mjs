// Bundles the command line (lib/cli/analyze.ts) into plain JavaScript that node runs without
// compiling TypeScript at every start (tsx did, and that was most of a run):
//
//   .output/cli/analyze.cjs    the main thread: reading a text letter, the analysis, the report.
//                              One CommonJS script, so lib/cli/run.mjs can run it with V8's code
//                              cache (node 20 has none for ES modules).
//   .output/cli/pdfWorker.mjs  pdf.js's worker thread (lib/cli/pdfWorker.ts), with its chunks
//                              (chunk-*.mjs; the OCR code is one, loaded only for --ocr).
//   .output/cli/build.json     when it was built and every file it was built from (esbuild's
//                              metafile inputs), so run.mjs can tell cheaply whether it is stale.
//
// pdfjs-dist and tesseract.js stay outside the bundle, imported by the worker only when needed;
// the other packages are bundled (fewer files for node to find and read at start).
//
//   node lib/cli/build.mjs     builds it; lib/cli/run.mjs does too when it is missing or stale.

import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = join(ROOT, '.output', 'cli');
export const MAIN = join(OUT_DIR, 'analyze.cjs');
export const WORKER = join(OUT_DIR, 'pdfWorker.mjs');
export const BUILD_INFO = join(OUT_DIR, 'build.json');

/** Packages left to node's own import, in the worker only: large, and needed only for a PDF or OCR. */
const WORKER_EXTERNAL = ['pdfjs-dist', 'tesseract.js'];

/**
 * Files the bundle depends on besides its own sources: this script, and for the packages bundled
 * (zod, diff, …) npm's lock files, which change when a package does. The packages' own files are
 * not checked: npm gives every file it installs the same old mtime.
 */
const BUILD_FILES = ['lib/cli/build.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];

/**
 * Validates every rules file (and its English overlay) with zod, by running lib/rules/validate.ts
 * bundled on its own: a broken rule stops the build, naming the file and the place. The bundle
 * itself reads them without zod (lib/rules/validate.ts is not part of it).
 */
async function checkRules(build, createRequire) {
  const out = await build({
    ...shared,
    minify: false,
    metafile: false,
    logLevel: 'error',
    format: 'cjs',
    stdin: { contents: "import { checkAllRules } from './lib/rules/validate'; checkAllRules();", resolveDir: ROOT, loader: 'ts', sourcefile: 'check-rules.ts' },
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
}

/** The V8 code cache file for a main bundle of this hash (lib/cli/run.mjs writes it). */
export const cacheFile = (hash) => join(OUT_DIR, `analyze-${hash}.cache`);

/** Writes a file whole or not at all, so a run at the same time never reads half of one. */
export function writeAtomic(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

const shared = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  metafile: true,
  write: false,
};

/**
 * Builds the bundle; returns the build info written beside it. Warnings are shown when asked
 * (node lib/cli/build.mjs), not when lib/cli/run.mjs builds: there stderr is the command line's.
 */
export async function buildCli({ logLevel = 'error' } = {}) {
  // Imported here, not above: lib/cli/run.mjs imports this file at every start.
  const [{ build }, { createHash }, { builtinModules, createRequire }] = await Promise.all([import('esbuild'), import('node:crypto'), import('node:module')]);
  const started = Date.now();
  await checkRules(build, createRequire);
  const [main, worker] = await Promise.all([
    build({
      ...shared,
      logLevel,
      entryPoints: ['lib/cli/analyze.ts'],
      outfile: MAIN,
      format: 'cjs',
      // Strict, as the ES modules it is made of; and import.meta.url (workerPdf.ts finds the worker by it) as a CommonJS script has it.
      banner: { js: '"use strict";var __bundleUrl=require("node:url").pathToFileURL(__filename).href;' },
      define: { 'import.meta.url': '__bundleUrl', 'import.meta.resolve': 'undefined' },
    }),
    build({
      ...shared,
      logLevel,
      entryPoints: { pdfWorker: 'lib/cli/pdfWorker.ts' },
      outdir: OUT_DIR,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      splitting: true,
      format: 'esm',
      external: WORKER_EXTERNAL,
    }),
  ]);
  // The main thread imports only node's own modules: pdf.js there would change its built-ins.
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const out of Object.values(main.metafile.outputs)) {
    const foreign = out.imports.filter((i) => i.external && !builtins.has(i.path)).map((i) => i.path);
    if (foreign.length) throw new Error(`lib/cli/analyze.ts must not import ${foreign.join(', ')} in the main thread: use lib/cli/pdfWorker.ts`);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const entries = new Set([MAIN, WORKER]);
  const files = [...main.outputFiles, ...worker.outputFiles];
  // Chunks first, the entry points last: a run that sees a new entry point finds its chunks.
  files.sort((a, b) => Number(entries.has(a.path)) - Number(entries.has(b.path)));
  for (const f of files) writeAtomic(f.path, f.contents);

  const inputs = new Set([...Object.keys(main.metafile.inputs), ...Object.keys(worker.metafile.inputs)].filter((f) => !f.includes('node_modules/')));
  for (const f of BUILD_FILES) if (statSync(join(ROOT, f), { throwIfNoEntry: false })) inputs.add(f);
  const hash = createHash('sha256').update(main.outputFiles[0].contents).digest('hex').slice(0, 16);
  const info = { built: started, hash, inputs: [...inputs].sort(), outputs: files.map((f) => relative(ROOT, f.path)).sort() };
  writeAtomic(BUILD_INFO, `${JSON.stringify(info, null, 1)}\n`);
  prune(new Set([...files.map((f) => f.path), cacheFile(hash)]));
  return info;
}

/** Chunks and code caches of earlier builds, once no run can still be using them (an hour on). */
function prune(keep) {
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(OUT_DIR)) {
    const path = join(OUT_DIR, name);
    if (!/^(chunk-.*\.mjs|analyze-.*\.cache|.*\.tmp)$/.test(name) || keep.has(path)) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) unlinkSync(path);
    } catch {
      // Another run pruned it first.
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const info = await buildCli({ logLevel: 'warning' });
  process.stdout.write(`${relative(process.cwd(), OUT_DIR)}: built from ${info.inputs.length} files\n`);
}
