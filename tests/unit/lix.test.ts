import { describe, expect, it } from 'vitest';
import { countWords, lix, lixCount } from '../../lib/text/lix';

// Every figure below is counted by hand: words, sentences, words of more than six letters.
describe('lix', () => {
  it('counts words per sentence plus the share of long words', () => {
    // Klagefristen(12) er 4 uger fra den dag du fik afgørelsen(10): 10 words, 2 long, 1 sentence.
    expect(lixCount('Klagefristen er 4 uger fra den dag, du fik afgørelsen.')).toEqual({ words: 10, sentences: 1, longWords: 2, lix: 30 });
  });

  it('does not end a sentence at an abbreviation, a paragraph number or an ordinal date', () => {
    // 1: Du mødte ikke op den 10 juli 2025 jf 37 stk 3 (12) | 2: Det koster 1.120 kr (4) | 3: Klag senest kl 23.59 den sidste dag (7).
    // No word has more than six letters ("koster", "senest", "sidste" have six).
    expect(lixCount('Du mødte ikke op den 10. juli 2025, jf. § 37, stk. 3. Det koster 1.120 kr. Klag senest kl. 23.59 den sidste dag.')).toEqual({
      words: 23,
      sentences: 3,
      longWords: 0,
      lix: 23 / 3,
    });
    // Kommunen skal vurdere din arbejdsevne jf aktivlovens 13 stk 7 nr 2 (12) | Det gælder fx også sygedagpenge (5).
    // Long: Kommunen, vurdere, arbejdsevne, aktivlovens, sygedagpenge.
    const c = lixCount('Kommunen skal vurdere din arbejdsevne, jf. aktivlovens § 13, stk. 7, nr. 2. Det gælder fx også sygedagpenge.');
    expect(c).toMatchObject({ words: 17, sentences: 2, longWords: 5 });
    expect(c.lix).toBeCloseTo(17 / 2 + 500 / 17, 10);
  });

  it('takes a text without a full stop as one sentence', () => {
    expect(lixCount('Tjek datoen i brevet')).toEqual({ words: 4, sentences: 1, longWords: 0, lix: 4 });
    // Regler om kontanthjælp(12) ressourceforløbsydelse(22) ledighedsydelse(15) og sanktioner(10): 7 words, 4 long.
    expect(lix('Regler om kontanthjælp, ressourceforløbsydelse, ledighedsydelse og sanktioner')).toBeCloseTo(7 + 400 / 7, 10);
  });

  it('gives 0 for a text without words, and counts signs as no words', () => {
    expect(lix('')).toBe(0);
    expect(lixCount('§ – · ?')).toEqual({ words: 0, sentences: 0, longWords: 0, lix: 0 });
    expect(countWords('aktivlovens §§ 36-37 a')).toEqual(['aktivlovens', '36-37', 'a']);
  });

  it('keeps hyphenated words and numbers whole, and counts letters only', () => {
    expect(countWords('Send den til a-kassen (1.120 kr., m.v.) efter Digital Post-loven.')).toEqual([
      'Send', 'den', 'til', 'a-kassen', '1.120', 'kr', 'm.v', 'efter', 'Digital', 'Post-loven',
    ]);
    // a-kassen has 7 letters, Post-loven 9; "2025-07-10" has no letters at all.
    expect(lixCount('a-kassen Post-loven 2025-07-10')).toMatchObject({ words: 3, longWords: 2 });
  });

  it('ends a sentence at ?, !, a colon before a whole sentence, a closing quote and a line break', () => {
    expect(lixCount('Havde du en rimelig grund? Så må du ikke få en sanktion.').sentences).toBe(2);
    expect(lixCount('Husk det! Klag i tide.').sentences).toBe(2);
    expect(lixCount('Husk: Du kan klage.').sentences).toBe(2);
    expect(lixCount('Klagefrist: 4 uger fra den dag, du fik brevet.').sentences).toBe(1);
    expect(lixCount('Lægen skrev »Hun kan ikke arbejde.« Kommunen er uenig.').sentences).toBe(2);
    expect(lixCount('Lægen skriver: »Hun kan ikke arbejde.« Kommunen er uenig.').sentences).toBe(3);
    expect(lixCount('Klag senest\nSend en kopi').sentences).toBe(2);
    // An abbreviation that can close a sentence does so before a capital; one that cannot does not.
    expect(lixCount('Du får hjælp til bolig m.v. Hun har ret til det.').sentences).toBe(2);
    expect(lixCount('Det afgør bl.a. Ankestyrelsen og fx Udbetaling Danmark.').sentences).toBe(1);
    expect(lixCount('Det står i § 67. Fristen er 4 uger.').sentences).toBe(2);
  });
});
