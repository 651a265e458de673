import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { imageInfo } from '../../lib/ocr/imageInfo';
import { markParagraphs, ocrDocumentText, ocrPageText, withoutSpecks } from '../../lib/ocr/layout';
import { recogniseImageNode } from '../../lib/ocr/node';
import type { OcrLine, OcrPage, OcrProgress, OcrResult, OcrWord } from '../../lib/ocr/ocr';
import { fromPlainText } from '../../lib/text/fromPlainText';
import { charAccuracy, levenshtein } from '../citat/accuracy';

// OCR (issue 10) in Node on two scans made by tests/citat/makeScans.ts (A4 at 300 dpi, turned
// 0.6° and 1.8°, blurred, speckled, grainy). Measured: character accuracy 0.9954 and 0.9973,
// mean confidence 93; about 5 s a page on 2 cores. The floor is set under the measured figure,
// and over what the same pages give without the speck filter (0.88 and 0.92).
const ACCURACY_FLOOR = 0.99;
const samples = join(import.meta.dirname, '../citat/ocr-samples');
const SCANS = ['speciallaegeerklaering-psykiatri', 'statusattest-ryg'];
const OCR_TIMEOUT = 180_000;

const word = (text: string, x0: number, confidence = 95, width = text.length * 25): OcrWord => ({ text, confidence, box: { x0, y0: 0, x1: x0 + width, y1: 50 } });
const line = (words: OcrWord[], baselineY: number): OcrLine => ({
  words,
  box: { x0: words[0]?.box.x0 ?? 0, y0: baselineY - 40, x1: words.at(-1)?.box.x1 ?? 0, y1: baselineY + 10 },
  baseline: { x0: 300, y0: baselineY, x1: 2200, y1: baselineY + 20 },
  height: 50,
  paragraph: false,
});

describe('OCR layout (no OCR)', () => {
  it('drops specks standing apart at a line end, keeps short words and marks in the text', () => {
    const texts = (ws: OcrWord[]) => withoutSpecks(ws, 48).map((w) => w.text);
    // "| ;" far to the right of the text, "|" far to its left: specks.
    expect(texts([word('|', 100, 70), word('Dato:', 320), word('2026', 460), word('|', 900, 94), word(';', 1400, 50)])).toEqual(['Dato:', '2026']);
    // "N." read with 4 % confidence, but right after "København": a word.
    expect(texts([word('København', 300, 89), word('N.', 540, 4), word('se', 900, 12)])).toEqual(['København', 'N.']);
    // A dash in the text and one at the end of a sentence stay, as does a digit with high confidence.
    expect(texts([word('10', 300), word('–', 362, 90), word('12', 400), word('timer', 462), word('5', 600, 96)])).toEqual(['10', '–', '12', 'timer', '5']);
    // A line of specks only goes.
    expect(texts([word('|', 100, 90), word(';', 600, 60), word('—', 1200, 30)])).toEqual([]);
  });

  it('starts a paragraph where lines are further apart than usual, on a turned page too', () => {
    const ys = [400, 470, 540, 680, 750, 820, 960];
    const lines = ys.map((y) => line([word('Tekst', 300), word('her', 460)], y));
    markParagraphs(lines);
    expect(lines.map((l) => l.paragraph)).toEqual([false, false, false, true, false, false, true]);
  });

  it('gives a plain text with line breaks and paragraphs, and a DocumentText mapped to the scan', () => {
    const lines = [
      line([word('Arbejdsevne', 300)], 400),
      line([word('Hun', 300), word('kan', 400), word('ikke', 500), word('arbejde', 620)], 540),
      line([word('mere', 300), word('end', 420), word('2', 520), word('timer.', 560)], 610),
    ];
    lines[1]!.paragraph = true;
    const page: OcrPage = { width: 2480, height: 3508, dpi: 300, lines, confidence: 95, dropped: 0 };
    expect(ocrPageText(page)).toBe('Arbejdsevne\n\nHun kan ikke arbejde\nmere end 2 timer.');
    const doc = ocrDocumentText([page]);
    expect(doc.text).toContain('Hun kan ikke arbejde');
    expect(doc.pages[0]?.width).toBeCloseTo(595.2, 1);
    // Items: the heading, the blank line, then the paragraph's two lines, each where it is on the scan (points, from the bottom).
    const items = doc.pages[0]?.items ?? [];
    expect(items.map((i) => i.str)).toEqual(['Arbejdsevne', '', 'Hun kan ikke arbejde', 'mere end 2 timer.']);
    expect(items[2]?.x).toBeCloseTo(72, 5);
    expect(items[2]?.y).toBeCloseTo(((3508 - 540) * 72) / 300, 5);
    expect(items[3]?.y).toBeLessThan(items[2]?.y ?? 0);
  });

  it('reads size and resolution from a PNG header, and guesses an A4 page where none is given', () => {
    const png = new Uint8Array(readFileSync(join(samples, `${SCANS[0]}.png`)).subarray(0, 4096));
    expect(imageInfo(png)).toEqual({ format: 'png', width: 2480, height: 3508, dpi: expect.closeTo(300, 0) });
    const noDpi = png.slice(0, 33); // signature and IHDR only
    expect(imageInfo(noDpi).dpi).toBe(300);
  });

  it('measures accuracy with an edit distance', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(charAccuracy('Hun kan  ikke\narbejde.', 'Hun kan ikke arbejde.')).toBe(1);
    expect(charAccuracy('ikke', 'ikko')).toBe(0.75);
  });
});

describe('OCR in Node', () => {
  const results = new Map<string, OcrResult>();
  const progress: OcrProgress[] = [];

  beforeAll(async () => {
    for (const name of SCANS) {
      results.set(name, await recogniseImageNode(join(samples, `${name}.png`), { onProgress: (p) => name === SCANS[0] && progress.push(p) }));
    }
  }, OCR_TIMEOUT);

  it.each(SCANS)('reads %s with character accuracy of at least 0.99', (name) => {
    const truth = readFileSync(join(samples, `${name}.txt`), 'utf8');
    const result = results.get(name) as OcrResult;
    const accuracy = charAccuracy(truth, result.text);
    console.log(`OCR ${name}: character accuracy ${accuracy.toFixed(4)}, mean confidence ${result.confidence.toFixed(1)}`);
    expect(accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it('gives every word a confidence and the page its mean', () => {
    const result = results.get(SCANS[0] as string) as OcrResult;
    const words = result.pages.flatMap((p) => p.lines.flatMap((l) => l.words));
    expect(words.length).toBeGreaterThan(200);
    for (const w of words) expect(w.confidence).toBeGreaterThanOrEqual(0);
    const mean = words.reduce((s, w) => s + w.confidence, 0) / words.length;
    expect(result.pages[0]?.confidence).toBeCloseTo(mean, 6);
    expect(result.confidence).toBeGreaterThan(85);
    expect(result.confidence).toBeLessThanOrEqual(100);
  });

  it('keeps headings and paragraphs, and runs a paragraph’s lines on, as a text letter does', () => {
    const result = results.get(SCANS[0] as string) as OcrResult;
    expect(result.text).toMatch(/\n\nArbejdsevne\n/);
    expect(result.text.split('\n\n').length).toBeGreaterThanOrEqual(7);
    // Sentences that the scan breaks over two lines come out whole.
    expect(result.doc.text).toContain('Efter min vurdering kan patienten ikke på nuværende tidspunkt vende tilbage til sit hidtidige arbejde.');
    expect(result.doc.text).toContain('men kun under forudsætning af, at behandlingen fortsætter.');
    expect(result.doc.text).toMatch(/\nPrognose\n/);
    expect(result.doc.pagesWithoutText).toEqual([]);
    // The same DocumentText a pasted copy of the recognised text would give.
    expect(result.doc.text).toBe(fromPlainText(result.text).text);
  });

  it('is analysed as the typed text is', () => {
    for (const name of SCANS) {
      const truth = readFileSync(join(samples, `${name}.txt`), 'utf8');
      const options = { file: `${name}.png`, received: null };
      const fromScan = analyzeLetter((results.get(name) as OcrResult).doc, options);
      const fromText = analyzeLetter(fromPlainText(truth), options);
      expect(fromScan.letter.date).toBe(fromText.letter.date);
      expect(fromScan.findings.map((f) => [f.kind, f.text])).toEqual(fromText.findings.map((f) => [f.kind, f.text]));
    }
  });

  it('reports progress from loading to the end of the page', () => {
    expect(progress[0]?.stage).toBe('loading');
    expect(progress.some((p) => p.stage === 'recognising' && p.progress > 0.15 && p.progress < 1)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ stage: 'recognising', page: 1, pages: 1, progress: 1 });
    for (let i = 1; i < progress.length; i++) expect((progress[i] as OcrProgress).progress).toBeGreaterThanOrEqual((progress[i - 1] as OcrProgress).progress);
  });

  it(
    'stops at once when aborted: the promise rejects with the reason and the worker is terminated',
    async () => {
      const controller = new AbortController();
      const reason = new DOMException('stop', 'AbortError');
      const started = Date.now();
      let abortedAt = 0;
      const job = recogniseImageNode(join(samples, `${SCANS[1]}.png`), {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.stage === 'recognising' && !abortedAt) {
            abortedAt = Date.now();
            controller.abort(reason);
          }
        },
      });
      await expect(job).rejects.toBe(reason);
      expect(abortedAt).toBeGreaterThan(0);
      expect(Date.now() - abortedAt).toBeLessThan(2000);
      expect(Date.now() - started).toBeLessThan(OCR_TIMEOUT);
      // Aborted before it starts: nothing is loaded.
      await expect(recogniseImageNode(join(samples, `${SCANS[1]}.png`), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    },
    OCR_TIMEOUT,
  );

  it('is asked for on the command line: an image without --ocr is refused with a hint', () => {
    const run = spawnSync('npx', ['tsx', 'lib/cli/analyze.ts', join(samples, `${SCANS[0]}.png`)], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('--ocr');
  }, 60_000);
});
