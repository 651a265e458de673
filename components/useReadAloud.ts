import { useSyncExternalStore } from 'react';
import { planReading, writtenUtterance, writtenWord, type PlannedUtterance, type ReadingPlan } from '../lib/speech/plan';
import type { MessageKey } from '../lib/i18n/t';
import { chooseVoice } from '../lib/speech/voices';
import type { DocumentText } from '../lib/text/types';
import { clearSpoken, keepInView, markSpoken, showPage, targetRanges, type SpeechTarget } from './readAloudMarks';


/** A part of a reading: its text, and where it stands on the page (so the words said are marked there). */
export interface SpeechPiece {
  text: string;
  target?: SpeechTarget | null;
}

export interface ReadAloudState {
  status: 'idle' | 'starting' | 'speaking' | 'paused';
  /** Which reading is going on ("letter", "paragraph", "finding-12-40", "klagefrist"), or null. */
  key: string | null;
  /** What is read, for the status line ("brevet", "afsnittet" …), in the language chosen. */
  label: string | null;
  /** A message for the user (its key, shown with t()): there is no Danish voice on this computer, the reading stopped … */
  message: MessageKey | null;
  /** The reading the message is about (its key), so it is shown beside the button that started it. */
  messageFor: string | null;
  /** The computer's own Danish voices the user may choose among, best first. */
  voices: Array<{ uri: string; name: string; lang: string }>;
  /** The voice chosen (a voiceURI), or null. */
  voice: string | null;
}

const RATE = 0.9;
const VOICE_KEY = 'brevtjek.readAloud.voice';

const supported = () => typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';

function savedVoice(): string | null {
  try {
    return localStorage.getItem(VOICE_KEY);
  } catch {
    return null;
  }
}

/** The browser's voices; Chrome gives them only after `voiceschanged`, so wait a moment for that. */
async function loadVoices(): Promise<SpeechSynthesisVoice[]> {
  const now = speechSynthesis.getVoices();
  if (now.length) return now;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speechSynthesis.removeEventListener('voiceschanged', done);
      resolve();
    };
    const timer = setTimeout(done, 1500);
    speechSynthesis.addEventListener('voiceschanged', done);
  });
  return speechSynthesis.getVoices();
}

/**
 * Læs op: reads a highlight, a paragraph, the klagefrist or the whole letter aloud with a
 * Danish voice that runs on this computer (never one over the network: see lib/speech/voices),
 * one sentence at a time, and marks the word being said. One reading at a time: a new one
 * stops the last. Shared by the whole viewer (the toolbar, the klagefrist, the findings).
 */
class ReadAloud {
  private state: ReadAloudState = { status: 'idle', key: null, label: null, message: null, messageFor: null, voices: [], voice: savedVoice() };
  private listeners = new Set<() => void>();
  /** Bumped by every start and stop: events of an older reading are ignored. */
  private run = 0;
  /** The utterance being said: kept, or Chrome may collect it before its `end`. */
  private current: SpeechSynthesisUtterance | null = null;
  /** The letter open in the viewer, for marks in the letter. */
  private doc: DocumentText | null = null;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.state;

  private set(patch: Partial<ReadAloudState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  get supported() {
    return supported();
  }

  /** The letter shown (null when it closes). */
  setLetter(doc: DocumentText | null) {
    this.doc = doc;
  }

  /** Looks up the computer's own Danish voices, for the choice of voice. */
  async refreshVoices() {
    if (!supported()) return;
    const choice = chooseVoice(await loadVoices(), this.state.voice);
    this.set({ voices: choice.options.map((v) => ({ uri: v.voiceURI, name: v.name, lang: v.lang })) });
  }

  /** The voice to read with from now on (one of `voices`). */
  setVoice(uri: string) {
    try {
      localStorage.setItem(VOICE_KEY, uri);
    } catch {
      // not kept: the choice holds until the page closes
    }
    this.set({ voice: uri });
  }

  /** Reads `pieces` aloud, in order, stopping any other reading first. */
  async start(key: string, label: string, pieces: SpeechPiece[]) {
    this.stop();
    const run = this.run;
    if (!supported()) {
      this.set({ message: 'useReadAloud.noSpeech', messageFor: key });
      return;
    }
    this.set({ status: 'starting', key, label, message: null, messageFor: null });
    const voices = await loadVoices();
    if (run !== this.run) return;
    const choice = chooseVoice(voices, this.state.voice);
    this.set({ voices: choice.options.map((v) => ({ uri: v.voiceURI, name: v.name, lang: v.lang })) });
    // Only a voice on this computer: with none, say so and read nothing (the text would leave the machine).
    if (!choice.voice || choice.voice.localService !== true) {
      this.set({ status: 'idle', key: null, label: null, message: 'useReadAloud.noDanishVoice', messageFor: key });
      return;
    }
    const plan = planReading(pieces.map((p) => p.text));
    if (plan.utterances.length === 0) {
      this.set({ status: 'idle', key: null, label: null });
      return;
    }
    // A pause left over from elsewhere would hold the new reading.
    if (speechSynthesis.paused) speechSynthesis.resume();
    this.set({ status: 'speaking' });
    this.say(run, choice.voice, pieces, plan, 0);
  }

  private say(run: number, voice: SpeechSynthesisVoice, pieces: SpeechPiece[], plan: ReadingPlan, index: number) {
    const planned = plan.utterances[index];
    if (!planned) {
      this.finish(run);
      return;
    }
    const u = new SpeechSynthesisUtterance(planned.text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = RATE;
    u.addEventListener('start', () => {
      if (run === this.run) this.mark(pieces, plan, planned, null);
    });
    u.addEventListener('boundary', (e) => {
      if (run !== this.run || (e.name && e.name !== 'word')) return;
      this.mark(pieces, plan, planned, writtenWord(plan, planned, e.charIndex, e.charLength));
    });
    u.addEventListener('end', () => {
      if (run === this.run) this.say(run, voice, pieces, plan, index + 1);
    });
    u.addEventListener('error', (e) => {
      if (run !== this.run || e.error === 'interrupted' || e.error === 'canceled') return;
      this.finish(run, 'useReadAloud.stopped');
    });
    this.current = u;
    speechSynthesis.speak(u);
  }

  /** Marks the sentence being said and, where the voice tells it, the word, where they stand on the page. */
  private mark(pieces: SpeechPiece[], plan: ReadingPlan, planned: PlannedUtterance, word: { start: number; end: number } | null) {
    const piece = pieces[planned.piece];
    const target = piece?.target;
    if (!target) {
      clearSpoken();
      return;
    }
    // Letter offsets only where the piece is the letter's own text there.
    const doc = target.kind === 'letter' && this.doc && this.doc.text.slice(target.start, target.start + piece.text.length) === piece.text ? this.doc : null;
    if (target.kind === 'letter' && !doc) return;
    if (word === null) {
      const sentence = writtenUtterance(plan, planned);
      if (!sentence) return;
      let ranges = targetRanges(target, doc, sentence.start, sentence.end);
      if (ranges.length === 0 && doc && target.kind === 'letter') {
        showPage(doc, target.start + sentence.start);
        ranges = targetRanges(target, doc, sentence.start, sentence.end);
      }
      markSpoken('sentence', ranges);
      markSpoken('word', []);
      keepInView(ranges);
      return;
    }
    const ranges = targetRanges(target, doc, word.start, word.end);
    markSpoken('word', ranges);
    keepInView(ranges);
  }

  private finish(run: number, message: MessageKey | null = null) {
    if (run !== this.run) return;
    this.run++;
    this.current = null;
    clearSpoken();
    this.set({ status: 'idle', key: null, label: null, message, messageFor: message ? this.state.key : null });
  }

  pause() {
    if (this.state.status !== 'speaking' || !supported()) return;
    speechSynthesis.pause();
    this.set({ status: 'paused' });
  }

  resume() {
    if (this.state.status !== 'paused' || !supported()) return;
    speechSynthesis.resume();
    this.set({ status: 'speaking' });
  }

  /** Stops the reading (if any) and takes the marks away. */
  stop() {
    const active = this.state.status !== 'idle';
    this.run++;
    if (active && supported()) speechSynthesis.cancel();
    this.current = null;
    clearSpoken();
    if (active || this.state.message) this.set({ status: 'idle', key: null, label: null, message: null, messageFor: null });
  }

  /** Takes a message away (the user has read it). */
  dismiss() {
    if (this.state.message) this.set({ message: null, messageFor: null });
  }
}

/** The one reading-aloud of the viewer. */
export const readAloud = new ReadAloud();

if (typeof window !== 'undefined') window.addEventListener('pagehide', () => readAloud.stop());

/** The reading-aloud state, re-rendering as it changes. */
export function useReadAloud(): ReadAloudState {
  return useSyncExternalStore(readAloud.subscribe, readAloud.getSnapshot);
}
