import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { Finding } from '../lib/schema/report';
import type { DocumentText } from '../lib/text/types';
import type { TextContent } from '../lib/pdf/readPdfPages';
import { pdfjs } from '../lib/viewer/pdfjsBrowser';
import { t } from '../lib/i18n/t';
import { boxesFor, HighlightLayer, type Box, type DrawnHighlight } from './Highlights';
import { GlossaryLayer } from './GlossaryLayer';

interface Props {
  pdf: PDFDocumentProxy;
  number: number;
  scale: number;
  size: { width: number; height: number };
  textContent: TextContent | undefined;
  doc: DocumentText;
  findings: Array<{ finding: Finding; index: number }>;
  searchHits: Array<Finding['segments'][number] & { current: boolean }>;
  /** The user's notes on this page: their words, and the note's number in the list. */
  noteMarks?: Array<Finding['segments'][number] & { n: number }>;
  withoutText: boolean;
  /** The whole letter is read: glossary words are marked once the text stops growing (each new page would change where a word first occurs). */
  complete?: boolean;
  selected: number | null;
  onSelect: (i: number) => void;
  /** A note's badge was clicked: its number. */
  onNote?: (n: number) => void;
}

/** One page of the letter: canvas, selectable text layer and the highlights, drawn when it comes near view. */
export function PdfPage(props: Props) {
  const { pdf, number, scale, size, textContent, doc, findings, searchHits, selected, onSelect } = props;
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(number <= 2);
  const [textDivs, setTextDivs] = useState<HTMLElement[] | null>(null);
  const [highlights, setHighlights] = useState<DrawnHighlight[]>([]);
  const [hits, setHits] = useState<Array<Box & { current: boolean }>>([]);
  const [marks, setMarks] = useState<Array<Box & { n: number; first: boolean }>>([]);

  useEffect(() => {
    const el = pageRef.current;
    if (!el || visible) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), { rootMargin: '1200px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);

  // Draw the page and its text layer.
  useEffect(() => {
    if (!visible || !textContent) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    let layer: InstanceType<typeof pdfjs.TextLayer> | null = null;
    void (async () => {
      const page = await pdf.getPage(number);
      if (cancelled || !canvasRef.current || !textRef.current) return;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      const canvas = canvasRef.current;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      textRef.current.replaceChildren();
      layer = new pdfjs.TextLayer({ textContentSource: textContent as unknown as Awaited<ReturnType<typeof page.getTextContent>>, container: textRef.current, viewport });
      await layer.render();
      if (!cancelled) setTextDivs([...layer.textDivs]);
      await task.promise.catch(() => undefined);
    })();
    return () => {
      cancelled = true;
      task?.cancel();
      layer?.cancel();
      setTextDivs(null);
    };
  }, [pdf, number, scale, visible, textContent]);

  // Place the highlights over the exact words, from the engine's character map.
  useLayoutEffect(() => {
    const layerEl = pageRef.current;
    if (!textDivs || !layerEl) return;
    setHighlights(
      findings.map(({ finding, index }) => {
        const segments = finding.segments.filter((s) => s.page === number);
        return {
          index,
          finding,
          text: segments.map((s) => doc.text.slice(s.start, s.end)).join(' '),
          boxes: segments.flatMap((s) => boxesFor(doc, s, textDivs, layerEl)),
        };
      }),
    );
    setHits(searchHits.flatMap((s) => boxesFor(doc, s, textDivs, layerEl).map((b) => ({ ...b, current: s.current }))));
    setMarks((props.noteMarks ?? []).flatMap((s) => boxesFor(doc, s, textDivs, layerEl).map((b, i) => ({ ...b, n: s.n, first: i === 0 }))));
  }, [textDivs, findings, searchHits, props.noteMarks, doc, number]);

  return (
    <div
      ref={pageRef}
      className="page"
      data-page-number={number}
      aria-label={t('pdfPage.label', { page: number, pages: pdf.numPages })}
      role="region"
      style={{ width: size.width * scale, height: size.height * scale, ['--total-scale-factor' as string]: scale }}
    >
      {visible && <canvas ref={canvasRef} className="page-canvas" aria-hidden="true" style={{ width: size.width * scale, height: size.height * scale }} />}
      {/* The letter's own text stays Danish (a screen reader reads it so), whatever language Brevtjek speaks. */}
      {visible && <div ref={textRef} className="textLayer" lang="da" />}
      {props.withoutText && (
        <p className="page-no-text" role="note">
          {t('pdfPage.noText')}
        </p>
      )}
      <div className="search-hits" aria-hidden="true">
        {hits.map((b, i) => (
          <div key={i} className={`search-hit${b.current ? ' current' : ''}`} style={{ left: b.left, top: b.top, width: b.width, height: b.height }} />
        ))}
      </div>
      <div className="note-marks" aria-hidden="true">
        {marks.map((b, i) => (
          <div key={i} className="note-mark" style={{ left: b.left, top: b.top, width: b.width, height: b.height }}>
            {b.first && (
              <button type="button" tabIndex={-1} className="note-badge" onClick={() => props.onNote?.(b.n)}>
                {b.n}
              </button>
            )}
          </div>
        ))}
      </div>
      {textDivs && props.complete !== false && <GlossaryLayer doc={doc} page={number} textDivs={textDivs} />}
      <HighlightLayer page={number} items={highlights} selected={selected} onSelect={onSelect} />
    </div>
  );
}
