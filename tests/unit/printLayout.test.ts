import { describe, expect, it } from 'vitest';
import { buildDocumentText } from '../../lib/text/buildDocumentText';
import { segmentsOf } from '../../lib/text/segments';
import type { RawPage } from '../../lib/text/types';
import { lineBoxes } from '../../lib/viewer/lineBoxes';
import { boxOnImage, marginColumns } from '../../lib/viewer/printLayout';
import { textRuns } from '../../lib/viewer/textRuns';

describe('textRuns', () => {
  it('cuts a text letter into highlights and plain text, and notes inside and across them', () => {
    // "aaa [bbb] ccc": a note over "a [bb", another over "cc"
    const runs = textRuns(13, [{ start: 4, end: 9, index: 0 }], [
      { start: 2, end: 7, n: 1 },
      { start: 10, end: 12, n: 2 },
    ]);
    expect(runs.map((r) => [r.finding, r.start, r.end])).toEqual([
      [null, 0, 4],
      [0, 4, 9],
      [null, 9, 13],
    ]);
    expect(runs.flatMap((r) => r.pieces).map((p) => [p.start, p.end, p.notes, p.badges])).toEqual([
      [0, 2, [], []],
      [2, 4, [1], [1]],
      [4, 7, [1], []],
      [7, 9, [], []],
      [9, 10, [], []],
      [10, 12, [2], [2]],
      [12, 13, [], []],
    ]);
  });

  it('leaves out a highlight that overlaps an earlier one, as the viewer always has', () => {
    const runs = textRuns(10, [{ start: 0, end: 5, index: 0 }, { start: 3, end: 8, index: 1 }], []);
    expect(runs.map((r) => r.finding)).toEqual([0, null]);
    expect(runs.map((r) => r.end - r.start).reduce((a, b) => a + b)).toBe(10);
  });

  it('badges two notes on the same words once each', () => {
    const runs = textRuns(6, [], [{ start: 1, end: 4, n: 1 }, { start: 1, end: 5, n: 2 }]);
    expect(runs[0]!.pieces.flatMap((p) => p.badges)).toEqual([1, 2]);
  });
});

describe('print layout', () => {
  const frame = { transform: [1, 0, 0, -1, 0, 842], viewBox: [0, 0, 595, 842], width: 595, height: 842 };

  it('puts a line box on the page image in per cent, from the top left', () => {
    const b = boxOnImage({ x1: 59.5, x2: 119, bottom: 742, top: 758.84 }, frame);
    expect(b.left).toBeCloseTo(10);
    expect(b.width).toBeCloseTo(10);
    expect(b.top).toBeCloseTo(((842 - 758.84) / 842) * 100);
    expect(b.height).toBeCloseTo((16.84 / 842) * 100);
  });

  it('follows a cropped page (the visible box is not at 0, 0)', () => {
    const cropped = { transform: [1, 0, 0, -1, -20, 822], viewBox: [20, 20, 575, 822], width: 555, height: 802 };
    const b = boxOnImage({ x1: 0, x2: 55.5, bottom: 792, top: 802 }, cropped);
    expect(b.left).toBeCloseTo(0);
    expect(b.top).toBeCloseTo(0);
    expect(b.width).toBeCloseTo(10);
  });

  it('follows a page turned a quarter (pdf.js gives the turned transform)', () => {
    // Rotation 90: x' = y, y' = x (user space, no flip needed after turning)
    const turned = { transform: [0, 1, 1, 0, 0, 0], viewBox: [0, 0, 595, 842], width: 842, height: 595 };
    const b = boxOnImage({ x1: 100, x2: 200, bottom: 300, top: 320 }, turned);
    expect([b.left, b.top, b.width, b.height].map((v) => Math.round(v * 100) / 100)).toEqual(
      [(300 / 842) * 100, (100 / 595) * 100, (20 / 842) * 100, (100 / 595) * 100].map((v) => Math.round(v * 100) / 100),
    );
  });

  it('sets labels on the same line side by side, and others in the first column', () => {
    expect(marginColumns([10, 10.5, 30, 10.2, 31], 1.6)).toEqual([0, 1, 0, 2, 1]);
  });

  it('draws a highlight box over its words on a page, one box a line', () => {
    const item = (str: string, y: number) => ({ str, x: 72, y, width: str.length * 6, height: 12, hasEOL: true });
    const pages: RawPage[] = [{ number: 1, width: 595, height: 842, items: [item('Du skal møde op i jobcentret', 700), item('den 3. marts 2026.', 685)] }];
    const doc = buildDocumentText(pages);
    const start = doc.text.indexOf('jobcentret');
    const end = doc.text.indexOf('marts') + 'marts'.length;
    const boxes = segmentsOf(doc, start, end).flatMap((s) => lineBoxes(doc, s));
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.x1).toBeGreaterThan(72);
    expect(boxes[0]!.x2).toBeCloseTo(72 + 'Du skal møde op i jobcentret'.length * 6);
    expect(boxes[1]!.x1).toBeCloseTo(72);
    expect(boxes[0]!.bottom).toBeLessThan(700);
    expect(boxes[0]!.top).toBeGreaterThan(700);
  });
});
