/**
 * Which voice may read a letter aloud. Letters hold health data and Brevtjek sends nothing
 * anywhere, so only a voice that runs on this computer (`localService === true`) is ever used:
 * a network voice (Google's, Microsoft's online voices) would send the text to a server.
 */

/** The fields of a SpeechSynthesisVoice that the choice looks at. */
export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** Said where the computer has no Danish voice of its own; Brevtjek then does not read aloud. */
export const NO_DANISH_VOICE = 'Din computer har ingen dansk stemme. Brevtjek læser ikke op med en stemme over nettet.';
/** Said where the browser cannot read aloud at all. */
export const NO_SPEECH = 'Din browser kan ikke læse op.';

/** "da_DK" and "DA-dk" alike → "da-dk". */
const langOf = (v: VoiceLike) => v.lang.trim().replace(/_/g, '-').toLowerCase();

/** A Danish voice: its language is Danish (da, da-DK, da-…). */
export function isDanish(v: VoiceLike): boolean {
  const lang = langOf(v);
  return lang === 'da' || lang.startsWith('da-');
}

/** Only voices that run on this computer: never one that sends the text over the network. */
export const localVoices = <V extends VoiceLike>(voices: readonly V[]): V[] => voices.filter((v) => v.localService === true);

export interface VoiceChoice<V extends VoiceLike> {
  /** The voice to read with, or null: then nothing is read aloud. */
  voice: V | null;
  /** The local Danish voices the user may choose among, best first. */
  options: V[];
  /** Why there is no voice: none at all, or none that is local and Danish (a Danish network voice is no choice). */
  reason: 'ok' | 'no-voices' | 'no-local-danish';
}

/**
 * The voice for a Danish text: a local da-DK voice, else any local Danish one (da, da-…);
 * the user's own choice (`preferred`, a voiceURI) where it is one of them. A local voice in
 * another language is no choice: it would read Danish words with English sounds.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], preferred: string | null = null): VoiceChoice<V> {
  const rank = (v: V) => (langOf(v) === 'da-dk' ? 0 : 1) * 2 + (v.default ? 0 : 1);
  const options = localVoices(voices)
    .filter(isDanish)
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v) - rank(b.v) || a.i - b.i)
    .map(({ v }) => v);
  const voice = options.find((v) => v.voiceURI === preferred) ?? options[0] ?? null;
  return { voice, options, reason: voice ? 'ok' : voices.length === 0 ? 'no-voices' : 'no-local-danish' };
}
