import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { FindingKind } from '../lib/schema/report';
import { pageLines } from '../lib/text/pageLines';
import { segmentsOf } from '../lib/text/segments';
import { findInText } from '../lib/viewer/highlightRanges';
import { findingsByPage, onPage, type PlacedFinding } from '../lib/viewer/findingsByPage';
import type { OpenLetter } from '../lib/viewer/openLetter';
import { caseTextOf, findCaseFacts } from '../lib/klage/caseFacts';
import { describeAnchor, anchorIn } from '../lib/notes/anchor';
import type { Note } from '../lib/storage/records';
import { t, type MessageKey } from '../lib/i18n/t';
import type { TextWarning } from '../lib/text/types';
import type { Kept } from './App';
import { ChecklistPanel } from './ChecklistPanel';
import { download } from './download';
import { FindBar } from './FindBar';
import { CitatPanel } from './CitatPanel';
import { FindingsPanel } from './FindingsPanel';
import { KlageEditor } from './KlageEditor';
import { KlagefristBanner } from './KlagefristBanner';
import { LetterPrint } from './LetterPrint';
import { MeetingSheet } from './MeetingSheet';
import { rangeInText, selectionInLetter } from './letterSelection';
import { NoteForm, NotesPanel } from './NotesPanel';
import { Overview, type PanelSection } from './Overview';
import { SaveStatusLine } from './SaveStatusLine';
import { useLetterCase } from './useLetterCase';
import { useLetterPrint } from './useLetterPrint';
import { PdfPage } from './PdfPage';
import { ReadAloudBar } from './ReadAloudBar';
import { TextLetter } from './TextLetter';
import { DisplaySettings } from './DisplaySettings';
import { KeyHelp } from './KeyHelp';
import { SkipLinks } from './SkipLinks';
import { useTextScale } from './useDisplaySettings';
import { useHighlightKeys } from './useHighlightKeys';
import { useLanguage } from './useLanguage';
import { MoreActions } from './MoreActions';
import { COMPACT_QUERY, useMedia, useNarrow } from './useNarrow';
import { tabPanelId, ViewTabs, type ViewTab } from './ViewTabs';
import type { StatementInput } from '../lib/citat/checkStatement';

/** What to say when a text letter's characters were not all read (lib/text/decodeText.ts). */
const TEXT_WARNING = { 'replacement-chars': 'letterView.textWarning.replacementChars', 'nul-chars': 'letterView.textWarning.nulChars' } as const satisfies Record<TextWarning, MessageKey>;

interface Props {
  letter: OpenLetter;
  /** The PDF's own bytes, to write it back with its highlights and notes. */
  pdfBytes: Uint8Array | null;
  kept: Kept | null;
  storageProblem: string | null;
  onKeep: (keep: boolean) => void;
  onReceived: (date: string | null) => void;
  onClose: () => void;
  /** Brevtjek's own example letter: said so on top. */
  example?: boolean;
  /** The statement checked in Citat-tjek (or none): the letter is analysed again with it. */
  onStatement?: (statement: StatementInput | null) => void;
}

/** A note being written: about some words of the letter, or the whole letter. */
type Editing = { note: Note | null; span: { start: number; end: number } | null };

const A4 = { width: 595, height: 842 };
const NO_HITS: never[] = [];

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
export function LetterView({ letter, pdfBytes, kept, storageProblem, onKeep, onReceived, onClose, example = false, onStatement }: Props) {
  const { report, doc, pdf } = letter;
  const work = useLetterCase(kept?.id ?? null, kept?.keep ?? false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [writing, setWriting] = useState(false);
  const [sheet, setSheet] = useState(false);
  const [noteFocus, setNoteFocus] = useState<{ start: number; end: number } | null>(null);
  const [hasSelection, setHasSelection] = useState(false);
  const [noteChosen, setNoteChosen] = useState<string | null>(null);
  const keepRef = useRef(kept?.keep);
  const language = useLanguage();
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
  // One column below ~760 CSS px (a phone, a laptop at 200 % zoom): a tab at a time, the overview first.
  const narrow = useNarrow();
  const compact = useMedia(COMPACT_QUERY);
  const [tab, setTab] = useState<ViewTab>('overview');
  const [fristOpen, setFristOpen] = useState(false);
  // The subject stands at the top: read from the first page only, so a long letter still loading costs nothing more.
  const firstPage = doc.pages[0];
  const head = doc.text.slice(0, 6000);
  const subject = useMemo(
    () => findCaseFacts(`${head}\n\n${firstPage ? pageLines(firstPage).map((l) => l.text).join('\n') : ''}`).subject,
    [head, firstPage],
  );

  // The tab's title says which letter this is: its subject (or kind) and sender.
  useEffect(() => {
    const before = document.title;
    document.title = [subject ?? report.letter.label, report.letter.senderName, t('extName')].filter(Boolean).join(' – ');
    return () => {
      document.title = before;
    };
  }, [subject, report.letter.label, report.letter.senderName]);

  /** Shows a part of the panel (a tab when narrow) and moves focus to its heading, or to a checklist point. */
  const showSection = (section: PanelSection, point?: string) => {
    setTab(section);
    requestAnimationFrame(() => {
      const id = { findings: 'findings-title', notes: 'notes-title', checklist: 'checklist-title', citat: 'citat-title' }[section];
      // A point of the checklist, or (Citat-tjek) a quote's check where there is one.
      const target =
        (point && section === 'checklist' ? document.querySelector<HTMLElement>(`.checklist li[data-point="${point}"]`) : null) ??
        (point && section === 'citat' ? document.querySelector<HTMLElement>(`.citat [data-citat-finding="${point}"]`) : null) ??
        document.getElementById(id);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    });
  };

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

  // Each note finds its words again in this copy of the letter; one that cannot is listed as such.
  const placed = useMemo(() => {
    const at = new Map<string, { start: number; end: number }>();
    const lost = new Set<string>();
    for (const n of work.notes) {
      if (!n.anchor) continue;
      const found = anchorIn(doc.text, n.anchor);
      if (found) at.set(n.id, found);
      else lost.add(n.id);
    }
    return { at, lost };
  }, [work.notes, doc]);

  // Switching saving back on writes what was added meanwhile.
  useEffect(() => {
    if (kept?.keep && keepRef.current === false) work.saveAll();
    keepRef.current = kept?.keep;
  }, [kept?.keep, work]);

  useEffect(() => {
    const check = () => setHasSelection(!!mainRef.current && !!selectionInLetter(doc, mainRef.current));
    document.addEventListener('selectionchange', check);
    return () => document.removeEventListener('selectionchange', check);
  }, [doc]);

  const startNote = () => {
    const span = mainRef.current ? selectionInLetter(doc, mainRef.current) : null;
    setEditing({ note: null, span });
  };

  const saveNote = (tag: string | null, text: string) => {
    if (!editing || !kept) return;
    const now = new Date().toISOString();
    const note: Note = editing.note
      ? { ...editing.note, tag, text }
      : { v: 1, id: crypto.randomUUID(), letterId: kept.id, anchor: editing.span ? describeAnchor(doc.text, editing.span.start, editing.span.end) : null, tag, text, created: now, updated: now };
    work.saveNote(note);
    setEditing(null);
    window.getSelection()?.removeAllRanges();
  };

  /** The letter as a PDF with standard highlight and note annotations that any PDF reader shows. */
  const savePdf = async () => {
    if (!pdfBytes) return;
    try {
      const notes = work.notes.map((n) => ({ ...(placed.at.get(n.id) ?? { start: 0, end: 0 }), tag: n.tag, text: n.text }));
      // The PDF writer (pdf-lib) loads only when asked for.
      const { annotatePdf } = await import('../lib/export/annotatedPdf');
      const bytes = await annotatePdf({ bytes: pdfBytes, doc, findings: report.findings, notes });
      download(bytes, letter.name.replace(/(\.pdf)?$/i, t('letterView.annotatedFileEnd')), 'application/pdf');
    } catch (e) {
      alert((e as Error).message);
    }
  };

  const jumpToNote = (n: Note) => {
    const span = placed.at.get(n.id);
    if (!span) return;
    setNoteFocus(span);
    const article = mainRef.current?.querySelector('.text-letter');
    if (article) {
      const range = rangeInText(article, span.start, span.end);
      const sel = window.getSelection();
      if (range && sel) {
        sel.removeAllRanges();
        sel.addRange(range);
        (range.startContainer.parentElement ?? article).scrollIntoView({ block: 'center' });
      }
    }
  };

  // Noted words on each page, with the note's number in the list.
  const noteMarksByPage = useMemo(() => {
    const by = new Map<number, Array<ReturnType<typeof segmentsOf>[number] & { n: number }>>();
    work.notes.forEach((note, i) => {
      const span = placed.at.get(note.id);
      if (!span) return;
      for (const s of segmentsOf(doc, span.start, span.end)) by.set(s.page, [...(by.get(s.page) ?? []), { ...s, n: i + 1 }]);
    });
    return by;
  }, [work.notes, placed, doc]);

  // Each placed note's words with its number in the list: for a text letter and for print.
  const noteSpans = useMemo(
    () => work.notes.flatMap((note, i) => (placed.at.has(note.id) ? [{ ...placed.at.get(note.id)!, n: i + 1 }] : [])),
    [work.notes, placed],
  );
  const notesNow = useRef(work.notes);
  notesNow.current = work.notes;
  // The same function on every render, so the pages (React.memo) are not drawn again for it.
  const chooseNote = useCallback((n: number) => setNoteChosen(notesNow.current[n - 1]?.id ?? null), []);
  const printing = useLetterPrint(pdf as unknown as PDFDocumentProxy | null, sheet ? 'printing-sheet' : writing ? 'printing-klage' : null, letter.complete);

  const notePages = useMemo(
    () => new Map([...placed.at].map(([id, span]) => [id, segmentsOf(doc, span.start, span.end)[0]?.page ?? 1] as const)),
    [placed, doc],
  );

  const firstSize = sizes.get(1) ?? A4;
  const baseScale = fit ? Math.min(2.5, Math.max(0.5, (width - 32) / firstSize.width)) : zoom;
  // The text size setting enlarges the letter with the panels.
  const scale = Math.min(3.75, baseScale * useTextScale());

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
  // Each page's findings; a page whose findings did not change keeps its list (and is not drawn again).
  const byPageBefore = useRef<ReadonlyMap<number, readonly PlacedFinding[]>>(new Map());
  const byPage = useMemo(() => findingsByPage(visible, byPageBefore.current), [visible]);
  byPageBefore.current = byPage;
  // The pages the chosen finding is on: only they draw again when the choice changes.
  const selectedPages = useMemo(() => new Set(selected === null ? [] : (report.findings[selected]?.segments.map((s) => s.page) ?? [])), [selected, report]);
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
      setTab('letter');
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
    const all = noteFocus ? [...matches, noteFocus] : matches;
    all.forEach((m, i) => {
      for (const s of segmentsOf(doc, m.start, m.end)) {
        const list = by.get(s.page) ?? [];
        list.push({ ...s, current: i === currentMatch || i === matches.length });
        by.set(s.page, list);
      }
    });
    return by;
  }, [matches, currentMatch, doc, noteFocus]);

  useEffect(() => {
    if (!noteFocus || !pdf) return;
    const page = segmentsOf(doc, noteFocus.start, noteFocus.end)[0]?.page ?? 1;
    void goTo('.search-hit.current', page);
  }, [noteFocus, doc, pdf, goTo]);

  // n / p / 1–5 / f, Enter to the explanation and Escape back (components/useHighlightKeys.ts).
  const keys = useHighlightKeys({ findings: report.findings, hidden, selected, setSelected, select, enabled: !writing && !sheet, showPanel: () => narrow && setTab('findings') });
  const onPanelSelect = (i: number) => void keys.jump(i);
  const onHighlight = useCallback(
    (i: number) => {
      setSelected(i);
      if (narrow) setTab('findings');
      requestAnimationFrame(() => document.querySelector(`.findings [data-finding="${i}"]`)?.scrollIntoView({ block: 'nearest' }));
    },
    [narrow],
  );

  // Less used actions: under "Flere" on a small or zoomed screen, so the toolbar keeps to one line.
  const moreActions = (
    <>
      <button type="button" onClick={() => { setWriting(false); setSheet(true); setTab('letter'); }}>
        {t('letterView.meetingSheet')}
      </button>
      <button type="button" onClick={() => void printing.printLetter()} disabled={printing.drawing !== null || !letter.complete}>
        {t('letterView.printLetter')}
      </button>
      {pdfBytes && letter.complete && (
        <button type="button" onClick={() => void savePdf()}>
          {t('letterView.savePdf')}
        </button>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('letterView.openOther')}
      </button>
      <DisplaySettings className="" />
      <KeyHelp message={keys.message} />
    </>
  );

  return (
    <div className={`letter-view${narrow ? ' narrow' : ''}${narrow && !fristOpen ? ' frist-folded' : ''}`}>
      <SkipLinks onShow={(part) => narrow && setTab(part === 'letter' ? 'letter' : 'findings')} />
      <header>
      {example && (
        <p className="example-note" role="note">
          {t('letterView.example')}
        </p>
      )}
      <div className="top">
        <div className="brand">
          <h1 className="brand-name">{t('extName')}</h1>
          <span className="file-name">{letter.name}</span>
        </div>
        <KlagefristBanner report={report} onReceived={onReceived} letterId={kept?.keep ? kept.id : null} />
      </div>
      <div className="toolbar" role="toolbar" aria-label={t('letterView.toolbar')}>
        {narrow && (
          <button type="button" className="secondary frist-toggle" aria-expanded={fristOpen} onClick={() => setFristOpen((o) => !o)}>
            {t(fristOpen ? 'letterView.fristLess' : 'letterView.fristMore')}
          </button>
        )}
        {pdf && (
          <>
            <button type="button" onClick={() => { setFit(false); setZoom(Math.max(0.5, baseScale - 0.25)); }} aria-label={t('letterView.zoomOut')}>
              −
            </button>
            <span className="zoom" aria-live="polite">{t('letterView.zoom', { percent: Math.round(scale * 100) })}</span>
            <button type="button" onClick={() => { setFit(false); setZoom(Math.min(3, baseScale + 0.25)); }} aria-label={t('letterView.zoomIn')}>
              +
            </button>
            <button type="button" aria-pressed={fit} onClick={() => setFit(true)}>
              {t('letterView.fitWidth')}
            </button>
          </>
        )}
        <button type="button" onClick={() => setFinding(true)}>
          {t('letterView.search')}
        </button>
        <button type="button" onClick={startNote} disabled={!kept} title={hasSelection ? undefined : t('letterView.selectFirst')}>
          {t(hasSelection ? 'letterView.addNoteToSelection' : 'letterView.addNote')}
        </button>
        <button type="button" onClick={() => { setSheet(false); setWriting(true); setTab('letter'); }} disabled={!kept}>
          {t('letterView.writeKlage')}
        </button>
        {compact ? <MoreActions>{moreActions}</MoreActions> : moreActions}
        <ReadAloudBar doc={doc} letterRef={mainRef} selectedStart={selected === null ? null : (report.findings[selected]?.start ?? null)} />
        {printing.drawing !== null && pdf && (
          <span className="progress" role="status">
            {t('letterView.preparingPrint', { page: printing.drawing, pages: letter.pageCount })}
          </span>
        )}
        {!letter.complete && (
          <span className="progress" role="status">
            {t('letterView.reading', { page: letter.pagesRead, pages: letter.pageCount })}
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
      {narrow && <ViewTabs tab={tab} onTab={setTab} counts={{ notes: work.notes.length }} />}
      </header>
      <div className="columns">
        <main ref={mainRef} id={tabPanelId('letter')} className="pages" data-letter-state={letter.complete ? 'done' : 'reading'} data-analysis={letter.analysedIn} aria-label={t(writing ? 'letterView.main.klageEditor' : sheet ? 'letterView.main.sheet' : 'letterView.main.letter')} hidden={narrow && tab !== 'letter'}>
          {doc.warnings?.map((w) => (
            <p key={w} className="warning" role="note">
              {t(TEXT_WARNING[w])}
            </p>
          ))}
          {sheet ? (
            <MeetingSheet
              report={report}
              notes={work.notes}
              notePages={notePages}
              checklist={work.checklist}
              onClose={() => setSheet(false)}
            />
          ) : writing ? (
            <KlageEditor
              report={report}
              letterText={caseTextOf(doc)}
              checklist={work.checklist}
              notes={work.notes}
              draft={work.draft}
              onChange={work.saveDraft}
              onClose={() => setWriting(false)}
            />
          ) : pdf ? (
            Array.from({ length: letter.pageCount }, (_, i) => i + 1).map((n) => (
              <PdfPage
                key={n}
                pdf={pdf as unknown as PDFDocumentProxy}
                number={n}
                scale={scale}
                size={sizes.get(n) ?? firstSize}
                textContent={letter.textContents.get(n)}
                doc={doc}
                findings={onPage(byPage, n)}
                searchHits={hitsByPage.get(n) ?? NO_HITS}
                noteMarks={noteMarksByPage.get(n)}
                withoutText={doc.pagesWithoutText.includes(n) && letter.textContents.has(n)}
                complete={letter.complete}
                selected={selectedPages.has(n) ? selected : null}
                onSelect={onHighlight}
                onNote={chooseNote}
                language={language}
              />
            ))
          ) : (
            <TextLetter doc={doc} findings={visible} selected={selected} onSelect={onHighlight} noteMarks={noteSpans} onNote={chooseNote} />
          )}
        </main>
        <aside className="side" aria-label={t('letterView.side')} hidden={narrow && tab === 'letter' && !editing}>
          <div id={tabPanelId('overview')} hidden={narrow && tab !== 'overview'}>
            <Overview report={report} subject={subject} notes={work.notes.length} onShow={showSection} />
          </div>
          <div className="keep">
            {storageProblem ? (
              <p role="alert">{storageProblem}</p>
            ) : (
              kept && (
                <>
                  <label className="check">
                    <input type="checkbox" checked={!kept.keep} onChange={(e) => onKeep(!e.target.checked)} />
                    {t('letterView.dontKeep')}
                  </label>
                  {kept.keep ? (
                    <SaveStatusLine status={work.status} />
                  ) : (
                    <p className="hint" role="status">
                      {t(kept.deleted ? 'letterView.notKept.deleted' : 'letterView.notKept.deleting')}
                    </p>
                  )}
                </>
              )
            )}
          </div>
          {editing && (
            <NoteForm
              quote={editing.note?.anchor?.exact ?? (editing.span ? doc.text.slice(editing.span.start, editing.span.end) : null)}
              initial={editing.note ?? undefined}
              onSave={saveNote}
              onCancel={() => setEditing(null)}
            />
          )}
          <div id={tabPanelId('findings')} hidden={narrow && tab !== 'findings'}>
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
            onBack={keys.backToLetter}
            onCitat={(i) => showSection('citat', String(i))}
            onNote={
              kept
                ? (i) => {
                    const f = report.findings[i];
                    if (f) setEditing({ note: null, span: { start: f.start, end: f.end } });
                  }
                : undefined
            }
          />
          </div>
          <div id={tabPanelId('citat')} hidden={narrow && tab !== 'citat'}>
            <CitatPanel report={report} decisionText={doc.text} letterId={kept?.id ?? null} keep={kept?.keep ?? false} selected={selected} onJump={onPanelSelect} onStatement={onStatement} />
          </div>
          <div id={tabPanelId('notes')} hidden={narrow && tab !== 'notes'}>
          <NotesPanel
            notes={work.notes}
            selected={noteChosen}
            lost={placed.lost}
            onJump={jumpToNote}
            onEdit={(note) => setEditing({ note, span: null })}
            onDelete={(note) => confirm(t('letterView.deleteNote')) && work.removeNote(note.id)}
            onAddForLetter={() => setEditing({ note: null, span: null })}
          />
          </div>
          <div id={tabPanelId('checklist')} hidden={narrow && tab !== 'checklist'}>
          <ChecklistPanel
            report={report}
            state={work.checklist}
            onPoint={work.setPoint}
            onOwn={(change) => work.updateChecklist((st) => ({ ...st, own: change(st.own) }))}
            onFinding={(i) => {
              setWriting(false);
              setSheet(false);
              void keys.jump(i);
            }}
          />
          </div>
        </aside>
      </div>
      {printing.print && (
        <LetterPrint
          name={letter.name}
          doc={doc}
          findings={report.findings}
          notes={work.notes}
          noteSpans={noteSpans}
          notePages={notePages}
          lost={placed.lost}
          pages={printing.print.pages}
          isPdf={!!pdf}
        />
      )}
    </div>
  );
}
