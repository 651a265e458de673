/**
 * OCR benchmark in the browser (issue 10; a benchmark, not a timed test): opens the e2e build of
 * the extension in Chromium and reads scans inside an extension page (ocr-bench.html, built in
 * e2e mode only), with the worker, core and Danish model loaded from the extension under its CSP.
 * Prints seconds per page for each core this Chromium can run, the character accuracy, and every
 * request that left the extension (there must be none).
 *
 *   npx tsx tests/bench/ocrBench.ts [--build] [--repeat N] [scan.png …]
 *
 * It takes /tmp/brevtjek-e2e.lock itself (running again under `flock`) for the build and for
 * Chromium. --build builds .output/chrome-mv3-e2e first (NODE_ENV=production wxt build --mode
 * e2e). By default it reads the two samples in tests/citat/ocr-samples, each as an image (N
 * times, 1 by default, with each core; the median is printed) and both together as a PDF of
 * scanned pages (drawn by pdf.js at 300 dpi, as a scanned PDF is).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { charAccuracy } from '../citat/accuracy';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../e2e/browser';

const ROOT = resolve(import.meta.dirname, '..', '..');
const LOCK = '/tmp/brevtjek-e2e.lock';

interface Run {
  seconds: number;
  /** Seconds until the worker had the core and the model loaded. */
  loading: number;
  pages: number;
  texts: string[];
  confidence: number;
  variant: string;
}

/** A PDF whose pages are only the scans (no text layer), A4, as a scanner makes it. */
async function scannedPdf(pngs: Uint8Array[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const png of pngs) {
    const image = await pdf.embedPng(png);
    pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return pdf.save();
}

/**
 * Runs OCR in the extension page. A string, not a function: tsx would add `__name` calls that do
 * not exist in the page.
 */
async function ocrInPage(page: Page, kind: 'image' | 'pdf', bytes: Uint8Array, variant: string): Promise<Run> {
  const b64 = Buffer.from(bytes).toString('base64');
  return (await page.evaluate(`(async () => {
    const bin = atob(${JSON.stringify(b64)});
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const ocr = window.brevtjekOcr;
    const start = performance.now();
    let loaded = 0;
    const onProgress = (p) => { if (p.stage === 'recognising' && !loaded) loaded = performance.now(); };
    const options = { variant: ${JSON.stringify(variant)}, onProgress };
    const result = ${JSON.stringify(kind)} === 'image'
      ? await ocr.recogniseImageBrowser(new Blob([bytes], { type: 'image/png' }), options)
      : await ocr.recognisePdfBrowser(bytes, undefined, options);
    const end = performance.now();
    return {
      seconds: (end - start) / 1000,
      loading: (loaded - start) / 1000,
      pages: result.pages.length,
      texts: result.text.split('\\f'),
      confidence: result.confidence,
      variant: ${JSON.stringify(variant)},
    };
  })()`)) as Run;
}

function defaultScans(): string[] {
  const dir = join(ROOT, 'tests/citat/ocr-samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png') && existsSync(join(dir, f.replace(/\.png$/, '.txt'))))
    .map((f) => join(dir, f));
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--build')) {
    console.log('building .output/chrome-mv3-e2e …');
    const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'ocr-bench.html'))) throw new Error(`${EXTENSION_DIR}/ocr-bench.html is missing: run with --build`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const repeatAt = args.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Math.max(1, Number(args[repeatAt + 1]) || 1) : 1;
  const scans = args.filter((a, i) => !a.startsWith('--') && i !== repeatAt + 1).map((a) => resolve(a));
  const files = scans.length ? scans : defaultScans();
  const truths = files.map((f) => (existsSync(f.replace(/\.png$/, '.txt')) ? readFileSync(f.replace(/\.png$/, '.txt'), 'utf8') : null));
  const pngs = files.map((f) => new Uint8Array(readFileSync(f)));

  const { context, extensionId } = await launchWithExtension();
  const outside: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(`chrome-extension://${extensionId}/`)) outside.push(r.url());
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${extensionId}/ocr-bench.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    const variants = (await page.evaluate('window.brevtjekOcr.variants.filter((v) => window.brevtjekOcr.canRun(v))')) as string[];
    const chosen = (await page.evaluate('window.brevtjekOcr.coreVariant()')) as string;
    const version = context.browser()?.version() ?? (await page.evaluate('navigator.userAgent'));
    console.log(`Chromium ${version}; cores it can run: ${variants.join(', ')}; Brevtjek picks ${chosen}\n`);

    const accuracies = (texts: string[], from = 0) =>
      texts.map((t, i) => {
        const truth = truths[from + i];
        return truth === null || truth === undefined ? '–' : charAccuracy(truth, t).toFixed(4);
      });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
    const summary: string[] = [];
    for (const variant of variants) {
      const totals: number[] = [];
      const reading: number[] = [];
      for (let r = 0; r < repeat; r++) {
        for (const [i, file] of files.entries()) {
          const run = await ocrInPage(page, 'image', pngs[i] as Uint8Array, variant);
          totals.push(run.seconds);
          reading.push(run.seconds - run.loading);
          console.log(
            `${variant.padEnd(17)} image ${relative(ROOT, file)}: ${run.seconds.toFixed(2)} s (loading ${run.loading.toFixed(2)} s, reading ${(run.seconds - run.loading).toFixed(2)} s), accuracy ${accuracies(run.texts, i).join(' ')}, confidence ${run.confidence.toFixed(1)}`,
          );
        }
      }
      summary.push(`${variant.padEnd(17)} median of ${totals.length}: ${median(totals).toFixed(2)} s a page with loading, ${median(reading).toFixed(2)} s reading`);
    }
    console.log(`\n${summary.join('\n')}`);
    const pdf = await scannedPdf(pngs);
    const run = await ocrInPage(page, 'pdf', pdf, chosen);
    const perPage = (run.seconds - run.loading) / run.pages;
    console.log(
      `\n${chosen.padEnd(17)} scanned PDF, ${run.pages} pages drawn at 300 dpi: ${run.seconds.toFixed(2)} s (loading ${run.loading.toFixed(2)} s), ${perPage.toFixed(2)} s/page, accuracy ${accuracies(run.texts).join(' ')}`,
    );
    console.log(`\nrequests outside the extension: ${outside.length ? outside.join(', ') : 'none'}`);
    if (errors.length) console.log(`console errors:\n  ${errors.join('\n  ')}`);
    if (outside.length || errors.length) process.exitCode = 1;
  } finally {
    await context.close();
  }
}

// Hold the e2e lock for the build and Chromium: run again under flock unless already there.
if (!process.env.BREVTJEK_E2E_LOCKED) {
  const again = spawnSync('flock', [LOCK, process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BREVTJEK_E2E_LOCKED: '1' },
  });
  process.exit(again.status ?? 1);
} else {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
