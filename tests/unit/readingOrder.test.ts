import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { readPdfPages, type PdfJs } from '../../lib/pdf/readPdfPages';
import { buildDocumentText } from '../../lib/text/buildDocumentText';
import type { RawPage, TextItem } from '../../lib/text/types';

// Issue 12: a PDF whose text is drawn in another order than it is read (bottom-up, each line's
// words right to left) is read by where its text stands on the page.
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const LETTER = readFileSync(join(import.meta.dirname, '..', 'letters', 't11-frederikshavn-fradrag-ressourceforloeb.txt'), 'utf8');

const [W, H, MARGIN, SIZE, LEAD] = [595, 842, 70, 11, 15];
/** The space between two words: wider than Helvetica's (3 pt), as pdf-lib measures some letters (ø) narrower than pdf.js. */
const WORD_SPACE = 4;

const lineWidth = (line: string, font: PDFFont) => line.split(' ').reduce((w, word) => w + font.widthOfTextAtSize(word, SIZE) + WORD_SPACE, -WORD_SPACE);

/** A paragraph wrapped to lines of at most `width` points. */
function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && lineWidth(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface Placed {
  page: number;
  y: number;
  words: Array<{ text: string; x: number }>;
}

/** A line's words from the left margin; a line that wraps is justified, its last word ending at the right margin. */
function place(line: string, font: PDFFont, justified: boolean): Placed['words'] {
  const words = line.split(' ');
  const widths = words.map((w) => font.widthOfTextAtSize(w, SIZE));
  const free = W - 2 * MARGIN - widths.reduce((a, b) => a + b, 0);
  const space = justified && words.length > 1 ? free / (words.length - 1) : WORD_SPACE;
  let x = MARGIN;
  return words.map((text, i) => {
    const word = { text, x };
    x += (widths[i] as number) + space;
    return word;
  });
}

/** Where each line of the letter goes: pages of wrapped lines, each word at its x. */
function layout(text: string, font: PDFFont): Placed[] {
  const placed: Placed[] = [];
  let page = 0;
  let y = H - 100;
  for (const para of text.trim().split(/\n\s*\n/)) {
    for (const raw of para.split('\n')) {
      const lines = wrap(raw, font, W - 2 * MARGIN);
      lines.forEach((line, i) => {
        if (y < 90) [page, y] = [page + 1, H - 100];
        placed.push({ page, y, words: place(line, font, i < lines.length - 1) });
        y -= LEAD;
      });
    }
    y -= LEAD * 0.8;
  }
  return placed;
}

/** The letter as a PDF, one text object a word; `reversed` draws the last line first and each line's words right to left. */
async function letterPdf(reversed: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const placed = layout(LETTER, font);
  const pages: PDFPage[] = [];
  for (let p = 0; p <= Math.max(...placed.map((l) => l.page)); p++) pages.push(doc.addPage([W, H]));
  const lines = reversed ? [...placed].reverse() : placed;
  for (const line of lines) {
    const words = reversed ? [...line.words].reverse() : line.words;
    for (const w of words) pages[line.page]?.drawText(w.text, { x: w.x, y: line.y, size: SIZE, font });
  }
  return doc.save();
}

const read = async (reversed: boolean) => buildDocumentText(await readPdfPages(pdfjs, await letterPdf(reversed)));
const report = (doc: ReturnType<typeof buildDocumentText>) => analyzeLetter(doc, { file: 'brev.pdf', received: '2026-01-14' });

describe('a PDF drawn out of reading order', () => {
  it('reads as the same letter drawn in order: the same text, klagefrist and citations', async () => {
    const [normal, reversed] = await Promise.all([read(false), read(true)]);
    expect(normal.text).toContain('jf. § 69 b, stk. 2, i lov om aktiv socialpolitik');
    expect(reversed.text).toBe(normal.text);
    const [a, b] = [report(normal), report(reversed)];
    expect(b.appeal.deadline).toBe('2026-02-11');
    expect(b.appeal.deadline).toBe(a.appeal.deadline);
    const laws = (r: typeof a) => r.findings.filter((f) => f.kind === 'law').map((f) => f.text);
    expect(laws(b)).toContain('§ 69 b, stk. 2, i lov om aktiv socialpolitik');
    expect(laws(b)).toEqual(laws(a));
    expect(b.findings.map((f) => [f.kind, f.text])).toEqual(a.findings.map((f) => [f.kind, f.text]));
  });

  it('maps each character to the item it was drawn in, so highlights land on it', async () => {
    const doc = await read(true);
    for (let i = 0; i < doc.text.length; i++) {
      const item = doc.charItem[i] as number;
      if (item < 0) continue;
      const src = doc.pages[(doc.charPage[i] as number) - 1]?.items[item]?.str[doc.charOffset[i] as number];
      expect(src, `character ${i}`).toBe(doc.text[i]);
    }
  });
});

/** A page of text items, each [text, x, y]. */
function page(items: Array<[string, number, number]>): RawPage {
  const list: TextItem[] = items.map(([str, x, y]) => ({ str, x, y, width: str.length * 5.5, height: 11, hasEOL: false }));
  return { number: 1, width: W, height: H, items: list };
}

describe('reading order of text items', () => {
  const lines: Array<Array<[string, number, number]>> = [
    [['Du kan klage', 70, 700], ['over afgørelsen', 145, 700]],
    [['inden 4 uger', 70, 685], ['efter, at du', 140, 685]],
    [['har modtaget', 70, 670], ['den.', 140, 670]],
  ];

  it('sorts a page drawn bottom-up and right to left by line, then from the left', () => {
    const inOrder = buildDocumentText([page(lines.flat())]).text;
    const backwards = buildDocumentText([page(lines.map((l) => [...l].reverse()).reverse().flat())]).text;
    expect(inOrder).toMatch(/^Du kan klage over afgørelsen\s+inden 4 uger efter, at du\s+har modtaget den\.$/);
    expect(backwards).toBe(inOrder);
  });

  it('keeps the drawing order of a page that goes back only now and then (two columns, a letterhead drawn last)', () => {
    const columns = page([
      ['Navn:', 70, 700], ['Sagsnr.:', 70, 685], ['Dato:', 70, 670],
      ['Anna Jensen', 200, 700], ['26-00412', 200, 685], ['14.01.2026', 200, 670],
      ['Jobcenter Frederikshavn', 70, 800],
    ]);
    expect(buildDocumentText([columns]).text).toMatch(/^Jobcenter Frederikshavn\s+Navn:\s+Sagsnr\.:\s+Dato:\s+Anna Jensen\s+26-00412\s+14\.01\.2026$/);
  });

  it('keeps the drawing order of text turned on its side (lines along the page, one above the other in x)', () => {
    // Each line runs upward at its own x; sorted by y, its words would mix with the next line's.
    const turned = page([
      ['Du kan', 70, 100], ['klage over', 70, 140], ['afgørelsen', 70, 200],
      ['inden 4', 85, 100], ['uger efter', 85, 140], ['modtagelsen', 85, 200],
    ]);
    const text = buildDocumentText([turned]).text;
    expect(text).toMatch(/^Du kan\s+klage over\s+afgørelsen\s+inden 4\s+uger efter\s+modtagelsen$/);
  });
});
