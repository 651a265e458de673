import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { FindingKind } from '../lib/schema/report';
import { segmentsOf } from '../lib/text/segments';
import { findInText } from '../lib/viewer/highlightRanges';
import type { OpenLetter } from '../lib/viewer/openLetter';
import { FindBar } from './FindBar';
import { Checklist, FindingsPanel } from './FindingsPanel';
import { KlagefristBanner } from './KlagefristBanner';
import { PdfPage } from './PdfPage';
import { TextLetter } from './TextLetter';

interface Props {
  letter: OpenLetter;
  onReceived: (date: string | null) => void;
  onClose: () => void;
}

const A4 = { width: 595, height: 842 };

/** Waits for an element to appear (a page draws its highlights when it comes into view). */
async function waitFor(selector: string, tries = 90): Promise<HTMLElement | null> {
  for (let i = 0; i < tries; i++) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) return el;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return null;
}

/** An open letter: the klagefrist on top, the pages with highlights, the findings and checklist beside. */
export function LetterView({ letter, onReceived, onClose }: Props) {
  const { report, doc, pdf } = letter;
  const mainRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(true);
  const [zoom, setZoom] = useState(1.25);
  const [width, setWidth] = useState(800);
  const [sizes, setSizes] = useState<Map<number, { width: number; height: number }>>(new Map());
  const [hidden, setHidden] = useState<Set<FindingKind>>(new Set());
  const [selected, setSelected] = useState<number | null>(null);
  const [finding, setFinding] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    const el = mainRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Page sizes, so pages not yet drawn take their place and scrolling never jumps.
  useEffect(() => {
    if (!pdf) return;
    let cancelled = false;
    void (async () => {
      const next = new Map<number, { width: number; height: number }>();
      for (let n = 1; n <= letter.pageCount; n++) {
        const page = await (pdf as unknown as PDFDocumentProxy).getPage(n);
        const vp = page.getViewport({ scale: 1 });
        next.set(n, { width: vp.width, height: vp.height });
        if (n === 1 || n === letter.pageCount) if (!cancelled) setSizes(new Map(next));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [pdf, letter.pageCount]);

  const firstSize = sizes.get(1) ?? A4;
  const scale = fit ? Math.min(2.5, Math.max(0.5, (width - 32) / firstSize.width)) : zoom;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        setFinding(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const visible = useMemo(
    () => report.findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => !hidden.has(finding.kind)),
    [report, hidden],
  );
  const matches = useMemo(() => (finding ? findInText(doc.text, query) : []), [doc, query, finding]);
  const currentMatch = matches.length ? Math.min(current, matches.length - 1) : 0;

  const goTo = useCallback(async (selector: string, page: number) => {
    document.querySelector(`[data-page-number="${page}"]`)?.scrollIntoView({ block: 'start' });
    const el = await waitFor(selector);
    el?.scrollIntoView({ block: 'center' });
    return el;
  }, []);

  const select = useCallback(
    async (i: number) => {
      setSelected(i);
      const f = report.findings[i];
      if (!f) return;
      const el = await goTo(`#hl-${i}`, f.page);
      el?.focus({ preventScroll: true });
    },
    [report, goTo],
  );

  useEffect(() => {
    const m = matches[currentMatch];
    if (!m) return;
    const page = segmentsOf(doc, m.start, m.end)[0]?.page ?? 1;
    void goTo('.search-hit.current, .text-letter', page);
  }, [matches, currentMatch, doc, goTo]);

  const hitsByPage = useMemo(() => {
    const by = new Map<number, Array<ReturnType<typeof segmentsOf>[number] & { current: boolean }>>();
    matches.forEach((m, i) => {
      for (const s of segmentsOf(doc, m.start, m.end)) {
        const list = by.get(s.page) ?? [];
        list.push({ ...s, current: i === currentMatch });
        by.set(s.page, list);
      }
    });
    return by;
  }, [matches, currentMatch, doc]);

  const onPanelSelect = (i: number) => void select(i);
  const onHighlight = (i: number) => {
    setSelected(i);
    document.querySelector(`.findings [data-finding="${i}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="letter-view">
      <header>
      <div className="top">
        <div className="brand">
          <h1 className="brand-name">Brevtjek</h1>
          <span className="file-name">{letter.name}</span>
        </div>
        <KlagefristBanner report={report} onReceived={onReceived} />
      </div>
      <div className="toolbar" role="toolbar" aria-label="Visning">
        {pdf && (
          <>
            <button type="button" onClick={() => { setFit(false); setZoom(Math.max(0.5, scale - 0.25)); }} aria-label="Mindre tekst">
              −
            </button>
            <span className="zoom" aria-live="polite">{Math.round(scale * 100)} %</span>
            <button type="button" onClick={() => { setFit(false); setZoom(Math.min(3, scale + 0.25)); }} aria-label="Større tekst">
              +
            </button>
            <button type="button" aria-pressed={fit} onClick={() => setFit(true)}>
              Tilpas bredde
            </button>
          </>
        )}
        <button type="button" onClick={() => setFinding(true)}>
          Søg (Ctrl+F)
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Åbn et andet brev
        </button>
        {!letter.complete && (
          <span className="progress" role="status">
            Læser brevet … side {report.pages} af {letter.pageCount}
          </span>
        )}
      </div>
      {finding && (
        <FindBar
          query={query}
          count={matches.length}
          current={currentMatch}
          onQuery={(q) => {
            setQuery(q);
            setCurrent(0);
          }}
          onStep={(d) => setCurrent((c) => (matches.length ? (c + d + matches.length) % matches.length : 0))}
          onClose={() => {
            setFinding(false);
            setQuery('');
          }}
        />
      )}
      </header>
      <div className="columns">
        <main ref={mainRef} className="pages" aria-label="Brevet">
          {pdf ? (
            Array.from({ length: letter.pageCount }, (_, i) => i + 1).map((n) => (
              <PdfPage
                key={n}
                pdf={pdf as unknown as PDFDocumentProxy}
                number={n}
                scale={scale}
                size={sizes.get(n) ?? firstSize}
                textContent={letter.textContents.get(n)}
                doc={doc}
                findings={visible.filter(({ finding }) => finding.segments.some((s) => s.page === n))}
                searchHits={hitsByPage.get(n) ?? []}
                withoutText={doc.pagesWithoutText.includes(n) && letter.textContents.has(n)}
                selected={selected}
                onSelect={onHighlight}
              />
            ))
          ) : (
            <TextLetter doc={doc} findings={visible} selected={selected} onSelect={onHighlight} />
          )}
        </main>
        <aside className="side" aria-label="Det vigtige i brevet og tjekliste">
          <FindingsPanel
            report={report}
            hidden={hidden}
            onToggle={(k) =>
              setHidden((h) => {
                const next = new Set(h);
                if (next.has(k)) next.delete(k);
                else next.add(k);
                return next;
              })
            }
            selected={selected}
            onSelect={onPanelSelect}
          />
          <Checklist report={report} />
        </aside>
      </div>
    </div>
  );
}
