import { rules } from '../rules';
import type { Line } from './pageLines';
import type { RawPage } from './types';
import { compileRegex } from './compileRegex';

const pageNumber = rules.layout.pageNumber.map((p) => compileRegex(p, 'iu'));
const caseLine = rules.layout.caseLine.map((p) => compileRegex(p, 'iu'));

/** A line's text with digits and spaces folded, so "Side 2 af 4" and "Side 3 af 4" compare equal. */
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

type Zone = 'top' | 'body' | 'bottom';

export function zoneOf(line: Line, page: RawPage): Zone {
  const margin = page.height * rules.layout.marginShare;
  if (line.y > page.height - margin) return 'top';
  if (line.y < margin) return 'bottom';
  return 'body';
}

/**
 * Finds running headers and footers: lines in a page's top or bottom margin that are a
 * page number ("Side 2 af 4"), or that repeat on two or more pages (the letterhead, a
 * sagsnummer line on a continuation page). They are page furniture, so they must not cut a sentence in two.
 */
export function findRunningLines(pages: RawPage[], linesByPage: Line[][]): Set<Line> {
  const seen = new Map<string, Set<number>>();
  linesByPage.forEach((lines, i) => {
    const page = pages[i];
    if (!page) return;
    for (const line of lines) {
      if (zoneOf(line, page) === 'body') continue;
      const key = shape(line.text);
      const set = seen.get(key) ?? new Set<number>();
      set.add(page.number);
      seen.set(key, set);
    }
  });
  const furniture = new Set<Line>();
  linesByPage.forEach((lines, i) => {
    const page = pages[i];
    if (!page) return;
    for (const line of lines) {
      if (zoneOf(line, page) === 'body') continue;
      const repeated = (seen.get(shape(line.text))?.size ?? 0) >= 2;
      const isPageNumber = pageNumber.some((re) => re.test(line.text));
      const isCaseLine = caseLine.some((re) => re.test(line.text));
      if (isPageNumber || (repeated && pages.length > 1) || (isCaseLine && page.number > 1)) {
        furniture.add(line);
      }
    }
  });
  return furniture;
}
