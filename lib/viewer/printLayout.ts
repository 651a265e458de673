import type { LineBox } from './lineBoxes';

/** A box on a page image, in per cent of the image's width and height (so it fits any print size). */
export interface ImageBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A page as pdf.js lays it out at scale 1: user space to image pixels (rotation included), its visible box and size. */
export interface PageFrame {
  transform: number[];
  viewBox: number[];
  width: number;
  height: number;
}

/** Where a line box (from the page's visible box) lands on the page's image. */
export function boxOnImage(box: LineBox, frame: PageFrame): ImageBox {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = frame.transform;
  const [vx = 0, vy = 0] = frame.viewBox;
  const at = (x: number, y: number) => [a * (x + vx) + c * (y + vy) + e, b * (x + vx) + d * (y + vy) + f] as const;
  const [x1, y1] = at(box.x1, box.top);
  const [x2, y2] = at(box.x2, box.bottom);
  return {
    left: (Math.min(x1, x2) / frame.width) * 100,
    top: (Math.min(y1, y2) / frame.height) * 100,
    width: (Math.abs(x2 - x1) / frame.width) * 100,
    height: (Math.abs(y2 - y1) / frame.height) * 100,
  };
}

/**
 * A column for each label in a margin, so labels on the same line stand side by side: the first
 * column not taken by an earlier label within `gap` of its top.
 */
export function marginColumns(tops: number[], gap: number): number[] {
  const cols: number[] = [];
  tops.forEach((top, i) => {
    const taken = new Set(tops.slice(0, i).flatMap((t, j) => (Math.abs(t - top) < gap ? [cols[j]] : [])));
    let col = 0;
    while (taken.has(col)) col++;
    cols.push(col);
  });
  return cols;
}
