import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/rules';
import { SpeechRules } from '../../lib/rules/speechSchema';
import { compileSpeechRules, toEarText, writtenSpan } from '../../lib/speech/earText';
import { earTextOf, planReading, writtenWord } from '../../lib/speech/plan';
import { paragraphAt, splitUtterances, spokenWord } from '../../lib/speech/utterances';
import { chooseVoice, NO_DANISH_VOICE, type VoiceLike } from '../../lib/speech/voices';
import speechJson from '../../rules/speech.json';

const voice = (voiceURI: string, lang: string, localService: boolean, extra: Partial<VoiceLike> = {}): VoiceLike => ({ voiceURI, name: voiceURI, lang, localService, ...extra });

describe('the voice for Læs op', () => {
  it('never takes a network voice: with only network voices there is none', () => {
    const voices = [voice('Google dansk', 'da-DK', false, { default: true }), voice('Microsoft Christel Online (Natural)', 'da-DK', false), voice('Google US English', 'en-US', false)];
    const choice = chooseVoice(voices);
    expect(choice.voice).toBeNull();
    expect(choice.options).toEqual([]);
    expect(choice.reason).toBe('no-local-danish');
    expect(NO_DANISH_VOICE).toMatch(/ingen dansk stemme.*over nettet/);
  });

  it('takes a local da-DK voice before a local "da" one, and never the network voice the system would pick', () => {
    const voices = [
      voice('Google dansk', 'da-DK', false, { default: true }),
      voice('espeak-da', 'da', true),
      voice('Microsoft Helle', 'da-DK', true),
      voice('Microsoft Zira', 'en-US', true),
    ];
    const choice = chooseVoice(voices);
    expect(choice.voice?.voiceURI).toBe('Microsoft Helle');
    expect(choice.options.map((v) => v.voiceURI)).toEqual(['Microsoft Helle', 'espeak-da']);
    expect(chooseVoice([voice('espeak-da', 'da_DK', true)]).voice?.voiceURI).toBe('espeak-da');
  });

  it('does not read Danish with a local voice of another language', () => {
    const choice = chooseVoice([voice('Microsoft Zira', 'en-US', true, { default: true }), voice('Alva', 'sv-SE', true), voice('Danish-ish', 'dan', true)]);
    expect(choice.voice).toBeNull();
    expect(chooseVoice([]).reason).toBe('no-voices');
  });

  it("keeps the user's choice among the local Danish voices, and ignores a choice that is not one", () => {
    const voices = [voice('Helle', 'da-DK', true), voice('Sara', 'da-DK', true), voice('Google dansk', 'da-DK', false)];
    expect(chooseVoice(voices, 'Sara').voice?.voiceURI).toBe('Sara');
    expect(chooseVoice(voices, 'Google dansk').voice?.voiceURI).toBe('Helle');
    expect(chooseVoice(voices, 'gone').voice?.voiceURI).toBe('Helle');
  });
});

describe('a letter said aloud (rules/speech.json)', () => {
  for (const ex of rules.speech.examples) {
    it(`says "${ex.text}" as "${ex.say}"`, () => {
      expect(earTextOf(ex.text).text).toBe(ex.say);
    });
  }

  it('rejects a broken rules file', () => {
    expect(SpeechRules.safeParse({ ...speechJson, words: [{ write: '', say: 'x' }] }).success).toBe(false);
    expect(SpeechRules.safeParse({ ...speechJson, dates: [{ id: 'x', pattern: '(\\d{4})', weekday: true }] }).success).toBe(false);
    expect(SpeechRules.safeParse({ ...speechJson, patterns: [{ id: 'x', pattern: '(kl', say: 'x' }] }).success).toBe(false);
  });

  it('maps each said word back to the written one', () => {
    const text = 'Jf. § 13, stk. 7, skal du klage senest den 2025-07-10.';
    const ear = earTextOf(text);
    const back = (word: string) => {
      const at = ear.text.indexOf(word);
      const span = writtenSpan(ear, at, at + word.length);
      return text.slice(span.start, span.end);
    };
    expect(back('Jævnfør')).toBe('Jf.');
    expect(back('paragraf')).toBe('§');
    expect(back('13')).toBe('13');
    expect(back('stykke')).toBe('stk.');
    expect(back('klage')).toBe('klage');
    expect(back('juli')).toBe('den 2025-07-10');
  });

  // Pieces a letter is made of, and the written forms the rules change.
  const fragment = fc.constantFrom(
    '§', '§§', ' ', '  ', '\n', '\n\n', 'stk.', 'Stk.', 'jf.', 'nr.', 'kr.', 'kr', 'fx', 'Fx', 'f.eks.', 'kl. 10.00', 'kl. 9.30', '2025-07-10', '2026-02-30',
    '10.07.2025', 'den ', 'Den ', '13', '7', ',', '.', 'a', 'æ', 'Du', 'klage', 'Fxtra', '-', '/', 'og/eller', 'mv. Hun', '😀',
  );
  const letterText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
  const compiled = compileSpeechRules(rules.speech);

  it('maps every said character into the written text, in order, and covers it all (property)', () => {
    fc.assert(
      fc.property(letterText, (text) => {
        const ear = toEarText(text, compiled);
        expect(ear.from).toHaveLength(ear.text.length);
        expect(ear.to).toHaveLength(ear.text.length);
        let prevFrom = 0;
        let prevTo = 0;
        const tiles: Array<[number, number, string]> = [];
        for (let i = 0; i < ear.text.length; i++) {
          const f = ear.from[i]!;
          const t = ear.to[i]!;
          expect(f).toBeGreaterThanOrEqual(0);
          expect(t).toBeLessThanOrEqual(text.length);
          expect(f).toBeLessThan(t);
          expect(f).toBeGreaterThanOrEqual(prevFrom);
          expect(t).toBeGreaterThanOrEqual(prevTo);
          if (tiles.at(-1)?.[0] !== f) tiles.push([f, t, '']);
          tiles.at(-1)![2] += ear.text[i];
          prevFrom = f;
          prevTo = t;
        }
        // The written pieces the said text comes from lie end to end over the whole written text.
        let at = 0;
        for (const [f, t, said] of tiles) {
          expect(f).toBe(at);
          // A character said as one character is the written one, kept as it is.
          if (said.length === 1 && t - f === 1) expect(said).toBe(text[f]);
          at = t;
        }
        expect(at).toBe(text.length);
        // Any said span comes from a written span inside the text.
        for (let s = 0; s <= ear.text.length; s += 3) {
          const w = writtenSpan(ear, s, s + 5);
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(text.length);
          expect(w.start).toBeLessThanOrEqual(w.end);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('utterances', () => {
  const noBreakAfter = new Set(rules.abbreviations.abbreviations);
  const texts = (text: string, max?: number) => splitUtterances(text, { max, noBreakAfter }).map((s) => text.slice(s.start, s.end));

  it('cuts at sentence ends and line breaks, not after an abbreviation, an initial or an ordinal', () => {
    expect(texts('Du skal møde op. Mødet er vigtigt! Kan du komme?\nJobcenter Aarhus\n\nMed venlig hilsen')).toEqual([
      'Du skal møde op.', 'Mødet er vigtigt!', 'Kan du komme?', 'Jobcenter Aarhus', 'Med venlig hilsen',
    ]);
    expect(texts('Att. Jobcenter Vejle har ringet til A. Hansen den 1. marts. Det er 3. gang.')).toEqual([
      'Att. Jobcenter Vejle har ringet til A. Hansen den 1. marts.', 'Det er 3. gang.',
    ]);
  });

  it('keeps every utterance short, cutting a long sentence after a comma, else at a space', () => {
    const long = `${'Du har ikke deltaget i tilbuddet, '.repeat(12)}og derfor nedsætter vi din hjælp.`;
    const parts = texts(long, 120);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(120);
    expect(parts.slice(0, -1).every((p) => p.endsWith(','))).toBe(true);
    expect(parts.join(' ')).toBe(long);
    const word = 'a'.repeat(500);
    expect(texts(word, 200).map((p) => p.length)).toEqual([200, 200, 100]);
  });

  it('leaves out what has nothing to say, and covers all the rest (property)', () => {
    expect(texts('---\n\n  \n| |\nHej.')).toEqual(['Hej.']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '\n', ',', '1', 'Æ', '?') , maxLength: 600 }), fc.integer({ min: 20, max: 250 }), (text, max) => {
        const spans = splitUtterances(text, { max, noBreakAfter });
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end - s.start).toBeLessThanOrEqual(max);
          expect(s.end).toBeGreaterThan(s.start);
          last = s.end;
        }
        const kept = spans.map((s) => text.slice(s.start, s.end)).join('');
        expect(kept.replace(/[^\p{L}\p{N}]/gu, '')).toBe(text.replace(/[^\p{L}\p{N}]/gu, ''));
      }),
    );
  });

  it('names the word a boundary event points at, with or without its length', () => {
    const text = 'Klag senest i morgen.';
    const u = { start: 0, end: text.length };
    expect(spokenWord(text, u, 5, 6)).toEqual({ start: 5, end: 11 });
    expect(spokenWord(text, u, 5)).toEqual({ start: 5, end: 11 });
    expect(spokenWord(text, u, 4)).toEqual({ start: 5, end: 11 });
    expect(spokenWord(text, u, 99)).toBeNull();
  });

  it('plans a reading piece by piece, and finds the written word of a spoken one', () => {
    const plan = planReading(['§ 69 b, stk. 2, i lov om aktiv socialpolitik', 'Lovhenvisning. Det er reglen.']);
    expect(plan.utterances.map((u) => [u.piece, u.text])).toEqual([
      [0, 'paragraf 69 b, stykke 2, i lov om aktiv socialpolitik'],
      [1, 'Lovhenvisning.'],
      [1, 'Det er reglen.'],
    ]);
    const first = plan.utterances[0]!;
    expect(writtenWord(plan, first, 0, 8)).toEqual({ start: 0, end: 1 });
    expect(writtenWord(plan, first, 14)).toEqual({ start: 8, end: 12 });
    expect(writtenWord(plan, plan.utterances[2]!, 4, 2)).toEqual({ start: 19, end: 21 });
  });
});

describe('the paragraph around a place in the letter', () => {
  const text = 'Jobcenter Aarhus\nSøren Kierkegaards Plads 1\n\nAfgørelse om fradrag\n\nVi har besluttet at\ntrække dig i hjælp.\n\n\nMed venlig hilsen';
  const at = (word: string) => {
    const p = paragraphAt(text, text.indexOf(word));
    return text.slice(p.start, p.end);
  };
  it('is the block of lines between blank lines', () => {
    expect(at('Aarhus')).toBe('Jobcenter Aarhus\nSøren Kierkegaards Plads 1');
    expect(at('trække')).toBe('Vi har besluttet at\ntrække dig i hjælp.');
    expect(at('hilsen')).toBe('Med venlig hilsen');
    expect(text.slice(paragraphAt(text, 0).start, paragraphAt(text, 0).end)).toBe('Jobcenter Aarhus\nSøren Kierkegaards Plads 1');
  });
  it('in the blank lines between two, is the one after', () => {
    const p = paragraphAt(text, text.indexOf('hjælp.') + 7);
    expect(text.slice(p.start, p.end)).toBe('Med venlig hilsen');
  });
});
