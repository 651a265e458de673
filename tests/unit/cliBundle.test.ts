import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfWorker, pdfWorkerStarted, workerPdfJs } from '../../lib/cli/workerPdf';
import { reportSchemaProblem } from '../../lib/cli/checkReport';
import { loadLetter } from '../../lib/loadLetter';
import type { PdfJs } from '../../lib/pdf/readPdfPages';

/**
 * `npm run analyze` runs lib/cli/run.mjs: the command line bundled by esbuild (lib/cli/build.mjs),
 * run by plain node, with pdf.js in a worker thread. It must print what the TypeScript sources
 * print, run by tsx.
 */
const root = join(import.meta.dirname, '..', '..');
const letters = join(root, 'tests', 'letters');
const fixtures = join(root, 'tests', 'fixtures');
const buildInfo = join(root, '.output', 'cli', 'build.json');

function run(how: 'bundle' | 'tsx', args: string[]) {
  const entry = how === 'bundle' ? [join(root, 'lib/cli/run.mjs')] : ['--import', 'tsx', join(root, 'lib/cli/analyze.ts')];
  const r = spawnSync(process.execPath, [...entry, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const TIMEOUT = 180_000;

describe('the bundled command line', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, [join(root, 'lib/cli/build.mjs')], { encoding: 'utf8', cwd: root });
    expect(r.status).toBe(0);
  }, TIMEOUT);

  it.each([
    ['a text letter as JSON', [join(letters, 't03-udk-foertidspension-beregning.txt'), '--json', '--received', '2026-05-12']],
    ['a PDF as JSON', [join(letters, 't11-frederikshavn-fradrag-ressourceforloeb.pdf'), '--json', '--received', '2026-01-14']],
    ['a PDF as text', [join(letters, 't12-lolland-fradrag-uden-klagevejledning.pdf')]],
  ])(
    'prints what the sources print for %s',
    (_what, args) => {
      const bundle = run('bundle', args);
      expect(bundle).toEqual(run('tsx', args));
      expect(bundle).toMatchObject({ code: 0, err: '' });
    },
    TIMEOUT,
  );

  // The same messages and exit codes as cli.test.ts has for the sources.
  it.each([
    ['an encrypted PDF with its password', [join(fixtures, 'encrypted.pdf'), '--json', '--password', 'brevtjek'], 0, /^$/],
    ['an encrypted PDF without', [join(fixtures, 'encrypted.pdf')], 2, /^brevtjek: .*adgangskode.*\n$/],
    ['a wrong password', [join(fixtures, 'encrypted.pdf'), '--password', 'forkert'], 2, /^brevtjek: Adgangskoden passer ikke.*\n$/],
    ['a damaged PDF', [join(fixtures, 'damaged.pdf')], 2, /^brevtjek: .*beskadiget.*\n$/],
    ['a scan', [join(fixtures, 'scan-no-text.pdf')], 2, /^brevtjek: .*ingen tekst.*scanning.*\n$/],
    ['a missing file', [join(fixtures, 'findes-ikke.pdf')], 2, /^brevtjek: .*findes ikke.*\n$/],
    ['a bad --received', [join(letters, 't03-udk-foertidspension-beregning.txt'), '--received', '5/3-2026'], 64, /^brevtjek: --received skal være en dato.*\n$/],
    ['an unknown option', [join(letters, 't03-udk-foertidspension-beregning.txt'), '--tjek'], 64, /^brevtjek: Ukendt valg: --tjek\. Brug: .*--check.*\n$/],
  ])(
    'answers %s as the sources do',
    (_what, args, code, err) => {
      const r = run('bundle', args as string[]);
      expect(r.code).toBe(code);
      expect(r.err).toMatch(err as RegExp);
      if (code !== 0) expect(r.out).toBe('');
    },
    TIMEOUT,
  );

  it(
    'with --check prints a report that fits the schema unchanged',
    () => {
      const args = [join(letters, 't11-frederikshavn-fradrag-ressourceforloeb.pdf'), '--json'];
      const checked = run('bundle', [...args, '--check']);
      expect(checked.code).toBe(0);
      expect(checked.out).toBe(run('bundle', args).out);
    },
    TIMEOUT,
  );

  it(
    'builds again when a file it was built from has changed',
    () => {
      const before = JSON.parse(readFileSync(buildInfo, 'utf8')) as { built: number; inputs: string[] };
      expect(before.inputs).toContain('lib/cli/analyze.ts');
      expect(before.inputs).toContain('rules/sanctions.json');
      const source = join(root, 'lib/cli/formatReport.ts');
      const now = new Date();
      utimesSync(source, now, now);
      expect(run('bundle', ['--help']).code).toBe(64);
      const after = JSON.parse(readFileSync(buildInfo, 'utf8')) as { built: number };
      expect(after.built).toBeGreaterThan(before.built);
      // And not again while nothing changes.
      run('bundle', ['--help']);
      expect(JSON.parse(readFileSync(buildInfo, 'utf8'))).toEqual(after);
    },
    TIMEOUT,
  );
});

describe('pdf.js in a worker thread', () => {
  afterAll(closePdfWorker);

  it('is not started for a text letter', async () => {
    await loadLetter(new Uint8Array(readFileSync(join(letters, 't03-udk-foertidspension-beregning.txt'))), 't03.txt', workerPdfJs);
    expect(pdfWorkerStarted()).toBe(false);
  });

  it(
    'reads a PDF as pdf.js in this thread does, and leaves this thread’s built-ins as they were',
    async () => {
      const push = Array.prototype.push;
      const own = (o: object) => Reflect.ownKeys(o).length;
      const before = [own(Array.prototype), own(Promise), own(Map.prototype), own(Set.prototype), own(globalThis)];
      const bytes = new Uint8Array(readFileSync(join(letters, 't11-frederikshavn-fradrag-ressourceforloeb.pdf')));
      const inWorker = await loadLetter(bytes, 't11.pdf', workerPdfJs);
      expect(pdfWorkerStarted()).toBe(true);
      expect(Array.prototype.push).toBe(push);
      expect([own(Array.prototype), own(Promise), own(Map.prototype), own(Set.prototype), own(globalThis)]).toEqual(before);

      const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
      expect(await loadLetter(bytes, 't11.pdf', pdfjs)).toEqual(inWorker);
      // What the worker keeps this thread from: pdf.js's polyfills.
      expect(Array.prototype.push).not.toBe(push);
    },
    TIMEOUT,
  );

  it('turns pdf.js’s errors into the same Danish messages', async () => {
    await expect(loadLetter(new Uint8Array(readFileSync(join(fixtures, 'encrypted.pdf'))), 'x.pdf', workerPdfJs)).rejects.toMatchObject({ name: 'LetterError', code: 'encrypted' });
    await expect(loadLetter(new Uint8Array(readFileSync(join(fixtures, 'encrypted.pdf'))), 'x.pdf', workerPdfJs, 'nej')).rejects.toMatchObject({ code: 'wrong-password' });
    await expect(loadLetter(new Uint8Array(readFileSync(join(fixtures, 'damaged.pdf'))), 'x.pdf', workerPdfJs)).rejects.toMatchObject({ code: 'damaged' });
  }, TIMEOUT);
});

describe('--check', () => {
  it('names the first thing in a report that does not fit the schema', () => {
    expect(reportSchemaProblem({ schema: 2 })).toMatch(/^rapporten passer ikke til skemaet \(lib\/schema\/report\.ts\): schema: .+ \(og \d+ fejl mere\)$/);
    expect(reportSchemaProblem(null)).toMatch(/: \(rod\): /);
  });
});
