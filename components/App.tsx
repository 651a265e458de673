import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { LetterError, type LetterErrorCode } from '../lib/errors';
import { base64ToBytes } from '../lib/extension/codec';
import { HeldLetter } from '../lib/extension/messages';
import { analyze, openPdfLetter, openText, type OpenLetter } from '../lib/viewer/openLetter';
import { ErrorView } from './ErrorView';
import { LetterView } from './LetterView';
import { receivedFromAddress } from './receivedDate';
import { Welcome } from './Welcome';

type State =
  | { kind: 'welcome' }
  | { kind: 'loading'; name: string }
  | { kind: 'error'; code: LetterErrorCode | 'unknown'; message: string; retry: (() => void) | null }
  | { kind: 'open'; letter: OpenLetter };

interface Source {
  name: string;
  bytes: Uint8Array;
}

const isPdfBytes = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-');

/** The viewer: gets a letter (URL, background, file, drop, paste), opens it, shows it or explains what went wrong. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'welcome' });
  // The day the letter came into the digital postkasse, as the user (or ?received=) gives it; null until then.
  const received = useRef<string | null>(receivedFromAddress());
  const source = useRef<Source | null>(null);
  const run = useRef<AbortController | null>(null);

  const fail = useCallback((e: unknown, retry: (() => void) | null = null) => {
    if ((e as Error).name === 'AbortError') return;
    if (e instanceof LetterError) setState({ kind: 'error', code: e.code, message: e.message, retry });
    else setState({ kind: 'error', code: 'unknown', message: `Noget gik galt, da brevet skulle åbnes. Prøv igen. (${(e as Error).message})`, retry });
  }, []);

  /** The letter as read so far, counted from the received date the user has given by now (they may give it while it reads). */
  const show = useCallback((letter: OpenLetter, countedWith: string | null) => {
    const now = received.current;
    setState({ kind: 'open', letter: now === countedWith ? letter : { ...letter, report: analyze(letter.doc, letter.name, now) } });
  }, []);

  const openBytes = useCallback(
    async (src: Source, password?: string) => {
      source.current = src;
      run.current?.abort();
      const controller = new AbortController();
      run.current = controller;
      setState({ kind: 'loading', name: src.name });
      const countedWith = received.current;
      try {
        if (!isPdfBytes(src.bytes) && /\.txt$/i.test(src.name)) {
          show(openText(new TextDecoder().decode(src.bytes), src.name, countedWith), countedWith);
          return;
        }
        const letter = await openPdfLetter(src.bytes, src.name, countedWith, (partial) => !controller.signal.aborted && show(partial, countedWith), {
          password,
          signal: controller.signal,
        });
        if (!controller.signal.aborted) show(letter, countedWith);
      } catch (e) {
        fail(e);
      }
    },
    [fail, show],
  );

  /** A letter the user opens anew (not the one in the address) starts with no received date. */
  const forget = () => {
    received.current = null;
  };

  const openUrl = useCallback(
    async (url: string) => {
      const name = decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() || 'brev.pdf');
      setState({ kind: 'loading', name });
      try {
        const res = await fetch(url, { credentials: 'include' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        await openBytes({ name, bytes: new Uint8Array(await res.arrayBuffer()) });
      } catch (e) {
        if (e instanceof LetterError) fail(e);
        else fail(new LetterError('fetch-failed'), () => retryWithAccess(url));
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

  // The letter named in the address: ?file=<url>, ?letter=<id from the background>, ?sample.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const file = params.get('file');
    const id = params.get('letter');
    if (file) void openUrl(file);
    else if (params.has('sample')) void openUrl('/eksempelbrev.pdf');
    else if (id) {
      void (async () => {
        try {
          const held = HeldLetter.nullable().parse(await browser.runtime.sendMessage({ type: 'brevtjek:take', id }));
          if (!held) throw new LetterError('gone');
          await openBytes({ name: held.name, bytes: base64ToBytes(held.base64) });
        } catch (e) {
          fail(e instanceof LetterError ? e : new LetterError('gone'));
        }
      })();
    }
    // Only once, for the address the viewer was opened with.
  }, []);

  // Drag and drop a PDF anywhere on the page.
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      received.current = null;
      void f.arrayBuffer().then((b) => openBytes({ name: f.name, bytes: new Uint8Array(b) }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openBytes]);

  const openPasted = (text: string) => {
    forget();
    try {
      setState({ kind: 'open', letter: openText(text, 'Indsat tekst', null) });
    } catch (e) {
      fail(e);
    }
  };

  const changeReceived = (date: string | null) => {
    received.current = date;
    setState((s) => (s.kind === 'open' ? { kind: 'open', letter: { ...s.letter, report: analyze(s.letter.doc, s.letter.name, date) } } : s));
  };

  const startOver = () => {
    history.replaceState(null, '', location.pathname);
    forget();
    setState({ kind: 'welcome' });
  };

  switch (state.kind) {
    case 'welcome':
      return (
        <Welcome
          onFile={(f) => {
            forget();
            void f.arrayBuffer().then((b) => openBytes({ name: f.name, bytes: new Uint8Array(b) }));
          }}
          onSample={() => {
            forget();
            void openUrl('/eksempelbrev.pdf');
          }}
          onText={openPasted}
        />
      );
    case 'loading':
      return (
        <main className="loading" role="status" aria-live="polite">
          <h1>Brevtjek</h1>
          <p>Åbner {state.name} …</p>
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
          letter={state.letter}
          onReceived={changeReceived}
          onClose={startOver}
        />
      );
  }
}
