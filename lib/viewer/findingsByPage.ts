import type { Finding } from '../schema/report';

/** A finding drawn in the letter, with its index in the report (the highlight's number). */
export interface PlacedFinding {
  finding: Finding;
  index: number;
}

const NONE: readonly PlacedFinding[] = Object.freeze([]);

/**
 * The findings on each page (a finding over a page break is on both). A page whose findings are
 * the same objects at the same indices as in `previous` keeps its list from there, so a page
 * whose findings did not change is not drawn again (React.memo on PdfPage).
 */
export function findingsByPage(items: readonly PlacedFinding[], previous: ReadonlyMap<number, readonly PlacedFinding[]> = new Map()): Map<number, readonly PlacedFinding[]> {
  const fresh = new Map<number, PlacedFinding[]>();
  for (const item of items) {
    for (const s of item.finding.segments) {
      const list = fresh.get(s.page);
      if (!list) fresh.set(s.page, [item]);
      else if (list[list.length - 1] !== item) list.push(item);
    }
  }
  const out = new Map<number, readonly PlacedFinding[]>();
  for (const [page, list] of fresh) {
    const before = previous.get(page);
    const same = before !== undefined && before.length === list.length && before.every((b, i) => b.finding === list[i]?.finding && b.index === list[i]?.index);
    out.set(page, same ? before : list);
  }
  return out;
}

/** The findings on `page` (the same empty list for every page without any). */
export const onPage = (byPage: ReadonlyMap<number, readonly PlacedFinding[]>, page: number): readonly PlacedFinding[] => byPage.get(page) ?? NONE;
