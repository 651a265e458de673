import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { LetterError, type LetterErrorCode } from '../lib/errors';
import { nameFromUrl } from '../lib/extension/codec';
import { LetterTooLarge, readLimited } from '../lib/extension/readLimited';
import { takeLetter } from '../lib/extension/takeLetter';
import { decodeLetterText } from '../lib/text/decodeText';
import { openPdfLetter, openText, reanalyse, type OpenLetter } from '../lib/viewer/openLetter';
import { prewarmAnalysis } from '../lib/viewer/analysisWorker';
import { askToPersist, database } from '../lib/storage/db';
import { forgetLetter, loadLetter } from '../lib/storage/letterStore';
import { cancelReminder } from '../lib/reminders/alarms';
import { rememberLetter, summaryOf } from '../lib/storage/rememberLetter';
import { caseTextOf } from '../lib/klage/caseFacts';
import { ErrorView } from './ErrorView';
import { LetterView } from './LetterView';
import { addDays, localToday } from '../lib/dates/calendar';
import { receivedFromAddress } from './receivedDate';
import { useLanguage } from './useLanguage';
import type { StatementInput } from '../lib/citat/checkStatement';
import { t } from '../lib/i18n/t';
import { Welcome } from './Welcome';

type State =
  | { kind: 'welcome' }
  | { kind: 'loading'; name: string }
  | { kind: 'error'; code: LetterErrorCode | 'unknown'; message: string; retry: (() => void) | null }
  | { kind: 'open'; letter: OpenLetter };

interface Source {
  name: string;
  bytes: Uint8Array;
  format: 'pdf' | 'text';
}

/** The letter as saved on this computer: its key, and whether the user lets Brevtjek keep it. */
export interface Kept {
  id: string;
  keep: boolean;
  /** Set once "Gem ikke dette brev" has deleted it from the computer. */
  deleted?: boolean;
}

const isPdfBytes = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-');

/** The viewer: gets a letter (URL, background, file, drop, paste), opens it, shows it or explains what went wrong. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'welcome' });
  // The day the letter came into the digital postkasse, as the user (or ?received=) gives it; null until then.
  const received = useRef<string | null>(receivedFromAddress());
  /** The medical statement checked beside the letter (Citat-tjek): its flags are checklist points and can go into the klage. */
  const statement = useRef<StatementInput | null>(null);
  /** The open letter is Brevtjek's own example. */
  const sample = useRef(false);
  /** A file is being dragged over the page: show where to drop it. */
  const [dragging, setDragging] = useState(false);
  const source = useRef<Source | null>(null);
  const run = useRef<AbortController | null>(null);
  const [kept, setKept] = useState<Kept | null>(null);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  /** The letter on screen (for an analysis again with another received date, statement or language). */
  const shown = useRef<OpenLetter | null>(null);
  useEffect(() => {
    shown.current = state.kind === 'open' ? state.letter : null;
  }, [state]);

  /** Saves the opened letter, so it opens again after a reload; the address then names it. */
  const remember = useCallback(async (src: Source, letter: OpenLetter) => {
    try {
      const id = await rememberLetter(database(), { name: src.name, format: src.format, bytes: src.bytes, received: received.current, report: letter.report, text: caseTextOf(letter.doc) });
      setKept({ id, keep: true });
      setStorageProblem(null);
      history.replaceState(null, '', `${location.pathname}?saved=${id}`);
      void askToPersist();
    } catch {
      // The letter is open and works; it is only not saved.
      setKept(null);
      setStorageProblem(t('app.notSaved'));
    }
  }, []);

  const fail = useCallback((e: unknown, retry: (() => void) | null = null) => {
    if ((e as Error).name === 'AbortError') return;
    if (e instanceof LetterError) setState({ kind: 'error', code: e.code, message: e.message, retry });
    else setState({ kind: 'error', code: 'unknown', message: t('app.unknownError', { detail: (e as Error).message }), retry });
  }, []);

  /** The analysis of the letter shown (a worker): closed when another letter takes its place. */
  const live = useRef<OpenLetter['analysis']>(null);
  const closeAnalysis = useCallback((keep: OpenLetter['analysis'] = null) => {
    if (live.current && live.current !== keep) live.current.close();
    live.current = keep;
  }, []);

  /**
   * The letter as read so far. Its first page and the whole letter are drawn at once; the parts
   * between as a transition: React draws them in slices and the page stays responsive (and a
   * newer part replaces one not yet drawn). A received date or a statement given while it reads
   * goes to its analysis (changeReceived, changeStatement).
   */
  const show = useCallback(
    (letter: OpenLetter) => {
      const first = !shown.current || shown.current.analysis !== letter.analysis || shown.current.name !== letter.name;
      closeAnalysis(letter.analysis);
      shown.current = letter;
      if (first || letter.complete) setState({ kind: 'open', letter });
      else startTransition(() => setState({ kind: 'open', letter }));
    },
    [closeAnalysis],
  );

  /** The open letter analysed again with the received date, the statement and the language of now (in its worker where it has one). */
  const analyseAgain = useCallback(
    (after?: (letter: OpenLetter) => void) => {
      const was = shown.current;
      if (!was) return;
      void reanalyse(was, received.current, statement.current)
        .then((again) => {
          // Another letter opened meanwhile: this one's result is not wanted.
          const now = shown.current;
          if (!now || now.name !== was.name || now.analysis !== was.analysis) return;
          const letter = { ...now, ...again };
          shown.current = letter;
          setState({ kind: 'open', letter });
          after?.(letter);
        })
        .catch((e: unknown) => (e as Error).name !== 'AbortError' && fail(e));
    },
    [fail],
  );

  const openBytes = useCallback(
    async (src: Source, password?: string) => {
      source.current = src;
      setKept(null);
      run.current?.abort();
      closeAnalysis();
      const controller = new AbortController();
      run.current = controller;
      setState({ kind: 'loading', name: src.name });
      const countedWith = received.current;
      try {
        if (src.format === 'text' || (!isPdfBytes(src.bytes) && /\.txt$/i.test(src.name))) {
          const decoded = decodeLetterText(src.bytes);
          const letter = openText(decoded.text, src.name, countedWith, decoded.warnings);
          show(letter);
          void remember({ ...src, format: 'text' }, letter);
          return;
        }
        const letter = await openPdfLetter(src.bytes, src.name, countedWith, (partial) => !controller.signal.aborted && show(partial), {
          password,
          signal: controller.signal,
          statement: statement.current,
        });
        if (!controller.signal.aborted) {
          show(letter);
          void remember(src, letter);
        }
      } catch (e) {
        fail(e);
      }
    },
    [fail, show],
  );

  /** A letter the user opens anew (not the one in the address) starts with no received date. */
  const forget = () => {
    received.current = null;
    statement.current = null;
    sample.current = false;
  };

  /**
   * The sample letter as if it came 2 days ago, so its klagefrist lies ahead as a real one
   * would (the letter says "4 uger efter, at du har modtaget"); the view says it is an example.
   */
  const openSample = () => {
    // A day given in the address (?sample&received=…) is kept.
    received.current ??= addDays(localToday(), -2);
    sample.current = true;
    void openUrl('/eksempelbrev.pdf');
  };

  const openUrl = useCallback(
    async (url: string, name?: string) => {
      let address: URL;
      try {
        address = new URL(url, location.href);
        if (!/^(?:https?|chrome-extension|moz-extension):$/.test(address.protocol)) throw new Error(address.protocol);
      } catch {
        return fail(new LetterError('bad-address'));
      }
      name ??= nameFromUrl(address.href);
      setState({ kind: 'loading', name });
      try {
        const res = await fetch(address.href, { credentials: 'include' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        await openBytes({ name, bytes: await readLimited(res), format: 'pdf' });
      } catch (e) {
        if (e instanceof LetterError) fail(e);
        else if (e instanceof LetterTooLarge) fail(new LetterError('too-large'));
        else fail(new LetterError('fetch-failed'), () => retryWithAccess(address.href));
      }
    },
    [openBytes, fail],
  );

  /** Retry a fetch; for a site outside Digital Post, ask (in the click) for access to that site first. */
  function retryWithAccess(url: string) {
    const origin = new URL(url, location.href).origin;
    const ask = /^https?:/.test(origin) ? browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false) : Promise.resolve(true);
    void ask.then(() => openUrl(url));
  }

  /** A letter the background holds for this tab (from a Digital Post page, the context menu or the toolbar button). */
  async function openHeld(id: string) {
    try {
      const held = await takeLetter(id);
      if (held.kind === 'bytes') await openBytes({ name: held.name, bytes: held.bytes, format: 'pdf' });
      else if (held.kind === 'address') await openUrl(held.url, held.name);
      else fail(new LetterError(held.reason === 'too-large' ? 'too-large' : held.reason === 'fetch-failed' ? 'fetch-failed' : 'gone'));
    } catch (e) {
      fail(e instanceof LetterError ? e : new LetterError('gone'));
    }
  }

  // The letter named in the address: ?file=<url>, ?letter=<id from the background>, ?sample.
  useEffect(() => {
    // The analysis worker loads while the letter is fetched and opened (entrypoints/viewer/prewarm.ts started it where the address names one).
    prewarmAnalysis();
    const params = new URLSearchParams(location.search);
    const file = params.get('file');
    const id = params.get('letter');
    const saved = params.get('saved');
    // The letter's own address stays out of the tab's history and session restore: a restored tab would fetch it again.
    if (file !== null) {
      params.delete('file');
      history.replaceState(history.state, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
    }
    if (saved) void openSaved(saved);
    else if (file) void openUrl(file);
    else if (params.has('sample')) openSample();
    else if (id) void openHeld(id);
    // Only once, for the address the viewer was opened with.
  }, []);

  // Drag and drop a PDF anywhere on the page.
  useEffect(() => {
    // A part of the page with a drop zone of its own (data-own-drop: Citat-tjek's doctor's statement) takes the file itself.
    const ownZone = (e: DragEvent) => e.target instanceof Element && e.target.closest('[data-own-drop]') !== null;
    const over = (e: DragEvent) => {
      e.preventDefault();
      if (e.dataTransfer?.types.includes('Files')) setDragging(!ownZone(e));
    };
    // Leaving the window (no element to go to) hides the drop zone again.
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const f = e.dataTransfer?.files[0];
      if (!f || ownZone(e)) return;
      received.current = null;
      void f.arrayBuffer().then((b) => openBytes({ name: f.name, bytes: new Uint8Array(b), format: 'pdf' }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openBytes]);

  const openPasted = (text: string) => {
    forget();
    closeAnalysis();
    try {
      const letter = openText(text, 'Indsat tekst', null);
      setState({ kind: 'open', letter });
      void remember({ name: 'Indsat tekst', bytes: new TextEncoder().encode(text), format: 'text' }, letter);
    } catch (e) {
      fail(e);
    }
  };

  /** A letter saved on this computer, opened again (after a reload, from Mine breve). */
  async function openSaved(id: string) {
    setState({ kind: 'loading', name: t('app.theLetter') });
    try {
      const saved = await loadLetter(database(), id);
      if (!saved) throw new LetterError('gone');
      received.current = saved.received;
      await openBytes({ name: saved.name, bytes: saved.bytes, format: saved.format });
    } catch (e) {
      fail(e instanceof LetterError ? e : new LetterError('gone'));
    }
  }

  // Another language: the same letter, its explanations and checklist said anew (the whole page renders again).
  const language = useLanguage();
  const spokenIn = useRef(language);
  useEffect(() => {
    if (spokenIn.current === language) return;
    spokenIn.current = language;
    analyseAgain();
  }, [language, analyseAgain]);

  /** A statement checked, changed or removed in the Citat-tjek panel: the letter is analysed again with it. */
  const changeStatement = useCallback((next: StatementInput | null) => {
    const same = (a: StatementInput | null, b: StatementInput | null) => a?.file === b?.file && a?.doc.text === b?.doc.text && a?.ocr === b?.ocr;
    if (same(statement.current, next)) return;
    statement.current = next;
    analyseAgain();
  }, [analyseAgain]);

  const changeReceived = (date: string | null) => {
    received.current = date;
    const keep = kept?.keep ? kept.id : null;
    analyseAgain((letter) => {
      if (keep && received.current === date) void database().letters.update(keep, { received: date, summary: summaryOf(letter.report, caseTextOf(letter.doc)) }).catch(() => undefined);
    });
  };

  /** "Gem ikke dette brev": deletes it from this computer at once; switching back saves it again. */
  const changeKeep = (keep: boolean) => {
    if (!kept || !source.current) return;
    setKept({ ...kept, keep });
    if (!keep)
      void forgetLetter(database(), kept.id)
        .then(() => cancelReminder(kept.id).catch(() => undefined))
        .then(() => setKept((k) => (k && k.id === kept.id && !k.keep ? { ...k, deleted: true } : k)))
        .catch(() => setStorageProblem(t('app.notDeleted')));
    else if (state.kind === 'open') void remember(source.current, state.letter);
  };

  const startOver = () => {
    history.replaceState(null, '', location.pathname);
    forget();
    closeAnalysis();
    setKept(null);
    setState({ kind: 'welcome' });
  };

  const dropZone = dragging && (
    <div className="drop-zone" role="status">
      <p>{t('app.dropHere')}</p>
    </div>
  );
  const view = (() => {
  switch (state.kind) {
    case 'welcome':
      return (
        <Welcome
          onFile={(f) => {
            forget();
            void f.arrayBuffer().then((b) => openBytes({ name: f.name, bytes: new Uint8Array(b), format: 'pdf' }));
          }}
          onSaved={(id) => {
            forget();
            void openSaved(id);
          }}
          onSample={() => {
            forget();
            openSample();
          }}
          onText={openPasted}
        />
      );
    case 'loading':
      return (
        <main className="loading" role="status" aria-live="polite">
          <h1>{t('extName')}</h1>
          <p>{t('app.opening', { name: state.name })}</p>
        </main>
      );
    case 'error':
      return (
        <ErrorView
          code={state.code}
          message={state.message}
          onPassword={(p) => source.current && void openBytes(source.current, p)}
          onRetry={state.retry}
          onText={openPasted}
          onStartOver={startOver}
        />
      );
    case 'open':
      return (
        <LetterView
          onStatement={changeStatement}
          letter={state.letter}
          pdfBytes={state.letter.pdf ? (source.current?.bytes ?? null) : null}
          kept={kept}
          storageProblem={storageProblem}
          onKeep={changeKeep}
          onReceived={changeReceived}
          onClose={startOver}
          example={sample.current}
        />
      );
  }
  })();
  return (
    <>
      {view}
      {dropZone}
    </>
  );
}
