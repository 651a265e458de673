import type { Segment } from '../schema/report';
import type { DocumentText } from './types';

/** Where a span of the document text stands on each page it touches (one segment a page). */
export function segmentsOf(doc: DocumentText, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  for (let i = start; i < end; i++) {
    const page = doc.charPage[i] ?? 1;
    const last = segments[segments.length - 1];
    if (last && last.page === page) last.end = i + 1;
    else segments.push({ page, start: i, end: i + 1 });
  }
  if (segments.length === 0) segments.push({ page: doc.charPage[start] ?? 1, start, end });
  return segments;
}
