import { describe, expect, it } from 'vitest';
import { buildDocumentText } from '../../lib/text/buildDocumentText';
import { segmentsOf } from '../../lib/text/segments';
import { findInText, itemRanges } from '../../lib/viewer/highlightRanges';
import type { RawPage } from '../../lib/text/types';

const item = (str: string, y: number, x = 70) => ({ str, x, y, width: str.length * 5.5, height: 11, hasEOL: true });

describe('itemRanges', () => {
  it('maps a finding over two pages back to the text items it was drawn from', () => {
    const full = 'x'.repeat(70);
    const pages: RawPage[] = [
      { number: 1, width: 595, height: 842, items: [item(`${full} jf. § 36, stk. 1, i lov om aktiv`, 120)] },
      { number: 2, width: 595, height: 842, items: [item('socialpolitik. Næste sætning.', 740)] },
    ];
    const doc = buildDocumentText(pages);
    const start = doc.text.indexOf('§ 36');
    const end = doc.text.indexOf('socialpolitik') + 'socialpolitik'.length;
    const [p1, p2] = segmentsOf(doc, start, end);
    const r1 = itemRanges(doc, p1!);
    const r2 = itemRanges(doc, p2!);
    expect(r1).toEqual([{ item: 0, start: full.length + 5, end: pages[0]!.items[0]!.str.length }]);
    expect(pages[0]!.items[0]!.str.slice(r1[0]!.start, r1[0]!.end)).toBe('§ 36, stk. 1, i lov om aktiv');
    expect(r2).toEqual([{ item: 0, start: 0, end: 'socialpolitik'.length }]);
  });
});

describe('findInText', () => {
  it('finds a word case-insensitively, æøå too', () => {
    expect(findInText('Lægen skriver. LÆGEN mener.', 'lægen')).toEqual([
      { start: 0, end: 5 },
      { start: 15, end: 20 },
    ]);
    expect(findInText('kort', 'k')).toEqual([]);
  });
});
