import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LetterError } from '../../lib/errors';
import { loadLetter } from '../../lib/loadLetter';
import { ReadingBudget } from '../../lib/pdf/limits';
import { readPdfPages, type PdfDocument, type PdfJs } from '../../lib/pdf/readPdfPages';
import { makeHostilePdfs } from '../fixtures/hostile/makeHostilePdfs';

// Issue 12: PDFs small on disk and costly to read (tests/fixtures/hostile/makeHostilePdfs.ts),
// read the way the command line reads them and by readPdfPages itself. The time limits are hang
// guards here; what each case took is in the issue, not in the assertions.
const root = join(import.meta.dirname, '..', '..');
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const dir = mkdtempSync(join(tmpdir(), 'brevtjek-hostile-'));
let files: Awaited<ReturnType<typeof makeHostilePdfs>>;

beforeAll(async () => {
  files = await makeHostilePdfs(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

/** `npm run analyze -- file` from source, as tests/unit/cli.test.ts runs it. */
function analyze(path: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'lib/cli/analyze.ts'), path, '--json'], { encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The code of the LetterError `work` fails with. */
async function refusal(work: Promise<unknown>): Promise<string> {
  const e = await work.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LetterError);
  return (e as LetterError).code;
}

/** pdf.js, counting the pages asked for. */
function countingPdfJs(): { pdfjs: PdfJs; pagesAsked: () => number } {
  let asked = 0;
  const counting = (doc: PdfDocument): PdfDocument => ({
    numPages: doc.numPages,
    getPage: (n) => ((asked += 1), doc.getPage(n)),
    destroy: () => doc.destroy(),
  });
  return {
    pdfjs: { getDocument: (src) => ({ promise: pdfjs.getDocument(src).promise.then(counting) }) },
    pagesAsked: () => asked,
  };
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LETTER = ['Afgørelse om fradrag i din kontanthjælp', 'efter § 36, stk. 1, i lov om aktiv socialpolitik', 'Du kan klage inden 4 uger efter, at du har modtaget afgørelsen.'];

describe('hostile PDFs, read by readPdfPages', () => {
  it('refuses a page tree that claims 4,194,304 pages before reading a page', async () => {
    const { pdfjs: counting, pagesAsked } = countingPdfJs();
    expect(await refusal(loadLetter(bytesOf(files.pageCountLie), 'brev.pdf', counting))).toBe('too-many-pages');
    expect(pagesAsked()).toBe(0);
  });

  it('refuses more than 5 million characters of text', async () => {
    expect(await refusal(loadLetter(bytesOf(files.textBomb), 'brev.pdf', pdfjs))).toBe('too-much-text');
  }, 60_000);

  it('refuses a page of a million characters', async () => {
    expect(await refusal(loadLetter(bytesOf(files.pageTextBomb), 'brev.pdf', pdfjs))).toBe('too-much-text');
  }, 60_000);

  it('stops a page that takes longer than its time, and destroys the document', async () => {
    let destroyed = false;
    const never: PdfJs = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: 1,
          getPage: async () => ({ view: [0, 0, 595, 842], getTextContent: () => new Promise(() => undefined), cleanup() {} }),
          destroy: async () => void (destroyed = true),
        }),
      }),
    };
    const budget = new ReadingBudget({ openMs: 1000, pageMs: 50, totalMs: 1000 });
    expect(await refusal(readPdfPages(never, bytesOf(files.reversedOrder), undefined, budget))).toBe('too-slow');
    expect(destroyed).toBe(true);
  });

  it('stops opening that takes longer than its time, and destroys the loading task', async () => {
    let destroyed = false;
    const hanging: PdfJs = { getDocument: () => ({ promise: new Promise(() => undefined), destroy: async () => void (destroyed = true) }) };
    const budget = new ReadingBudget({ openMs: 50, pageMs: 1000, totalMs: 1000 });
    expect(await refusal(readPdfPages(hanging, bytesOf(files.reversedOrder), undefined, budget))).toBe('too-slow');
    expect(destroyed).toBe(true);
  });

  it('reads a letter drawn bottom-up and right-to-left in reading order', async () => {
    const doc = await loadLetter(bytesOf(files.reversedOrder), 'brev.pdf', pdfjs);
    const flat = doc.text.replace(/\s+/g, ' ');
    for (const line of LETTER) expect(flat).toContain(line);
  });

  it('reads a letter with bidi controls in its words without them', async () => {
    const doc = await loadLetter(bytesOf(files.bidiControls), 'brev.pdf', pdfjs);
    expect(doc.text).not.toMatch(BIDI);
    const flat = doc.text.replace(/\s+/g, ' ');
    for (const line of LETTER) expect(flat).toContain(line);
  });

  it('reads a page of 88,000 characters of "§ 1"', async () => {
    const doc = await loadLetter(bytesOf(files.hugeText), 'brev.pdf', pdfjs);
    expect(doc.text.match(/§ 1/g)?.length).toBeGreaterThanOrEqual(22_000);
  }, 60_000);
});

describe('hostile PDFs, in the command line', () => {
  /** One Danish line on stderr and a non-zero exit, as for any letter that cannot be read. */
  function expectRefused(r: ReturnType<typeof analyze>, message: RegExp) {
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
  }

  it('refuses a page tree that claims 4,194,304 pages', () => {
    expectRefused(analyze(files.pageCountLie), /for mange sider/);
  }, 60_000);

  it('stops 20,000 nested q in time, with a Danish message', () => {
    expectRefused(analyze(files.deepNesting), /for tung at læse/);
  }, 120_000);

  it('stops a stream that unpacks to 1 GB in time, with a Danish message', () => {
    expectRefused(analyze(files.decompressionBomb), /for tung at læse/);
  }, 180_000);

  it('analyses a page of 88,000 characters of "§ 1"', () => {
    const r = analyze(files.hugeText);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings.some((f: { kind: string }) => f.kind === 'law')).toBe(true);
  }, 120_000);
});
