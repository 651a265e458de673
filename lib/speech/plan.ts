import { rules } from '../rules';
import { compileSpeechRules, toEarText, writtenSpan, type CompiledSpeechRules, type EarText } from './earText';
import { splitUtterances, spokenWord, type Span } from './utterances';

/** One utterance of a reading: piece `piece`'s ear text [start, end). */
export interface PlannedUtterance extends Span {
  piece: number;
  text: string;
}

export interface ReadingPlan {
  /** Each piece as said aloud, with its map back to the written text. */
  ears: EarText[];
  utterances: PlannedUtterance[];
}

let compiled: CompiledSpeechRules | null = null;
const speechRules = () => (compiled ??= compileSpeechRules(rules.speech));
const noBreakAfter = new Set([...rules.abbreviations.abbreviations, ...rules.speech.noBreakAfter]);

/** A written text as it is said aloud (rules/speech.json), with the map back. */
export const earTextOf = (text: string): EarText => toEarText(text, speechRules());

/** The pieces of a reading (a highlight's words, then its explanation …) as utterances, in order. */
export function planReading(pieces: readonly string[], max?: number): ReadingPlan {
  const ears = pieces.map(earTextOf);
  const utterances = ears.flatMap((ear, piece) =>
    splitUtterances(ear.text, { max, noBreakAfter }).map((s) => ({ ...s, piece, text: ear.text.slice(s.start, s.end) })),
  );
  return { ears, utterances };
}

/** The written characters of a piece that a `boundary` event of utterance `u` names. */
export function writtenWord(plan: ReadingPlan, u: PlannedUtterance, charIndex: number, charLength?: number): Span | null {
  const ear = plan.ears[u.piece];
  if (!ear) return null;
  const word = spokenWord(ear.text, u, charIndex, charLength);
  return word ? writtenSpan(ear, word.start, word.end) : null;
}

/** The written characters of a whole utterance. */
export function writtenUtterance(plan: ReadingPlan, u: PlannedUtterance): Span | null {
  const ear = plan.ears[u.piece];
  return ear ? writtenSpan(ear, u.start, u.end) : null;
}
