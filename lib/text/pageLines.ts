import { reorderedLines } from './drawingOrder';
import { withoutFormatChars } from './invisible';
import type { RawPage } from './types';

/** One printed line of a page: the text items drawn on it, in content order. */
export interface Line {
  page: number;
  items: number[];
  text: string;
  y: number;
  xStart: number;
  xEnd: number;
  height: number;
}

/**
 * Groups a page's text items into lines: as they are drawn (a new line at hasEOL or when the
 * baseline moves), or, for a page drawn against its reading order, by position (drawingOrder.ts).
 */
export function pageLines(page: RawPage): Line[] {
  const byPosition = reorderedLines(page);
  const lines = byPosition ? byPosition.map((items) => lineOf(page, items)) : linesAsDrawn(page);
  return lines.filter((l) => l.text.trim().length > 0);
}

/** The items of a page in the order they are drawn, a new line at hasEOL or when the baseline moves. */
function linesAsDrawn(page: RawPage): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let breakNext = false;
  page.items.forEach((item, index) => {
    const height = item.height || 10;
    const moved = current !== null && Math.abs(item.y - current.y) > Math.max(2, 0.5 * Math.min(height, current.height));
    if (item.str.length > 0) {
      if (current === null || breakNext || moved) {
        current = { page: page.number, items: [], text: '', y: item.y, xStart: item.x, xEnd: item.x, height, };
        lines.push(current);
      }
      addItem(current, page, index);
      breakNext = false;
    }
    if (item.hasEOL) breakNext = true;
  });
  return lines;
}

/**
 * A line of the given items, in that order. Items drawn one word each have no spaces between
 * them: a visible gap is one (as the text builder makes it), so the line reads as printed.
 */
function lineOf(page: RawPage, items: number[]): Line {
  const first = page.items[items[0] ?? 0];
  const line: Line = { page: page.number, items: [], text: '', y: first?.y ?? 0, xStart: first?.x ?? 0, xEnd: first?.x ?? 0, height: first?.height || 10 };
  let prevEnd: number | null = null;
  for (const index of items) {
    const item = page.items[index];
    if (!item) continue;
    const gap = prevEnd === null ? 0 : item.x - prevEnd;
    if (gap > 0.15 * (item.height || 10) && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' ';
    addItem(line, page, index);
    prevEnd = item.x + item.width;
  }
  return line;
}

function addItem(line: Line, page: RawPage, index: number): void {
  const item = page.items[index];
  if (!item) return;
  line.items.push(index);
  line.text += withoutFormatChars(item.str);
  line.xStart = Math.min(line.xStart, item.x);
  line.xEnd = Math.max(line.xEnd, item.x + item.width);
  line.height = Math.max(line.height, item.height || 10);
}
