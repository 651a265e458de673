import { describe, expect, it } from 'vitest';
import { nlp } from '../../lib/nlp/danish';
import { splitSentences } from '../../lib/nlp/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('compromise, taught Danish', () => {
  it('does not end a sentence after Danish abbreviations', () => {
    for (const abbr of ['stk.', 'nr.', 'jf.', 'kr.', 'kl.', 'f.eks.', 'ca.', 'bl.a.', 'pkt.', 'm.v.']) {
      expect(texts(`Det står i reglen ${abbr} 2 om det. Næste sætning.`), abbr).toHaveLength(2);
    }
  });

  it('does not end a sentence at the "1." of "1. januar"', () => {
    expect(texts('Det gælder fra den 1. januar 2025. Vi skriver igen.')).toEqual([
      'Det gælder fra den 1. januar 2025.',
      'Vi skriver igen.',
    ]);
  });

  it('still ends sentences where Danish does', () => {
    expect(texts('Du fik brevet. Du svarede ikke! Hvorfor? Se § 40 a. Det er alt.')).toHaveLength(5);
    expect(texts('Overskrift\nTekst under overskriften.')).toEqual(['Overskrift', 'Tekst under overskriften.']);
  });

  it('ends a sentence at a closing quote mark before a capital', () => {
    expect(texts('Lægen skrev: „Hun kan ikke.“ Han mener, at hun er syg. Du sagde "nej." og gik.')).toEqual([
      'Lægen skrev: „Hun kan ikke.“',
      'Han mener, at hun er syg.',
      'Du sagde "nej." og gik.',
    ]);
  });

  it('keeps æ, ø and å as letters of their own', () => {
    expect(nlp('Vi har et mål').has('mal')).toBe(false);
    expect(nlp('Du får hjælp').has('far')).toBe(false);
    expect(nlp('Du får hjælp').has('får')).toBe(true);
    expect(nlp('Lægen skriver').has('lægen')).toBe(true);
    expect(nlp('Børn og unge').has('born')).toBe(false);
  });

  it('gives offsets that point into the text', () => {
    const t = 'Første sætning.  Anden sætning, jf. § 3.\nTredje';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits a long letter fast (off the hot path is not needed)', () => {
    const t = 'Vi har truffet afgørelse efter § 13, stk. 2, nr. 2, i lov om aktiv socialpolitik. '.repeat(5000);
    const t0 = performance.now();
    expect(splitSentences(t)).toHaveLength(5000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('ends a sentence after "e-mail."', () => {
    expect(texts('Du svarede ikke på vores sms og e-mail. Et fradrag gælder fra samtalen.')).toEqual(['Du svarede ikke på vores sms og e-mail.', 'Et fradrag gælder fra samtalen.']);
  });
});
