import { rules } from '../rules';
import { pageLines, type Line } from './pageLines';
import { findRunningLines, zoneOf } from './runningHeaders';
import { TextBuilder } from './textBuilder';
import type { DocumentText, RawPage } from './types';
import { compileRegex } from './compileRegex';

const bullet = compileRegex(rules.layout.bullets, 'u');
const ordinal = compileRegex(rules.abbreviations.ordinalBefore, 'iu');
/** A line that starts a list item: a bullet, or "2." — but not the "1." of "1. marts". */
function startsListItem(text: string): boolean {
  if (!bullet.test(text)) return false;
  const numbered = /^\s*\d{1,2}[.)]\s*/u.exec(text);
  return !numbered || !ordinal.test(text.slice(numbered[0].length));
}
/** Hyphens that mark a word broken at the end of a line (pdf.js gives U+2010 for a soft hyphen). */
const SOFT_BREAK = /[\u2010\u00AD]\s*$/;
const HARD_HYPHEN_BREAK = /\p{L}-\s*$/u;
/** A hyphen before these words is a Danish compound ellipsis ("social- og sundhedshjælper"). */
const KEEPS_HYPHEN = compileRegex(rules.layout.keepsHyphenBefore, 'u');

/** Reading order of one page: top margin, body, bottom margin, leaving out running lines. */
function readingOrder(page: RawPage, lines: Line[], furniture: Set<Line>): Line[] {
  const kept = lines.filter((l) => !furniture.has(l));
  const zone = (z: string) => kept.filter((l) => zoneOf(l, page) === z);
  return [...zone('top'), ...zone('body'), ...zone('bottom')];
}

/** About how wide line b's first word is, from the width of its first text item. */
function firstWordWidth(pages: RawPage[], b: Line): number {
  const item = pages[b.page - 1]?.items[b.items[0] ?? -1];
  const word = /^\S+/u.exec(b.text.trimStart())?.[0] ?? '';
  const perChar = item && item.str.length > 0 ? item.width / item.str.length : b.height * 0.5;
  return word.length * perChar;
}

/**
 * How line a goes on to line b: a paragraph break (a wide gap), a line break, or the same
 * sentence running on. A line that ends early although b's first word would have fitted
 * was broken on purpose (a heading, the end of a paragraph); a line that is full, ragged
 * or justified, wraps.
 */
function breakBetween(pages: RawPage[], a: Line, b: Line, rightEdge: number): 'paragraph' | 'line' | 'none' {
  if (a.page === b.page && a.y - b.y > 1.7 * a.height) return 'paragraph';
  if (startsListItem(b.text) || b.xStart > a.xStart + 12) return 'line';
  if (/[:;]\s*$/.test(a.text)) return 'line';
  return rightEdge - a.xEnd > firstWordWidth(pages, b) + 0.4 * a.height ? 'line' : 'none';
}

/**
 * Joins the pages' lines into one text. A line that runs to the right margin continues
 * in the next line, also across a page break, so sentences stay whole; a short line,
 * a list item or a wide gap makes a line break. Words hyphenated at a line end are
 * joined, and running headers and footers are left out.
 */
export function buildDocumentText(pages: RawPage[]): DocumentText {
  const linesByPage = pages.map(pageLines);
  const furniture = findRunningLines(pages, linesByPage);
  const ordered = pages.flatMap((page, i) => readingOrder(page, linesByPage[i] ?? [], furniture));
  // The right margin of each page, from its body lines (a wide letterhead or footer does not count).
  const rightEdge = new Map<number, number>();
  for (const line of ordered) {
    const page = pages[line.page - 1] as RawPage;
    if (zoneOf(line, page) !== 'body') continue;
    rightEdge.set(line.page, Math.max(rightEdge.get(line.page) ?? 0, line.xEnd));
  }

  const out = new TextBuilder();
  let previous: Line | null = null;
  for (const line of ordered) {
    if (previous) joinLines(out, pages, previous, line, rightEdge.get(previous.page) ?? previous.xEnd);
    emitLine(out, pages[line.page - 1] as RawPage, line);
    previous = line;
  }
  const pagesWithoutText = pages
    .filter((p, i) => (linesByPage[i] ?? []).reduce((n, l) => n + l.text.trim().length, 0) < 20)
    .map((p) => p.number);
  return out.finish(pages, pagesWithoutText);
}

function joinLines(out: TextBuilder, pages: RawPage[], a: Line, b: Line, rightEdge: number): void {
  const firstWord = b.text.trimStart();
  if (SOFT_BREAK.test(a.text)) {
    while (out.lastChar() === ' ') out.pop();
    if (out.lastChar() === '-') out.pop();
    return;
  }
  if (HARD_HYPHEN_BREAK.test(a.text) && /^\p{Ll}/u.test(firstWord) && !KEEPS_HYPHEN.test(firstWord)) {
    while (out.lastChar() === ' ') out.pop();
    out.pop();
    return;
  }
  const kind = breakBetween(pages, a, b, rightEdge);
  if (kind === 'none') out.addSpace(a.page);
  else out.addNewline(a.page);
  if (kind === 'paragraph') out.addNewline(a.page);
}

/** A gap between two text items, in font heights, that sets two table cells apart. */
const CELL_GAP_EM = rules.layout.cellGapEm;

function emitLine(out: TextBuilder, page: RawPage, line: Line): void {
  let prevEnd: number | null = null;
  for (const index of line.items) {
    const item = page.items[index];
    if (!item) continue;
    const gap = prevEnd === null ? 0 : item.x - prevEnd;
    // A gap as wide as a table's columns keeps two cells apart (as in plain text); a visible gap
    // with no space between two items gets one.
    if (gap > CELL_GAP_EM * (item.height || 10)) out.addCellBreak(page.number);
    else if (gap > 0.15 * (item.height || 10) && !/^\s/.test(item.str)) out.addSpace(page.number);
    out.addText(item.str, page.number, index);
    prevEnd = item.x + item.width;
  }
}
