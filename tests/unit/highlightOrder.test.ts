import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../lib/schema/report';
import { klagefristHighlight, readingOrder, stepHighlight, type Placed } from '../../lib/viewer/highlightOrder';
import { parseSettings, resolveTheme } from '../../lib/viewer/displaySettings';

const f = (kind: FindingKind, page: number, start: number, extra: Partial<Placed> = {}): Placed => ({
  kind,
  page,
  start,
  end: start + 10,
  segments: [{ page, start }],
  ...extra,
});

// Listed by kind, as the engine may: the reading order is by page and place.
const letter: Placed[] = [
  f('law', 2, 900), // 0
  f('deadline', 2, 1200, { appeal: true }), // 1
  f('sanction', 1, 300), // 2
  f('law', 1, 100), // 3
  f('deadline', 1, 500, { appeal: false }), // 4
  f('medical_quote', 1, 700), // 5
  // A citation over a page break: it starts on page 1.
  f('law', 2, 850, { segments: [{ page: 1, start: 850 }, { page: 2, start: 860 }] }), // 6
];

describe('readingOrder', () => {
  it('orders the highlights as the letter is read, across pages', () => {
    expect(readingOrder(letter)).toEqual([3, 2, 4, 5, 6, 0, 1]);
  });
  it('leaves hidden kinds out', () => {
    expect(readingOrder(letter, new Set<FindingKind>(['law']))).toEqual([2, 4, 5, 1]);
  });
  it('puts a longer highlight starting at the same place after the shorter', () => {
    expect(readingOrder([f('law', 1, 10, { end: 40 }), f('deadline', 1, 10, { end: 20 })])).toEqual([1, 0]);
  });
});

describe('stepHighlight', () => {
  it('starts at the first (next) or the last (previous) when none is chosen', () => {
    expect(stepHighlight(letter, null, 1)).toEqual({ index: 3, wrapped: false });
    expect(stepHighlight(letter, null, -1)).toEqual({ index: 1, wrapped: false });
  });
  it('steps through all of them in reading order and wraps around', () => {
    const seen: number[] = [];
    let at: number | null = null;
    for (let i = 0; i < letter.length; i++) {
      const s: { index: number } = stepHighlight(letter, at, 1)!;
      seen.push(s.index);
      at = s.index;
    }
    expect(seen).toEqual(readingOrder(letter));
    expect(stepHighlight(letter, at, 1)).toEqual({ index: 3, wrapped: true });
    expect(stepHighlight(letter, 3, -1)).toEqual({ index: 1, wrapped: true });
    expect(stepHighlight(letter, 0, -1)).toEqual({ index: 6, wrapped: false });
  });
  it('steps through one kind from where the user is, also from a highlight of another kind', () => {
    expect(stepHighlight(letter, 2, 1, { kind: 'law' })).toEqual({ index: 6, wrapped: false });
    expect(stepHighlight(letter, 2, -1, { kind: 'law' })).toEqual({ index: 3, wrapped: false });
    expect(stepHighlight(letter, 0, 1, { kind: 'law' })).toEqual({ index: 3, wrapped: true });
    expect(stepHighlight(letter, 4, 1, { kind: 'deadline' })).toEqual({ index: 1, wrapped: false });
    expect(stepHighlight(letter, 1, 1, { kind: 'deadline' })).toEqual({ index: 4, wrapped: true });
    // One of its kind only: it is the next and the previous, wrapping onto itself.
    expect(stepHighlight(letter, 5, 1, { kind: 'medical_quote' })).toEqual({ index: 5, wrapped: true });
  });
  it('says so when there is nothing of a kind, or it is hidden', () => {
    expect(stepHighlight(letter, null, 1, { kind: 'appointment' })).toBeNull();
    expect(stepHighlight(letter, 2, 1, { kind: 'law', hidden: new Set<FindingKind>(['law']) })).toBeNull();
    expect(stepHighlight([], null, 1)).toBeNull();
  });
  it('goes on from a hidden highlight by its place in the letter', () => {
    expect(stepHighlight(letter, 3, 1, { hidden: new Set<FindingKind>(['law']) })).toEqual({ index: 2, wrapped: false });
  });
});

describe('klagefristHighlight', () => {
  it('is the letter\'s words about the klagefrist, not any deadline', () => {
    expect(klagefristHighlight(letter)).toBe(1);
    expect(klagefristHighlight(letter.filter((x) => !x.appeal))).toBeNull();
    expect(klagefristHighlight(letter, new Set<FindingKind>(['deadline']))).toBeNull();
  });
});

describe('display settings', () => {
  it('reads what was saved, and the default for anything missing or unknown', () => {
    expect(parseSettings(null)).toEqual({ theme: 'system', textSize: 'normal', singleKeys: true, language: 'da' });
    expect(parseSettings('{"theme":"dark","textSize":"meget-stor","singleKeys":false,"language":"en"}')).toEqual({
      theme: 'dark',
      textSize: 'meget-stor',
      singleKeys: false,
      language: 'en',
    });
    expect(parseSettings('{"theme":"pink","textSize":7,"language":"fr"}')).toEqual({ theme: 'system', textSize: 'normal', singleKeys: true, language: 'da' });
    expect(parseSettings('not json')).toEqual({ theme: 'system', textSize: 'normal', singleKeys: true, language: 'da' });
  });
  it('follows the system for "Som systemet": more contrast or forced colours first, then dark or light', () => {
    const sys = { dark: false, moreContrast: false, forcedColors: false };
    expect(resolveTheme('system', sys)).toBe('light');
    expect(resolveTheme('system', { ...sys, dark: true })).toBe('dark');
    expect(resolveTheme('system', { ...sys, dark: true, moreContrast: true })).toBe('contrast');
    expect(resolveTheme('system', { ...sys, forcedColors: true })).toBe('contrast');
    expect(resolveTheme('light', { dark: true, moreContrast: true, forcedColors: false })).toBe('light');
    expect(resolveTheme('dark', sys)).toBe('dark');
  });
});
