/**
 * The benchmark's letters (npm run bench): PDFs of 1, 10, 100 and 500 pages made with pdf-lib
 * from the text of the sample letters in ../shared/eval/letters. Page 1 starts a decision (letter
 * 01's head), the pages between are case history (sections and paragraphs picked from all the
 * sample letters, in a fixed pseudo-random order, under headings and dated journal notes), and the
 * last page ends with the decision's klagevejledning. Pages 2 on have a running header, every page
 * a "Side n af N" footer. Written once to node_modules/.cache/brevtjek-bench/ and reused.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CACHE = join(ROOT, 'node_modules/.cache/brevtjek-bench');
export const LETTERS_DIR = process.env.BREVTJEK_BENCH_LETTERS ?? resolve(ROOT, '../shared/eval/letters');
/** The decision the letters start with and end with (its head on page 1, its klagevejledning last). */
export const DECISION = '01-sanktion-afslag-praktik.txt';
/** Change when the letters change, so cached PDFs are made again. */
const VERSION = 'v1';

const PAGE = { width: 595, height: 842, left: 60, right: 60, top: 790, bottom: 60 };
const SIZE = 10;
const LEADING = 13;
const LINES_PER_PAGE = Math.floor((PAGE.top - PAGE.bottom) / LEADING) + 1;
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** A letter's lines as blocks: a heading (a short line) or a paragraph (a long one); blank lines dropped. */
function blocksOf(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/** A line of prose: long, ending like a sentence, not a table row or a letterhead. */
const isParagraph = (line: string) => line.length >= 60 && /[.!?:"»“”')]$/.test(line) && !/ {2}| · /.test(line);
const isKlage = (line: string) => /klagevejledning|sådan klager|du kan klage|klagen skal/i.test(line);

/** Paragraphs and headings of all sample letters for the case history: no letterhead, addresses, greetings or klagevejledning. */
function historyPool(): { paragraphs: string[]; headings: string[] } {
  const files = readdirSync(LETTERS_DIR).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no sample letters (*.txt) in ${LETTERS_DIR}`);
  const paragraphs: string[] = [];
  const headings = new Set<string>();
  for (const f of files) {
    let inKlage = false;
    for (const line of blocksOf(readFileSync(join(LETTERS_DIR, f), 'utf8'))) {
      if (/^med venlig hilsen/i.test(line)) break;
      if (line.length < 60) {
        inKlage = isKlage(line);
        if (!inKlage && /^[A-ZÆØÅ][a-zæøå]+( [a-zæøå]+){0,4}$/.test(line) && line.length <= 40) headings.add(line);
        continue;
      }
      if (!inKlage && !isKlage(line) && isParagraph(line)) paragraphs.push(line);
    }
  }
  return { paragraphs, headings: [...headings] };
}

/** A small fixed-seed PRNG (mulberry32), so the letters are the same every time. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Only characters Helvetica's WinAnsi encoding has; others (rare in the samples) become '?'. */
function encodable(font: PDFFont): (s: string) => string {
  const ok = new Map<string, boolean>();
  const test = (ch: string) => {
    try {
      font.encodeText(ch);
      return true;
    } catch {
      return false;
    }
  };
  const has = (ch: string) => {
    let yes = ok.get(ch);
    if (yes === undefined) ok.set(ch, (yes = test(ch)));
    return yes;
  };
  return (s) => [...s.replace(/\t/g, ' ')].map((ch) => (has(ch) ? ch : '?')).join('');
}

/** Wraps one block to the text width; a paragraph is followed by a blank line. */
function wrap(font: PDFFont, block: string): string[] {
  const width = PAGE.width - PAGE.left - PAGE.right;
  const lines: string[] = [];
  let line = '';
  for (const word of block.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Blocks (headings and paragraphs, '' for a blank line) laid out as lines. */
const layout = (font: PDFFont, blocks: string[]) => blocks.flatMap((b) => (b === '' ? [''] : wrap(font, b)));

/** The decision split in its head (page 1) and its ending (klagevejledning and greeting). */
function decision(): { head: string[]; ending: string[] } {
  const lines = readFileSync(join(LETTERS_DIR, DECISION), 'utf8').split(/\r?\n/).map((l) => l.trim());
  const at = lines.findIndex((l) => /^klagevejledning$/i.test(l));
  if (at < 0) throw new Error(`${DECISION} has no Klagevejledning`);
  return { head: lines.slice(0, at), ending: lines.slice(at) };
}

/** The lines of a letter of `pages` pages: the decision's head, case history, the ending on the last page. */
function letterLines(font: PDFFont, pages: number): string[] {
  const clean = encodable(font);
  const { head, ending } = decision();
  const headLines = layout(font, head.map(clean));
  const endLines = layout(font, ['', ...ending.map(clean)]);
  const lines = [...headLines];
  if (pages > 1) lines.push('', 'Sagens forløb', 'Nedenfor gennemgår vi forløbet i din sag og de oplysninger, vi har lagt vægt på.', '');
  const { paragraphs, headings } = historyPool();
  const next = random(pages);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] as T;
  // Fill until the last page is reached, leaving room there for the ending.
  const lastStart = (pages - 1) * LINES_PER_PAGE;
  const room = pages * LINES_PER_PAGE - endLines.length;
  let day = 0;
  while (lines.length < lastStart) {
    day += 1 + Math.floor(next() * 20);
    const date = `${1 + (day % 28)}. ${MONTHS[Math.floor(day / 28) % 12]} ${2019 + (Math.floor(day / 336) % 7)}`;
    const section = [next() < 0.5 ? `Journalnotat af ${date}` : pick(headings), ...Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(paragraphs)), ''];
    const sectionLines = layout(font, section.map(clean));
    if (lines.length + sectionLines.length > room) break;
    lines.push(...sectionLines);
  }
  while (lines.length < lastStart) lines.push('');
  if (lines.length + endLines.length > pages * LINES_PER_PAGE) throw new Error(`the ${pages}-page letter does not fit`);
  return [...lines, ...endLines];
}

/** Draws the letter: LINES_PER_PAGE lines a page, a running header from page 2 and a page footer. */
async function makeLetter(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = letterLines(font, pages);
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    if (p > 0) page.drawText('Jobcenter Aarhus · Sagsnummer J.2025.88213', { x: PAGE.left, y: PAGE.top + 25, size: 8, font });
    lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE).forEach((text, i) => {
      if (text) page.drawText(text, { x: PAGE.left, y: PAGE.top - LEADING * i, size: SIZE, font });
    });
    page.drawText(`Side ${p + 1} af ${pages}`, { x: PAGE.width - PAGE.right - 50, y: PAGE.bottom - 30, size: 8, font });
  }
  return pdf.save();
}

/** The path of the `pages`-page letter, made first if it is not in the cache. */
export async function benchLetter(pages: number): Promise<string> {
  const file = join(CACHE, `letter-${pages}p.${VERSION}.pdf`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(file, await makeLetter(pages));
  }
  return file;
}

/** A one-page letter as text, for the command line's start-up time. */
export const ONE_PAGE_TEXT = join(LETTERS_DIR, DECISION);
