import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { addressedAsDu } from '../../lib/nlp/politeForm';
import { fromPlainText } from '../../lib/text/fromPlainText';

describe('a letter in the polite form (De, Dem, Deres)', () => {
  it('is read as du, dig and din, with every offset kept', () => {
    const letter = 'Vi skal meddele Dem, at De får et fradrag i Deres hjælp.';
    const read = addressedAsDu(letter);
    expect(read).toBe('Vi skal meddele dig, at Du får et fradrag i din   hjælp.');
    expect(read).toHaveLength(letter.length);
  });

  it('leaves a letter that says du, and "de" for they, as it is', () => {
    const letter = 'De fleste får besked. Du skal sende dine lønsedler. De kommer i morgen.';
    expect(addressedAsDu(letter)).toBe(letter);
  });

  it('finds the reasons of a polite letter in its own words', () => {
    const letter = [
      'Jobcenter Gentofte skal herved meddele Dem, at der er truffet afgørelse om fradrag i Deres uddannelseshjælp.',
      '',
      'Afgørelsen er truffet, idet De uden rimelig grund udeblev fra Deres tilbud den 7. april 2025.',
    ].join('\n');
    const report = analyzeLetter(fromPlainText(letter), { file: 'polite.txt', received: '2025-05-01' });
    expect(report.findings.filter((f) => f.kind === 'sanction').map((f) => f.text)).toEqual([
      'De uden rimelig grund udeblev fra Deres tilbud den 7. april 2025',
    ]);
  });

  it('keeps the capital of a polite word that starts a sentence, so the sentence before still ends', () => {
    const letter = 'Vi har talt med Dem. Deres læge skriver, at De kan arbejde.';
    expect(addressedAsDu(letter)).toBe('Vi har talt med dig. Din   læge skriver, at Du kan arbejde.');
    const report = analyzeLetter(fromPlainText('Kommunen er opmærksom på, at Deres egen læge forventer, at De kan vende tilbage til arbejdet. Deres læge har imidlertid ikke skrevet, at De er i behandling.'), { file: 'x.txt' });
    expect(report.findings.filter((f) => f.kind === 'medical_quote').map((f) => f.text)).toEqual(['De kan vende tilbage til arbejdet']);
  });

  it('reads a reason after a fronted "Under henvisning til …, skal Jobcentret herved meddele Dem"', () => {
    const letter =
      'Under henvisning til Jobcentrets brev af 4. marts 2024 skal Jobcentret herved meddele Dem, at Deres ret til sygedagpenge er bortfaldet, idet De uden rimelig grund ikke har medvirket ved opfølgningen.';
    const report = analyzeLetter(fromPlainText(letter), { file: 'polite.txt', received: '2024-04-12' });
    expect(report.findings.filter((f) => f.kind === 'sanction').map((f) => f.text)).toEqual(['De uden rimelig grund ikke har medvirket ved opfølgningen']);
  });
});

describe('a time inside a doctor\'s words', () => {
  it('is a prognosis, no deadline; a klagefrist is kept', () => {
    const letter = [
      'Vi har besluttet, at dine sygedagpenge ikke kan forlænges.',
      'Speciallægen konkluderer, at en tilbagevenden til dit arbejde inden for et år ikke kan forventes.',
      'Du kan klage inden 4 uger efter, at du har modtaget afgørelsen.',
    ].join('\n');
    const report = analyzeLetter(fromPlainText(letter), { file: 'prognose.txt', received: '2026-10-20' });
    expect(report.findings.filter((f) => f.kind === 'medical_quote').map((f) => f.text)).toEqual(['en tilbagevenden til dit arbejde inden for et år ikke kan forventes']);
    expect(report.findings.filter((f) => f.kind === 'deadline').map((f) => f.text)).toEqual(['inden 4 uger efter, at du har modtaget afgørelsen']);
  });
});
