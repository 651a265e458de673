import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/schema/report';
import { decodeFindings, encodeFindings, sameData, sendAhead } from '../../lib/viewer/findingsDelta';
import { findingsByPage, onPage } from '../../lib/viewer/findingsByPage';

const law = (start: number, page: number, what = 'Lovhenvisning'): Finding => ({
  kind: 'law',
  text: '§ 13 i aktivloven',
  start,
  end: start + 17,
  page,
  segments: [{ page, start, end: start + 17 }],
  ruleId: 'law.provision',
  explanation: { what, why: 'Dine pligter.', todo: 'Læs reglen.', source: { law: 'aktivloven', paragraph: '13', label: '§ 13 i aktivloven' } },
  law: 'aktivloven',
  paragraph: '13',
  resolvedBy: 'named',
});

describe('findings told relative to the ones sent before', () => {
  it('names an unchanged finding by its number, sends a new or changed one whole, and the viewer keeps its objects', () => {
    const before = [law(10, 1), law(100, 2)];
    const kept = decodeFindings([], encodeFindings([], before));
    expect(kept).toEqual(before);
    // The worker's next list: equal copies, one changed, one new.
    const next = [structuredClone(before[0]!), law(100, 2, 'Lovhenvisning (ændret)'), law(300, 3)];
    const delta = encodeFindings(before, next);
    expect(delta.map((d) => (typeof d === 'number' ? d : 'whole'))).toEqual([0, 'whole', 'whole']);
    const decoded = decodeFindings(kept, structuredClone(delta));
    expect(decoded[0]).toBe(kept[0]);
    expect(decoded).toEqual(next);
  });

  it('pairs equal findings once each, also where two are alike', () => {
    const twice = [law(10, 1), law(10, 1)];
    expect(encodeFindings(twice, [law(10, 1), law(10, 1), law(10, 1)])).toEqual([0, 1, law(10, 1)]);
    expect(() => decodeFindings([], [3])).toThrow();
  });

  it('sends many new findings ahead in parts, and names them by number', () => {
    const before = [law(10, 1)];
    const next = [law(10, 1), law(20, 1), law(30, 2), law(40, 2), law(50, 3)];
    const parts: Finding[][] = [];
    const delta = sendAhead(encodeFindings(before, next), (p) => parts.push(p), 2);
    expect(delta).toEqual([0, -1, -2, -3, -4]);
    expect(parts.map((p) => p.length)).toEqual([2, 2]);
    expect(decodeFindings(before, delta, parts.flat())).toEqual(next);
    // Few enough: sent in the result itself.
    expect(sendAhead(encodeFindings(before, next.slice(0, 2)), () => expect.fail('no part'), 2)).toEqual([0, law(20, 1)]);
  });

  it('compares plain data deeply', () => {
    expect(sameData({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
  });
});

describe('findings by page', () => {
  it('lists a finding on each page it is on, and keeps a page’s list while its findings stay the same', () => {
    const over = { ...law(50, 1), segments: [{ page: 1, start: 50, end: 60 }, { page: 2, start: 61, end: 67 }] };
    const a = law(10, 1);
    const first = findingsByPage([{ finding: a, index: 0 }, { finding: over, index: 1 }]);
    expect(onPage(first, 2).map((p) => p.index)).toEqual([1]);
    expect(onPage(first, 1).map((p) => p.index)).toEqual([0, 1]);
    // A new report: page 1 and 2 the same, page 3 new; page 1's list is the one before.
    const second = findingsByPage([{ finding: a, index: 0 }, { finding: over, index: 1 }, { finding: law(200, 3), index: 2 }], first);
    expect(onPage(second, 1)).toBe(onPage(first, 1));
    expect(onPage(second, 2)).toBe(onPage(first, 2));
    expect(onPage(second, 3)).toHaveLength(1);
    // An index that moved: the page draws again.
    const third = findingsByPage([{ finding: law(5, 1), index: 0 }, { finding: a, index: 1 }], second);
    expect(onPage(third, 1)).not.toBe(onPage(second, 1));
    expect(onPage(third, 9)).toBe(onPage(first, 9));
  });
});
