import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../lib/analyzers/findDeadlines';
import type { DeadlineFinding } from '../../lib/schema/report';
import { inputFor } from '../helpers';

const deadlines = (t: string, received = '2025-03-05') =>
  findDeadlines(inputFor(t, { received, letterDate: received })).filter((f): f is DeadlineFinding => f.kind === 'deadline');

describe('findDeadlines', () => {
  it('finds the klagefrist as the shortest phrase with what it counts from', () => {
    const [d] = deadlines('Din klage skal være modtaget senest 4 uger efter, at du har modtaget denne afgørelse. Du kan ringe.');
    expect(d).toMatchObject({
      text: 'senest 4 uger efter, at du har modtaget denne afgørelse',
      appeal: true,
      date: null,
      period: { count: 4, unit: 'week' },
      anchor: 'receipt',
      resolvedDate: '2025-04-02',
    });
  });

  it('takes the klage context from the sentence before when the frist points back to it', () => {
    const [a] = deadlines('Du kan klage over begge afgørelser. Fristen er 4 uger fra den dag, du har modtaget brevet.');
    expect(a).toMatchObject({ appeal: true, anchor: 'receipt' });
    const [b] = deadlines('Er du uenig? Klag inden 4 uger fra du har fået denne besked.');
    expect(b).toMatchObject({ appeal: true, anchor: 'receipt' });
    // Without a sentence pointing back, a later deadline keeps its own meaning.
    const [, c] = deadlines('Du kan klage over afgørelsen inden 4 uger. Send lønsedler inden 8 dage.');
    expect(c).toMatchObject({ appeal: false });
  });

  it('reads a klagefrist however it is put: "inden der er gået", "i 4 uger fra", "og regnes fra"', () => {
    for (const [sentence, span] of [
      ['Du kan klage, inden der er gået 4 uger fra den dag, du modtog afgørelsen.', 'inden der er gået 4 uger fra den dag, du modtog afgørelsen'],
      ['Du kan klage i 4 uger fra den dag, du har fået brevet.', 'i 4 uger fra den dag, du har fået brevet'],
      ['Fristen for at klage er 4 uger og regnes fra den dag, du modtog afgørelsen.', 'Fristen for at klage er 4 uger og regnes fra den dag, du modtog afgørelsen'],
      ['Du kan klage inden for 4 uger fra den dag, brevet er kommet frem i din digitale postkasse.', 'inden for 4 uger fra den dag, brevet er kommet frem i din digitale postkasse'],
      ['Du kan klage i 4 uger fra den dag, hvor brevet blev tilgængeligt i din digitale postkasse.', 'i 4 uger fra den dag, hvor brevet blev tilgængeligt i din digitale postkasse'],
      ['Vil du klage, har du 4 uger fra modtagelsen af denne afgørelse.', 'har du 4 uger fra modtagelsen af denne afgørelse'],
      ['Klagefrist\t4 uger fra brevets modtagelse', 'Klagefrist\t4 uger fra brevets modtagelse'],
    ]) {
      expect(deadlines(sentence as string)[0]).toMatchObject({ text: span, appeal: true, anchor: 'receipt', resolvedDate: '2025-04-02' });
    }
    // A period of time is no deadline unless it counts from the letter.
    expect(deadlines('Du har været syg i 3 uger fra mødet.')).toEqual([]);
    expect(deadlines('Du har 4 uger fra mødet til at finde et job.')).toEqual([]);
  });

  it('takes the Ombudsmand\'s year as a deadline, but not as the klagefrist', () => {
    const [a] = deadlines('Du kan klage til Folketingets Ombudsmand inden 1 år efter, at du har fået denne afgørelse.');
    expect(a).toMatchObject({ appeal: false, period: { count: 1, unit: 'year' }, resolvedDate: '2026-03-05' });
    const [b] = deadlines('Du kan også klage til Folketingets Ombudsmand. Det skal ske senest 12 måneder efter, at du har fået afgørelsen.');
    expect(b).toMatchObject({ appeal: false });
  });

  it('counts each deadline from its own event: no date where that event has none', () => {
    const [self, papers] = deadlines(
      'Vi genvurderer sagen inden 4 uger fra den dag, vi modtager din klage. Du skal sende lønsedler senest 14 dage efter, at du har fået ny løn.',
    );
    expect(self).toMatchObject({ anchor: 'other', resolvedDate: null, appeal: false });
    expect(papers).toMatchObject({ anchor: 'other', resolvedDate: null, appeal: false });
    expect(self?.explanation.what).toMatch(/tæller fra noget andet end brevet/);
    const [fromLetter] = deadlines('Du skal svare senest 8 dage efter modtagelsen af dette brev.');
    expect(fromLetter).toMatchObject({ anchor: 'receipt', resolvedDate: '2025-03-13' });
  });

  it('finds dates to answer by, in every common form', () => {
    const t = 'Svar senest den 14. marts 2025. Send papirerne inden 20.03.2025. Ring senest fredag d. 21/3-2025.';
    expect(deadlines(t).map((d) => [d.text, d.date, d.appeal])).toEqual([
      ['senest den 14. marts 2025', '2025-03-14', false],
      ['inden 20.03.2025', '2025-03-20', false],
      ['senest fredag d. 21/3-2025', '2025-03-21', false],
    ]);
  });

  it('finds periods to act within, in digits and words', () => {
    expect(deadlines('Du skal svare inden for 8 dage fra i dag.').map((d) => [d.text, d.anchor, d.resolvedDate])).toEqual([
      ['inden for 8 dage fra i dag', 'letter', '2025-03-13'],
    ]);
    expect(deadlines('Klagefristen er fire uger fra den dag, du modtog brevet.')[0]).toMatchObject({ appeal: true, period: { count: 4, unit: 'week' } });
    expect(deadlines('Vi svarer inden 7 arbejdsdage.')[0]).toMatchObject({ text: 'inden 7 arbejdsdage', appeal: false, anchor: 'none' });
  });

  it('finds the authority’s own deadlines, which are not the klagefrist', () => {
    const t = 'Hvis du klager, genvurderer vi sagen inden 4 uger efter modtagelsen af klagen.';
    expect(deadlines(t).map((d) => [d.text, d.appeal])).toEqual([['inden 4 uger efter modtagelsen af klagen', false]]);
  });

  it('finds a time of day', () => {
    expect(deadlines('Meld afbud senest kl. 9.00 samme dag.').map((d) => d.text)).toEqual(['senest kl. 9.00 samme dag']);
  });

  it('reads deadlines counted from an event the letter does not date, and recurring duties', () => {
    const texts = (t: string) => deadlines(t).map((d) => [d.text, d.date]);
    expect(texts('Du skal melde afbud inden mødets start.')).toEqual([['inden mødets start', null]]);
    expect(texts('Send din joblog senest hver fredag kl. 12.')).toEqual([['senest hver fredag kl. 12', null]]);
    expect(texts('Ring til os senest dagen efter, at du har modtaget dette brev.')).toEqual([['senest dagen efter, at du har modtaget dette brev', null]]);
    expect(texts('Du skal tjekke din jobsøgning i Jobnet hver 7. dag.')).toEqual([['hver 7. dag', null]]);
    expect(texts('Mentorsamtaler hver 14. dag.')).toEqual([]);
    expect(texts('Meld afbud før kl. 8.30 samme dag.')).toEqual([['før kl. 8.30 samme dag', null]]);
    // A weekday with no date after it recurs.
    expect(texts('Du skal søge job hver uge, senest søndag kl. 23.59.')).toEqual([['hver uge, senest søndag kl. 23.59', null]]);
    expect(texts('Joblog skal udfyldes senest søndag hver uge.')).toEqual([['senest søndag hver uge', null]]);
    expect(texts('Meld afbud inden undervisningen begynder kl. 8.30.')).toEqual([['inden undervisningen begynder kl. 8.30', null]]);
    expect(texts('Du kan få en samtale inden perioden starter.')).toEqual([]);
    expect(texts('Meld dig senest 3 hverdage før den dato, der står i Min Plan.')).toEqual([['senest 3 hverdage før den dato', null]]);
    expect(deadlines('Du har 4 ugers klagefrist fra modtagelsen af denne afgørelse.')[0]).toMatchObject({
      text: '4 ugers klagefrist fra modtagelsen af denne afgørelse',
      appeal: true,
      resolvedDate: '2025-04-02',
    });
    expect(texts('Vi sender klagen inden 4 uger efter modtagelsen til Ankestyrelsen sammen med sagens akter.')[0]?.[0]).toBe('inden 4 uger efter modtagelsen');
  });

  it('keeps a klagefrist and the date computed beside it as one deadline, and reads monthly and named svarfrister', () => {
    const texts = (t: string) => deadlines(t).map((d) => [d.text, d.date, d.appeal]);
    expect(texts('Du kan klage inden 4 uger efter, at du har modtaget afgørelsen, dvs. senest den 3. april 2025.')).toEqual([
      ['inden 4 uger efter, at du har modtaget afgørelsen, dvs. senest den 3. april 2025', '2025-04-03', true],
    ]);
    expect(texts('Du har 4 uger til at klage, fra du har modtaget brevet, dvs. senest den 3. april 2025.')).toEqual([
      ['Du har 4 uger til at klage, fra du har modtaget brevet, dvs. senest den 3. april 2025', '2025-04-03', true],
    ]);
    expect(texts('Du har 4 ugers klagefrist, som regnes fra den dag, du modtager brevet.')[0]?.[0]).toBe('4 ugers klagefrist, som regnes fra den dag, du modtager brevet');
    expect(texts('Sagen genvurderes af kommunen inden 4 uger efter klagens modtagelse.')[0]?.[0]).toBe('inden 4 uger efter klagens modtagelse');
    expect(texts('Send lønsedlen inden den 10. i den følgende måned.')).toEqual([['inden den 10. i den følgende måned', null, false]]);
    expect(texts('Giv os besked senest dagen efter, at du er blevet raskmeldt eller er begyndt at arbejde igen.')).toEqual([
      ['senest dagen efter, at du er blevet raskmeldt eller er begyndt at arbejde igen', null, false],
    ]);
    expect(texts('Svarfrist for nye oplysninger: 15.06.2025.')).toEqual([['Svarfrist for nye oplysninger: 15.06.2025', '2025-06-15', false]]);
  });

  it('gives a date without a year the year that follows the letter', () => {
    expect(deadlines('Svar senest den 5. januar.', '2025-12-10')[0]?.date).toBe('2026-01-05');
  });

  it('does not flag dates that are not deadlines', () => {
    for (const t of [
      'Dato: 5. marts 2026',
      'Du blev født den 3. april 1980.',
      'Du udeblev fra samtalen den 24. februar 2025.',
      'Du får hjælp fra den 1. april 2025 til og med 31. maj 2025.',
      'Vi har modtaget din lægeattest af 3. marts 2025.',
      'senest i brev af 9. december 2025',
      'Prognosen er, at du kan vende tilbage til arbejde inden for 134 uger.',
      'Lægen skriver: "Han kan arbejde igen inden for 6 måneder."',
    ]) {
      expect(deadlines(t), t).toEqual([]);
    }
  });

  it('reports an appointment as an appointment', () => {
    const found = findDeadlines(inputFor('Du er indkaldt til samtale tirsdag den 17. februar 2026 kl. 13.00.', { received: '2026-02-03' }));
    expect(found.map((f) => [f.kind, f.text])).toEqual([['appointment', 'tirsdag den 17. februar 2026 kl. 13.00']]);
  });

  it('reads "Du har fire uger til klage, og vi tæller fra dagen efter du har fået denne besked" as the klagefrist', () => {
    const [d] = deadlines('Du kan klage. Du har fire uger til klage, og vi tæller fra dagen efter du har fået denne besked i e-Boks.');
    expect(d).toMatchObject({ text: 'Du har fire uger til klage, og vi tæller fra dagen efter du har fået denne besked i e-Boks', appeal: true });
  });

  it('reads "Du skal genoptage tilbuddet senest …" as a deadline, a weekly one with its weekday and time, and a system letter\'s "KLAGEFRIST ....: 4 uger fra modtagelse"', () => {
    expect(deadlines('Du skal genoptage tilbuddet senest mandag den 16.02.2026. Din joblog skal opdateres hver uge senest søndag kl. 23.59.', '2026-02-10').map((d) => [d.text, d.date])).toEqual([
      ['senest mandag den 16.02.2026', '2026-02-16'],
      ['hver uge senest søndag kl. 23.59', null],
    ]);
    expect(deadlines('Du forventes at genoptage arbejdet senest den 1. marts 2026.', '2026-02-10')).toEqual([]);
    expect(deadlines('KLAGEFRIST ........: 4 uger fra modtagelse', '2026-02-10')).toMatchObject([{ appeal: true }]);
  });

  it('reads a computed date with its weekday and no comma, a "Frist:" line under "Klage:", and no deadline in a condition ("ny selvforskyldt ledighed inden for 12 måneder")', () => {
    const [computed] = deadlines('Du kan klage inden 4 uger efter du har fået afgørelsen altså senest torsdag d. 2. april 2026.', '2026-03-05');
    expect(computed).toMatchObject({ text: 'inden 4 uger efter du har fået afgørelsen altså senest torsdag d. 2. april 2026', date: '2026-04-02', appeal: true });
    const [listed] = deadlines('Klagevejledning\n- Klage: skriftligt til jobcentret.\n- Frist: senest 4 uger efter modtagelse af denne afgørelse.', '2026-03-05');
    expect(listed).toMatchObject({ appeal: true });
    expect(deadlines('En ny selvforskyldt ledighed inden for 12 måneder medfører tab af retten, indtil du har haft 300 timer inden for 3 måneder.', '2026-03-05')).toEqual([]);
  });

  it('ends a period counted from today at "i dag", and reads no deadline in "hvis du igen inden for 12 måneder …"', () => {
    expect(deadlines('Din jobkonsulent vil inden 14 dage fra i dag kontakte dig om en ny samtale.', '2026-03-05').map((d) => d.text)).toEqual(['inden 14 dage fra i dag']);
    expect(deadlines('Vi skal vurdere din ret, såfremt du igen inden for 12 måneder afslår et job.', '2026-03-05')).toEqual([]);
  });

  it('reads the klagefrist on a short line that goes on from "Klagen skal være hos os"', () => {
    const [d] = deadlines('Vil du klage?\nKlagen skal være hos os\ninden 4 uger efter, at du har fået brevet.', '2026-03-05');
    expect(d).toMatchObject({ text: 'inden 4 uger efter, at du har fået brevet', appeal: true });
  });

  it('reads a frist named in a compound ("Betalingsfristen er 30 dage fra …") and a klagefrist whose sentence points back with "den"', () => {
    const [pay] = deadlines('Du får en opkrævning. Betalingsfristen er 30 dage fra datoen på opkrævningen.', '2026-03-05');
    expect(pay).toMatchObject({ text: 'Betalingsfristen er 30 dage fra datoen på opkrævningen', appeal: false });
    const [klage] = deadlines('Du kan klage over afgørelsen. Send klagen til os. Vi skal have den inden 4 uger, dvs. senest onsdag den 1. april 2026.', '2026-03-05');
    expect(klage).toMatchObject({ text: 'inden 4 uger, dvs. senest onsdag den 1. april 2026', appeal: true, date: '2026-04-01' });
  });
});
