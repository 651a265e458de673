import { useEffect, type RefObject } from 'react';
import { t } from '../lib/i18n/t';
import { paragraphAt } from '../lib/speech/utterances';
import type { DocumentText } from '../lib/text/types';
import { caretInLetter, topOfView } from './readAloudMarks';
import { readAloud, useReadAloud, type SpeechPiece } from './useReadAloud';
import './readAloud.css';

/** The readings the bar starts: it shows their messages (a button shows its own beside it). */
const BAR_KEYS = ['letter', 'paragraph', 'speak'];

interface BarProps {
  doc: DocumentText;
  /** The letter's pane: the paragraph read is the one with the caret or selection in it, else the first in view. */
  letterRef: RefObject<HTMLElement | null>;
  /** Where the highlight chosen in the letter starts: its paragraph, where the letter has no caret. */
  selectedStart?: number | null;
}

/** Reads the whole letter aloud. */
export function readWholeLetter(doc: DocumentText) {
  void readAloud.start('letter', t('readAloudBar.theLetter'), [{ text: doc.text, target: { kind: 'letter', start: 0 } }]);
}

/**
 * Reads aloud the paragraph of the letter (a PDF's block of lines) with the caret or the start
 * of the selection in it; else the one of the highlight chosen (`selectedStart`); else the
 * first in view in the letter's pane. For a button or a key.
 */
export function readParagraphAt(doc: DocumentText, pane: Element | null, selectedStart: number | null = null) {
  const at = (pane && caretInLetter(doc, pane)) ?? selectedStart ?? (pane && topOfView(doc, pane)) ?? 0;
  const p = paragraphAt(doc.text, at);
  void readAloud.start('paragraph', t('readAloudBar.theParagraph'), [{ text: doc.text.slice(p.start, p.end), target: { kind: 'letter', start: p.start } }]);
}

/**
 * Læs op in the toolbar: the whole letter, or the paragraph with the caret (a PDF's block of
 * lines); while reading, Pause/Fortsæt and Stop; the choice of voice where the computer has
 * more than one Danish one; and, where it has none, the message that Brevtjek does not read
 * aloud with a voice over the network. Stops the reading when the letter closes.
 */
export function ReadAloudBar({ doc, letterRef, selectedStart = null }: BarProps) {
  const state = useReadAloud();

  // A long letter's text grows as its pages are read: the reading goes on (another letter remounts the view).
  useEffect(() => readAloud.setLetter(doc), [doc]);
  // The letter closes: the reading stops.
  useEffect(() => {
    void readAloud.refreshVoices();
    return () => {
      readAloud.stop();
      readAloud.setLetter(null);
    };
  }, []);

  if (!readAloud.supported) return null;
  const active = state.status !== 'idle';

  const readLetter = () => readWholeLetter(doc);
  const readParagraph = () => readParagraphAt(doc, letterRef.current, selectedStart);

  return (
    <div className="read-aloud" role="group" aria-label={t('readAloudBar.readAloud')}>
      <button type="button" onClick={readLetter}>
        {t('readAloudBar.readLetter')}
      </button>
      <button type="button" onClick={readParagraph} title={t('readAloudBar.readParagraphTitle')}>
        {t('readAloudBar.readParagraph')}
      </button>
      {active && (
        <>
          {state.status === 'paused' ? (
            <button type="button" className="read-aloud-control" onClick={() => readAloud.resume()}>
              <span aria-hidden="true">▶ </span>
              {t('readAloudBar.resume')}
            </button>
          ) : (
            <button type="button" className="read-aloud-control" onClick={() => readAloud.pause()} disabled={state.status === 'starting'}>
              <span aria-hidden="true">❚❚ </span>
              {t('readAloudBar.pause')}
            </button>
          )}
          <button type="button" className="read-aloud-control" onClick={() => readAloud.stop()}>
            <span aria-hidden="true">■ </span>
            {t('readAloudBar.stop')}
          </button>
        </>
      )}
      <span className="read-aloud-status" role="status">
        {state.status === 'speaking' || state.status === 'starting' ? t('readAloudBar.reading', { what: state.label ?? '' }) : state.status === 'paused' ? t('readAloudBar.paused') : ''}
      </span>
      {state.voices.length > 1 && (
        <label className="read-aloud-voice">
          {t('readAloudBar.voice')}{' '}
          <select value={state.voice ?? state.voices[0]?.uri} onChange={(e) => readAloud.setVoice(e.target.value)}>
            {state.voices.map((v) => (
              <option key={v.uri} value={v.uri}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {state.message && (state.messageFor === null || BAR_KEYS.includes(state.messageFor)) && (
        <p className="read-aloud-message" role="alert">
          {t(state.message)}{' '}
          <button type="button" className="link-button read-aloud-button" onClick={() => readAloud.dismiss()}>
            {t('readAloudBar.ok')}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * A "Læs op" button for one thing (a highlight and its explanation, the klagefrist): reads
 * `pieces` aloud, and while they are read it stops them.
 */
export function ReadAloudButton({ readingKey, label, pieces, className = 'link-button' }: { readingKey: string; label: string; pieces: () => SpeechPiece[]; className?: string }) {
  const state = useReadAloud();
  if (!readAloud.supported) return null;
  const reading = state.key === readingKey;
  return (
    <>
      <button type="button" className={`${className} read-aloud-button`} onClick={() => (reading ? readAloud.stop() : void readAloud.start(readingKey, label, pieces()))}>
        {reading ? t('readAloudBar.stop') : t('readAloudBar.readAloud')}
      </button>
      {state.message && state.messageFor === readingKey && (
        <span className="read-aloud-message" role="alert">
          {t(state.message)}
        </span>
      )}
    </>
  );
}
