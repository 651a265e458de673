import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { Finding } from '../lib/schema/report';
import type { PlacedFinding } from '../lib/viewer/findingsByPage';
import type { DocumentText } from '../lib/text/types';
import type { TextContent } from '../lib/pdf/readPdfPages';
import { pdfjs } from '../lib/viewer/pdfjsBrowser';
import { t } from '../lib/i18n/t';
import { boxesFor, HighlightLayer, type Box, type DrawnHighlight } from './Highlights';
import { GlossaryLayer } from './GlossaryLayer';
import { whenNearView } from './nearView';

interface Props {
  pdf: PDFDocumentProxy;
  number: number;
  scale: number;
  size: { width: number; height: number };
  textContent: TextContent | undefined;
  doc: DocumentText;
  /** The findings on this page: the same list (lib/viewer/findingsByPage.ts) while they do not change. */
  findings: readonly PlacedFinding[];
  searchHits: ReadonlyArray<Finding['segments'][number] & { current: boolean }>;
  /** The user's notes on this page: their words, and the note's number in the list. */
  noteMarks?: ReadonlyArray<Finding['segments'][number] & { n: number }>;
  withoutText: boolean;
  /** The whole letter is read: glossary words are marked once the text stops growing (each new page would change where a word first occurs). */
  complete?: boolean;
  /** The chosen highlight, where it is on this page (else null: the page need not draw again). */
  selected: number | null;
  onSelect: (i: number) => void;
  /** A note's badge was clicked: its number. */
  onNote?: (n: number) => void;
  /** The language Brevtjek speaks: the page's own words are said again in another. */
  language: string;
}

/**
 * While a long letter is read, its text grows and each result brings a new `doc`; a page whose
 * findings, hits and notes are the same draws nothing again for that (their places in the text
 * are the same). Once the letter is complete, the glossary words read `doc` too.
 */
function samePage(a: Props, b: Props): boolean {
  for (const key of Object.keys(b) as Array<keyof Props>) {
    if (key === 'doc') continue;
    if (a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length && (a.doc === b.doc || !b.complete);
}

/**
 * One page of the letter: canvas, selectable text layer and the highlights, drawn when it comes
 * near view. Until then it is an empty box of the page's size (a letter can have hundreds).
 */
export const PdfPage = memo(function PdfPage(props: Props) {
  const { pdf, number, scale, size } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(number <= 2);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    return whenNearView(el, () => setNear(true));
  }, [near]);
  if (near) return <DrawnPage {...props} />;
  return (
    <div
      ref={ref}
      className="page"
      data-page-number={number}
      aria-label={t('pdfPage.label', { page: number, pages: pdf.numPages })}
      role="region"
      style={{ width: size.width * scale, height: size.height * scale, ['--total-scale-factor' as string]: scale }}
    >
      {props.withoutText && (
        <p className="page-no-text" role="note">
          {t('pdfPage.noText')}
        </p>
      )}
    </div>
  );
}, samePage);

/** A page near view: drawn, with its text layer and highlights. */
function DrawnPage(props: Props) {
  const { pdf, number, scale, size, textContent, doc, findings, searchHits, selected, onSelect } = props;
  // The text the boxes are measured in: the latest (a new one alone measures nothing again).
  const docRef = useRef(doc);
  docRef.current = doc;
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [textDivs, setTextDivs] = useState<HTMLElement[] | null>(null);
  const [highlights, setHighlights] = useState<DrawnHighlight[]>([]);
  const [hits, setHits] = useState<Array<Box & { current: boolean }>>([]);
  const [marks, setMarks] = useState<Array<Box & { n: number; first: boolean }>>([]);

  // Draw the page and its text layer.
  useEffect(() => {
    if (!textContent) return;
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
  }, [pdf, number, scale, textContent]);

  // Place the highlights over the exact words, from the engine's character map: once each time
  // the page is drawn, and again only when its findings change.
  useLayoutEffect(() => {
    const layerEl = pageRef.current;
    if (!textDivs || !layerEl) return;
    const doc = docRef.current;
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
  }, [textDivs, findings, number]);

  useLayoutEffect(() => {
    const layerEl = pageRef.current;
    if (!textDivs || !layerEl) return;
    const next = searchHits.flatMap((s) => boxesFor(docRef.current, s, textDivs, layerEl).map((b) => ({ ...b, current: s.current })));
    setHits((was) => (was.length === 0 && next.length === 0 ? was : next));
  }, [textDivs, searchHits]);

  const noteMarks = props.noteMarks;
  useLayoutEffect(() => {
    const layerEl = pageRef.current;
    if (!textDivs || !layerEl) return;
    const next = (noteMarks ?? []).flatMap((s) => boxesFor(docRef.current, s, textDivs, layerEl).map((b, i) => ({ ...b, n: s.n, first: i === 0 })));
    setMarks((was) => (was.length === 0 && next.length === 0 ? was : next));
  }, [textDivs, noteMarks]);

  return (
    <div
      ref={pageRef}
      className="page"
      data-page-number={number}
      aria-label={t('pdfPage.label', { page: number, pages: pdf.numPages })}
      role="region"
      style={{ width: size.width * scale, height: size.height * scale, ['--total-scale-factor' as string]: scale }}
    >
      <canvas ref={canvasRef} className="page-canvas" aria-hidden="true" style={{ width: size.width * scale, height: size.height * scale }} />
      {/* The letter's own text stays Danish (a screen reader reads it so), whatever language Brevtjek speaks. */}
      <div ref={textRef} className="textLayer" lang="da" />
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
