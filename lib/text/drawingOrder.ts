import type { RawPage, TextItem } from './types';

/**
 * Most PDFs draw their text in reading order, and Brevtjek reads it in that order (it keeps
 * columns and a letterhead drawn last together). Some draw it bottom-up, or each line's words
 * right to left; such a page is read by where its text stands instead: line by line from the
 * top (pdf.js's y grows upward), each line from the left.
 */

/** Two items whose baselines are closer than this (half the smaller font height, at least 2 pt) are on one line. */
export const sameLineTolerance = (a: TextItem, b: TextItem) => Math.max(2, 0.5 * Math.min(a.height || 10, b.height || 10));

/** Fewer steps than this between items say nothing about the order they were drawn in. */
const MIN_STEPS = 3;

const hasText = (item: TextItem) => item.str.trim() !== '';

/**
 * Whether the page's text is drawn against its reading order: most steps from one item to the
 * next that change line go up the page, or most that stay on a line go left. A normal letter
 * goes back now and then (a letterhead drawn last, a second column), never mostly.
 */
function drawnBackwards(items: TextItem[]): boolean {
  let lineSteps = 0;
  let up = 0;
  let wordSteps = 0;
  let left = 0;
  for (let k = 1; k < items.length; k++) {
    const [a, b] = [items[k - 1] as TextItem, items[k] as TextItem];
    const tolerance = sameLineTolerance(a, b);
    if (Math.abs(b.y - a.y) > tolerance) {
      lineSteps++;
      if (b.y > a.y) up++;
    } else {
      wordSteps++;
      if (b.x < a.x - tolerance) left++;
    }
  }
  const mostly = (backwards: number, steps: number) => steps >= MIN_STEPS && backwards > steps / 2;
  return mostly(up, lineSteps) || mostly(left, wordSteps);
}

/** The page's items (their indexes, blank ones left out) grouped into lines by position: top line first, each from the left. */
export function linesByPosition(page: RawPage): number[][] {
  const indexes = page.items.map((_, i) => i).filter((i) => hasText(page.items[i] as TextItem));
  const at = (i: number) => page.items[i] as TextItem;
  indexes.sort((i, j) => at(j).y - at(i).y || at(i).x - at(j).x);
  const lines: number[][] = [];
  let first: TextItem | null = null;
  for (const i of indexes) {
    if (first === null || Math.abs(first.y - at(i).y) > sameLineTolerance(first, at(i))) {
      lines.push([]);
      first = at(i);
    }
    lines[lines.length - 1]?.push(i);
  }
  return lines.map((line) => line.sort((i, j) => at(i).x - at(j).x));
}

/**
 * Whether the lines by position run into each other: items of a line overlapping the next one
 * on it. Text turned on its side looks drawn "upward" but its lines cannot be read by y; it is
 * left in the order it was drawn.
 */
function overlapsOften(page: RawPage, lines: number[][]): boolean {
  let pairs = 0;
  let overlaps = 0;
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) {
      const [a, b] = [page.items[line[k - 1] as number] as TextItem, page.items[line[k] as number] as TextItem];
      pairs++;
      if (b.x < a.x + a.width - sameLineTolerance(a, b)) overlaps++;
    }
  }
  return pairs > 0 && overlaps > pairs / 4;
}

/** The page's lines by position if it is drawn against its reading order (see above), else null: read it as drawn. */
export function reorderedLines(page: RawPage): number[][] | null {
  if (!drawnBackwards(page.items.filter(hasText))) return null;
  const lines = linesByPosition(page);
  return overlapsOften(page, lines) ? null : lines;
}
