import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { loadLetter } from '../../lib/loadLetter';
import type { PdfJs } from '../../lib/pdf/readPdfPages';
import { Report, type Finding } from '../../lib/schema/report';
import { fromPlainText } from '../../lib/text/fromPlainText';

/*
 * analyzeLetter no longer parses its own report with the schema on every analysis (it costs time
 * and only checks the engine against itself). Here, instead, every letter the tests have is
 * analysed and its report parsed: it must fit the schema, and be what the parse gives back, key
 * for key and in the same order, so the JSON is the same as when analyzeLetter parsed it.
 */

const tests = join(import.meta.dirname, '..');
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

function filesIn(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesIn(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

const FOLDERS = ['letters', 'letters-blind', 'letters-cases', 'letters-styles'];
const receivedOf = (file: string): string | null => {
  const gold = file.replace(/\.(txt|pdf)$/, '.gold.json');
  return existsSync(gold) ? ((JSON.parse(readFileSync(gold, 'utf8')) as { received?: string }).received ?? null) : null;
};

function expectSchemaAndOrder(report: Report, what: string): void {
  const parsed = Report.safeParse(report);
  expect(parsed.success, `${what}: ${parsed.error?.message ?? ''}`).toBe(true);
  expect(JSON.stringify(report), what).toBe(JSON.stringify(parsed.data));
}

describe('the report of every letter', () => {
  it.each(FOLDERS)('in tests/%s fits the schema, keys in the schema’s order', async (folder) => {
    const letters = filesIn(join(tests, folder), /\.(txt|pdf)$/);
    expect(letters.length).toBeGreaterThan(10);
    for (const file of letters) {
      const doc = await loadLetter(new Uint8Array(readFileSync(file)), file, pdfjs);
      expectSchemaAndOrder(analyzeLetter(doc, { file, received: receivedOf(file) }), file);
      // Without a received date the klagefrist is counted (or not) another way.
      if (folder !== 'letters-blind') expectSchemaAndOrder(analyzeLetter(doc, { file }), `${file} without a received date`);
    }
  }, 120_000);

  it('fits the schema with a Citat-tjek of its medical statement', () => {
    const pairs = filesIn(join(tests, 'citat'), /^decision\.txt$/);
    expect(pairs.length).toBeGreaterThan(10);
    for (const decision of pairs) {
      const statementFile = decision.replace(/decision\.txt$/, 'statement.txt');
      if (!existsSync(statementFile)) continue;
      const statement = { file: 'statement.txt', doc: fromPlainText(readFileSync(statementFile, 'utf8')), ocr: false };
      const report = analyzeLetter(fromPlainText(readFileSync(decision, 'utf8')), { file: 'decision.txt', statement });
      expect(report.statement, decision).toBeDefined();
      expectSchemaAndOrder(report, decision);
    }
  }, 60_000);
});

/** A finding's kind, place and words. */
const spanOf = (f: Finding, shift = 0) => `${f.kind} ${f.start + shift}-${f.end + shift} ${JSON.stringify(f.text)}`;

describe('a letter twice over', () => {
  // Nothing in one copy reaches into the other: the second copy's findings are the first's, moved by its length.
  const texts = ['letters', 'letters-cases', 'letters-styles'].flatMap((d) => filesIn(join(tests, d), /\.txt$/));

  it('has exactly the findings of the letter, twice, at the right offsets', () => {
    expect(texts.length).toBeGreaterThan(40);
    for (const file of texts) {
      const raw = readFileSync(file, 'utf8');
      const one = fromPlainText(raw);
      const two = fromPlainText(`${raw}\n\n${raw}`);
      expect(two.text, file).toBe(`${one.text}\n\n${one.text}`);
      const shift = one.text.length + 2;
      const once = analyzeLetter(one, { file, received: '2026-01-10' }).findings;
      const twice = analyzeLetter(two, { file, received: '2026-01-10' }).findings;
      expect(twice.map((f) => spanOf(f)), file).toEqual([...once.map((f) => spanOf(f)), ...once.map((f) => spanOf(f, shift))]);
    }
  }, 60_000);
});
