import type { Segment } from '../schema/report';
import type { DocumentText } from '../text/types';

/** A piece of one text item to mark: [start, end) in that item's string. */
export interface ItemRange {
  item: number;
  start: number;
  end: number;
}

/**
 * The text-item ranges that a finding's segment covers on its page, from the engine's
 * character map. Characters Brevtjek inserted (a space joining two lines) are skipped.
 */
export function itemRanges(doc: DocumentText, segment: Segment): ItemRange[] {
  const ranges: ItemRange[] = [];
  for (let i = segment.start; i < segment.end; i++) {
    if (doc.charPage[i] !== segment.page) continue;
    const item = doc.charItem[i] as number;
    if (item < 0) continue;
    const offset = doc.charOffset[i] as number;
    const last = ranges[ranges.length - 1];
    if (last && last.item === item && offset >= last.start) last.end = Math.max(last.end, offset + 1);
    else ranges.push({ item, start: offset, end: offset + 1 });
  }
  return ranges;
}

/** Where a search term occurs in the document text, case-insensitive. */
export function findInText(text: string, query: string): Array<{ start: number; end: number }> {
  const q = query.trim().toLocaleLowerCase('da');
  if (q.length < 2) return [];
  const hay = text.toLocaleLowerCase('da');
  const out: Array<{ start: number; end: number }> = [];
  for (let at = hay.indexOf(q); at >= 0 && out.length < 500; at = hay.indexOf(q, at + q.length)) {
    out.push({ start: at, end: at + q.length });
  }
  return out;
}
