import { memo } from 'react';
import type { Finding } from '../lib/schema/report';
import type { DocumentText } from '../lib/text/types';
import { itemRanges } from '../lib/viewer/highlightRanges';
import { KindIcon } from './KindIcon';
import { highlightName } from './kinds';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The boxes, relative to `layer`, that the text-layer ranges of a finding cover on one page. */
export function boxesFor(doc: DocumentText, segment: Finding['segments'][number], textDivs: HTMLElement[], layer: HTMLElement): Box[] {
  const origin = layer.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const r of itemRanges(doc, segment)) {
    const div = textDivs[r.item];
    const node = div?.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const range = document.createRange();
    const len = node.textContent?.length ?? 0;
    range.setStart(node, Math.min(r.start, len));
    range.setEnd(node, Math.min(r.end, len));
    for (const rect of range.getClientRects()) {
      if (rect.width < 0.5) continue;
      const box = { left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height };
      const last = boxes[boxes.length - 1];
      // Join boxes on the same line into one.
      if (last && Math.abs(last.top - box.top) < box.height * 0.5 && box.left - (last.left + last.width) < box.height) {
        const right = Math.max(last.left + last.width, box.left + box.width);
        last.left = Math.min(last.left, box.left);
        last.width = right - last.left;
        last.height = Math.max(last.height, box.height);
      } else boxes.push(box);
    }
  }
  return boxes;
}

export interface DrawnHighlight {
  index: number;
  finding: Finding;
  text: string;
  boxes: Box[];
}

/**
 * The highlights over one page: one button per line box, named by kind, words and what it is, and
 * described by why it matters. The chosen one is in the Tab order (n / p and the panel reach all).
 */
export const HighlightLayer = memo(function HighlightLayer({ page, items, selected, onSelect }: { page: number; items: DrawnHighlight[]; selected: number | null; onSelect: (i: number) => void }) {
  return (
    <div className="highlights">
      {items.map((h) => (
        <span key={`d${h.index}`} id={`hl-why-${h.index}-p${page}`} hidden>
          {h.finding.explanation.why}
        </span>
      ))}
      {items.flatMap((h) =>
        h.boxes.map((b, n) => (
          <button
            key={`${h.index}-${n}`}
            type="button"
            tabIndex={selected === h.index && n === 0 && page === h.finding.page ? 0 : -1}
            id={n === 0 ? (page === h.finding.page ? `hl-${h.index}` : `hl-${h.index}-p${page}`) : undefined}
            className={`hl kind-${h.finding.kind}${selected === h.index ? ' selected' : ''}${n === 0 ? ' first' : ''}`}
            data-kind={h.finding.kind}
            data-finding={h.index}
            data-text={h.text}
            aria-label={highlightName(h.finding, h.text)}
            aria-describedby={`hl-why-${h.index}-p${page}`}
            style={{ left: b.left, top: b.top, width: b.width, height: b.height, ['--box-left' as string]: `${b.left}px` }}
            onClick={() => onSelect(h.index)}
          >
            {n === 0 && (
              <span className="hl-icon" aria-hidden="true">
                <KindIcon kind={h.finding.kind} />
              </span>
            )}
          </button>
        )),
      )}
    </div>
  );
});
