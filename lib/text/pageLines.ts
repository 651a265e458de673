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

/** Groups a page's text items into lines (a new line at hasEOL or when the baseline moves). */
export function pageLines(page: RawPage): Line[] {
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
      current.items.push(index);
      current.text += item.str;
      current.xStart = Math.min(current.xStart, item.x);
      current.xEnd = Math.max(current.xEnd, item.x + item.width);
      current.height = Math.max(current.height, height);
      breakNext = false;
    }
    if (item.hasEOL) breakNext = true;
  });
  return lines.filter((l) => l.text.trim().length > 0);
}
