import { rules } from '../rules';
import { compileRegex } from './compileRegex';

const bullet = compileRegex(rules.layout.bullets, 'u');
const pageNumber = rules.layout.pageNumber.map((p) => compileRegex(p, 'iu'));
const footerPageNumber = compileRegex(rules.layout.footerPageNumber, 'iu');
const caseLine = rules.layout.caseLine.map((p) => compileRegex(p, 'iu'));
/** "o " and "a. " start list items in plain text too. */
const LIST_START = compileRegex(rules.layout.plainTextListStart, 'u');
/** A table row: columns set apart by runs of spaces or tabs, or by "|". */
const TABLE_ROW = compileRegex(rules.layout.tableRow, 'u');
/** Above this width the text is not hard-wrapped: its paragraphs are lines of their own. */
const WRAPPED_WIDTH_MAX = rules.layout.wrappedWidthMax;

/** How each line of a plain text goes on: into the next line as one paragraph, or with a line break. */
export type LineEnd = 'wrap' | 'break';

/** The width the text is wrapped at: nearly the longest of its lines. */
function wrapWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n >= 30).sort((a, b) => a - b);
  return lengths[Math.floor(0.95 * (lengths.length - 1))] ?? 0;
}

const startsItem = (line: string) => bullet.test(line) || LIST_START.test(line);

const blank = (line: string | undefined) => line !== undefined && !line.trim();
const isCaseLine = (line: string | undefined) => line !== undefined && caseLine.some((re) => re.test(line));

/**
 * Page furniture inside the running text of a plain text copied from a PDF: a block of short
 * lines around "Side 2 af 3" (or a footer ending with it), between blank lines, and the next
 * page's case-number header ("Sagsnr.: 25/31188"). Returns the indexes of its lines and of the
 * blank lines around it, so the paragraph it interrupts can run on.
 */
export function furnitureLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    const footer = footerPageNumber.test(line);
    if (!footer && !pageNumber.some((re) => re.test(line))) return;
    let from = i;
    let to = i;
    // A bare page number may sit in a block of short lines; a footer line that ends with one is its block.
    while (!footer && from > 0 && lines[from - 1]?.trim() && i - from < 3 && (lines[from - 1]?.length ?? 0) < 60) from--;
    while (!footer && to + 1 < lines.length && lines[to + 1]?.trim() && to - i < 3 && (lines[to + 1]?.length ?? 0) < 60) to++;
    while (from > 0 && blank(lines[from - 1])) from--;
    while (blank(lines[to + 1]) || isCaseLine(lines[to + 1])) to++;
    for (let k = from; k <= to; k++) out.add(k);
  });
  return out;
}

/**
 * Whether each line of a hard-wrapped plain text (as copied from a PDF) wraps into the next:
 * a long line that does not end a sentence, or one followed by a lower-case word, runs on; a
 * heading, a short line, a list item's start, a table row, or a blank line breaks. A text whose
 * paragraphs are single long lines is left as it is.
 */
export function lineEnds(lines: string[]): LineEnd[] {
  const width = wrapWidth(lines);
  const wrapped = width > 0 && width <= WRAPPED_WIDTH_MAX;
  return lines.map((a, i) => {
    const b = lines[i + 1];
    if (!wrapped || b === undefined || !a.trim() || !b.trim()) return 'break';
    if (TABLE_ROW.test(a) || TABLE_ROW.test(b) || /[:;]\s*$/.test(a)) return 'break';
    const item = startsItem(b);
    // A list item's wrapped line is indented under it.
    if (item) return 'break';
    // A numbered or bulleted line followed by a capitalised line is an item or heading of its own.
    if (startsItem(a) && /^\s*\p{Lu}/u.test(b) && !/[,;]\s*$/.test(a)) return 'break';
    const long = a.trimEnd().length >= 0.6 * width;
    const runsOn = /^\s*[\p{Ll}\d§(]/u.test(b);
    if (long && !/[.!?]\s*$/.test(a)) return 'wrap';
    if (runsOn && a.trimEnd().length >= 0.5 * width) return 'wrap';
    return 'break';
  });
}
