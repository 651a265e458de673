/** Why a letter could not be read. Each code has one plain-Danish message with a way forward. */
export type LetterErrorCode =
  | 'missing'
  | 'empty'
  | 'too-large'
  | 'not-pdf'
  | 'damaged'
  | 'encrypted'
  | 'wrong-password'
  | 'no-text'
  | 'fetch-failed'
  | 'gone';

const MESSAGES: Record<LetterErrorCode, string> = {
  missing: 'Filen findes ikke. Tjek navnet, og prøv igen.',
  empty: 'Filen er tom. Hent brevet igen fra din digitale postkasse.',
  'too-large': 'Filen er for stor til at åbne (over 100 MB). Prøv at hente brevet igen, eller indsæt teksten.',
  'not-pdf': 'Filen er ikke en PDF. Brevtjek kan læse PDF-filer og tekstfiler (.txt).',
  damaged: 'PDF-filen er beskadiget og kan ikke læses. Hent brevet igen i Digital Post.',
  encrypted: 'PDF-filen er låst med en adgangskode. Skriv koden for at åbne den.',
  'wrong-password': 'Adgangskoden passer ikke. Prøv igen.',
  'no-text': 'PDF-filen har ingen tekst, kun billeder. Det ligner en scanning. Indsæt brevets tekst i stedet.',
  'fetch-failed': 'Brevtjek kunne ikke hente brevet. Måske er du logget ud af din digitale postkasse. Log ind igen, og prøv igen.',
  gone: 'Brevet er ikke klar længere. Åbn det igen fra din digitale postkasse.',
};

export class LetterError extends Error {
  constructor(
    readonly code: LetterErrorCode,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'LetterError';
  }
}

/** 100 MB: above this a letter is surely not a letter, and parsing it would freeze the page. */
export const MAX_LETTER_BYTES = 100 * 1024 * 1024;
