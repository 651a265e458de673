import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TermMatch } from '../lib/glossary/findTerms';
import { segmentsOf } from '../lib/text/segments';
import type { DocumentText } from '../lib/text/types';
import { GlossaryTerm, letterTerms } from './GlossaryText';
import { boxesFor, type Box } from './Highlights';
import './glossary.css';

/** How long a hovered word keeps its meaning after the pointer leaves it. */
const LEAVE_MS = 250;

interface Mark {
  match: TermMatch;
  words: string;
  boxes: Box[];
}

/**
 * The glossary words on one PDF page: a dotted line under each, drawn over pdf.js's text
 * layer from the engine's character map, like the highlights. The marks let the pointer
 * through (pointer-events: none), so selecting text for a note and clicking a highlight work
 * as before; the page tells which word the pointer is over. Each word can also be reached
 * with Tab. Computed once per page, when its text layer is drawn.
 */
export function GlossaryLayer({ doc, page, textDivs }: { doc: DocumentText; page: number; textDivs: HTMLElement[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [hover, setHover] = useState<number | null>(null);

  useLayoutEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    const out: Mark[] = [];
    for (const match of letterTerms(doc.text)) {
      if (doc.charPage[match.start] !== page && doc.charPage[match.end - 1] !== page) continue;
      const boxes = segmentsOf(doc, match.start, match.end)
        .filter((s) => s.page === page)
        .flatMap((s) => boxesFor(doc, s, textDivs, layer));
      if (boxes.length > 0) out.push({ match, words: doc.text.slice(match.start, match.end).replace(/\s+/g, ' '), boxes });
    }
    setMarks(out);
  }, [doc, page, textDivs]);

  // Which word the pointer is over, from the page's own pointer events.
  useEffect(() => {
    const layer = ref.current;
    const pageEl = layer?.parentElement;
    if (!layer || !pageEl || marks.length === 0) return;
    let timer = 0;
    const leave = () => {
      if (!timer) timer = window.setTimeout(() => {
        timer = 0;
        setHover(null);
      }, LEAVE_MS);
    };
    const move = (e: PointerEvent) => {
      // Not while text is being selected, and not for a finger (a tap focuses instead).
      if (e.buttons !== 0 || e.pointerType === 'touch') return leave();
      const origin = layer.getBoundingClientRect();
      const x = e.clientX - origin.left;
      const y = e.clientY - origin.top;
      const at = marks.findIndex((m) => m.boxes.some((b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height));
      if (at < 0) return leave();
      window.clearTimeout(timer);
      timer = 0;
      setHover(at);
    };
    pageEl.addEventListener('pointermove', move);
    pageEl.addEventListener('pointerleave', leave);
    return () => {
      window.clearTimeout(timer);
      pageEl.removeEventListener('pointermove', move);
      pageEl.removeEventListener('pointerleave', leave);
    };
  }, [marks]);

  return (
    <div ref={ref} className="glossary-marks">
      {marks.map((m, i) =>
        m.boxes.map((b, n) => {
          const style = { left: b.left, top: b.top, width: b.width, height: b.height };
          // One focusable word per term; a word broken over two lines gets a line under each part.
          return n === 0 ? (
            <GlossaryTerm key={`${m.match.start}`} term={m.match.term} label={m.words} className="gloss-box" style={style} hovered={hover === i} />
          ) : (
            <span key={`${m.match.start}-${n}`} className="gloss-box" aria-hidden="true" style={style} />
          );
        }),
      )}
    </div>
  );
}
