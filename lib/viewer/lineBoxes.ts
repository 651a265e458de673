import type { Segment } from '../schema/report';
import type { DocumentText } from '../text/types';
import { itemRanges } from './highlightRanges';

/** Where a line of marked text stands, in PDF units from the page's visible box (origin bottom-left). */
export interface LineBox {
  x1: number;
  x2: number;
  bottom: number;
  top: number;
}

/** Helvetica's (and Arial's) glyph widths, by group: a character's x is its share of the item's width by these. */
const WIDTHS: Array<[number, string]> = [
  [222, "ijl'"], [278, ' !,./:;I[]\\ft|'], [333, '-()r`{}"„“”‘’'], [500, 'cksvxyzJ'], [584, '+<=>~'], [611, 'FTZø'],
  [667, 'ABEKPSVXY&Å'], [722, 'CDHNRUw'], [778, 'GOQØ'], [833, 'mM'], [889, '%æ'], [944, 'W'], [1000, '@—Æ'],
];
const WIDTH = new Map(WIDTHS.flatMap(([w, chars]) => [...chars].map((c) => [c, w] as const)));
const widthOf = (ch: string) => WIDTH.get(ch) ?? WIDTH.get(ch.normalize('NFD')[0] ?? '') ?? 556;

/**
 * One box per line of a segment, without a DOM: a character's x is the share of the item's width
 * that the glyphs before it take, its height the item's baseline less a descent to its height above it.
 * `fit` may move a box (onto the page); boxes narrower than half a unit are left out.
 */
export function lineBoxes(doc: DocumentText, segment: Segment, fit: (b: LineBox) => LineBox = (b) => b): LineBox[] {
  const raw = doc.pages[segment.page - 1];
  if (!raw) return [];
  const boxes: LineBox[] = [];
  for (const r of itemRanges(doc, segment)) {
    const item = raw.items[r.item];
    if (!item || item.str.length === 0 || item.width <= 0) continue;
    const chars = item.str.split('').map(widthOf);
    const share = (n: number) => chars.slice(0, n).reduce((a, b) => a + b, 0) / chars.reduce((a, b) => a + b, 0);
    const h = item.height;
    const box = fit({
      x1: item.x + item.width * share(r.start),
      x2: item.x + item.width * share(r.end),
      bottom: item.y - 0.25 * h,
      top: item.y + 0.9 * h,
    });
    if (box.x2 - box.x1 < 0.5) continue;
    const last = boxes[boxes.length - 1];
    const lineHeight = box.top - box.bottom;
    // Join pieces on the same line (same baseline, close together) into one box.
    if (last && Math.abs(last.bottom - box.bottom) < lineHeight * 0.5 && box.x1 - last.x2 < lineHeight) {
      last.x1 = Math.min(last.x1, box.x1);
      last.x2 = Math.max(last.x2, box.x2);
      last.bottom = Math.min(last.bottom, box.bottom);
      last.top = Math.max(last.top, box.top);
    } else boxes.push(box);
  }
  return boxes;
}
