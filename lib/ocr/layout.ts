import type { Page as TesseractPage, Line as TesseractLine } from 'tesseract.js';
import { fromPlainText } from '../text/fromPlainText';
import type { DocumentText } from '../text/types';
import type { OcrBox, OcrLine, OcrPage, OcrWord } from './ocr';

/**
 * From Tesseract's blocks to lines and paragraphs of text (no OCR here: pure functions, tested
 * without tesseract). A scan's specks are read as marks ("|", ";", "—", a stray "5" at 0 %):
 * those standing apart from the text are left out. Paragraphs are told by the space between
 * lines, since Tesseract often takes a whole letter for one paragraph.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word that could be a speck: no letter or digit, or a short one read with little confidence. */
export function specklike(w: OcrWord): boolean {
  const n = [...w.text].length;
  return !LETTER_OR_DIGIT.test(w.text) || (n <= 2 && w.confidence < 80) || (n <= 4 && w.confidence < 30);
}

/**
 * The line's words without the specks at its ends: a speck-like word is dropped while it stands
 * apart from the word next to it (a gap wider than `apart` times the line's height, where words
 * are a quarter to a third of that apart), or is a mark read with almost no confidence; so "… 2025. | ;"
 * loses "| ;" and "København N." keeps its "N.".
 * A line of specks only, or of one short word read with little confidence, is dropped whole.
 */
export function withoutSpecks(words: OcrWord[], height: number, apart = 0.6): OcrWord[] {
  let from = 0;
  let to = words.length - 1;
  const gap = (a: OcrWord | undefined, b: OcrWord | undefined) => (a && b ? b.box.x0 - a.box.x1 : Infinity);
  // A mark read with almost no confidence goes even when close; a letter or digit only when apart.
  const speck = (w: OcrWord, g: number) => specklike(w) && (g > apart * height || (!LETTER_OR_DIGIT.test(w.text) && w.confidence < 20));
  while (from <= to && speck(words[from] as OcrWord, gap(words[from], words[from + 1]))) from++;
  while (to >= from && speck(words[to] as OcrWord, gap(words[to - 1], words[to]))) to--;
  const kept = words.slice(from, to + 1);
  if (kept.every(specklike)) return [];
  if (kept.length === 1 && (kept[0] as OcrWord).text.length <= 3 && (kept[0] as OcrWord).confidence < 60) return [];
  return kept;
}

const boxOf = (b: { x0: number; y0: number; x1: number; y1: number }): OcrBox => ({ x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 });

/** Where the line's baseline crosses x (the page may be turned a little, so lines are not level). */
export function baselineAt(line: Pick<OcrLine, 'baseline'>, x: number): number {
  const { x0, y0, x1, y1 } = line.baseline;
  return x1 === x0 ? y0 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : 0;
};

/**
 * Marks the lines that start a paragraph: where the space from the line before is clearly more
 * than the page's usual line spacing (1.5 times it; with few lines, 2 letter heights).
 */
export function markParagraphs(lines: OcrLine[]): void {
  const at = Math.min(...lines.map((l) => l.box.x0));
  const steps = lines.slice(1).map((l, i) => baselineAt(l, at) - baselineAt(lines[i] as OcrLine, at));
  const usual = median(steps.filter((s) => s > 0));
  lines.forEach((l, i) => {
    if (i === 0) return;
    const step = steps[i - 1] as number;
    const height = Math.max(l.height, (lines[i - 1] as OcrLine).height);
    l.paragraph = steps.length >= 3 && usual > 0 ? step > 1.5 * usual : step > 2 * height;
  });
}

/** One page as Tesseract read it (its blocks), as lines of words without specks, with paragraphs marked. */
export function readTesseractPage(data: TesseractPage, size: { width: number; height: number; dpi: number }): OcrPage {
  const lines: OcrLine[] = [];
  let dropped = 0;
  for (const block of data.blocks ?? []) {
    for (const para of block.paragraphs) {
      para.lines.forEach((line: TesseractLine) => {
        const height = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
        const all: OcrWord[] = line.words.filter((w) => w.text.trim() !== '').map((w) => ({ text: w.text.trim(), confidence: w.confidence, box: boxOf(w.bbox) }));
        const words = withoutSpecks(all, height);
        dropped += all.length - words.length;
        if (words.length === 0) return;
        const box = { x0: (words[0] as OcrWord).box.x0, y0: Math.min(...words.map((w) => w.box.y0)), x1: (words[words.length - 1] as OcrWord).box.x1, y1: Math.max(...words.map((w) => w.box.y1)) };
        lines.push({ words, box, baseline: boxOf(line.baseline), height, paragraph: false });
      });
    }
  }
  markParagraphs(lines);
  const words = lines.flatMap((l) => l.words);
  const confidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
  return { ...size, lines, confidence, dropped };
}

/** A page's text: one line of text a line, a blank line before a paragraph. */
export function ocrPageText(page: OcrPage): string {
  return page.lines.map((l) => `${l.paragraph ? '\n' : ''}${l.words.map((w) => w.text).join(' ')}`).join('\n');
}

/**
 * The pages' text as the analysis reads it: made by fromPlainText, as a pasted or .txt letter
 * is (a hyphenated word at a line end joined, a paragraph's lines run on), with each line's text
 * item placed where the line is on the scan, in points from the bottom left as a PDF's items are.
 */
export function ocrDocumentText(pages: OcrPage[]): DocumentText {
  const doc = fromPlainText(pages.map(ocrPageText).join('\f'));
  pages.forEach((page, p) => {
    const raw = doc.pages[p];
    if (!raw) return;
    const k = 72 / page.dpi;
    raw.width = page.width * k;
    raw.height = page.height * k;
    // The page's text has one line per OcrLine, with a blank line before each paragraph.
    let item = 0;
    for (const line of page.lines) {
      if (line.paragraph) {
        const blank = raw.items[item++];
        if (blank) Object.assign(blank, { x: line.box.x0 * k, y: (page.height - line.box.y0) * k, width: 0, height: line.height * k });
      }
      const it = raw.items[item++];
      if (!it) break;
      Object.assign(it, { x: line.box.x0 * k, y: (page.height - baselineAt(line, line.box.x0)) * k, width: (line.box.x1 - line.box.x0) * k, height: line.height * k });
    }
  });
  return doc;
}
