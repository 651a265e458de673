import { t, type MessageKey } from './i18n/t';

/** Why a letter could not be read. Each code has one plain message (Danish or English) with a way forward. */
export type LetterErrorCode =
  | 'missing'
  | 'empty'
  | 'too-large'
  | 'too-many-pages'
  | 'too-much-text'
  | 'too-slow'
  | 'not-pdf'
  | 'damaged'
  | 'encrypted'
  | 'wrong-password'
  | 'no-text'
  | 'fetch-failed'
  | 'gone'
  | 'bad-address';

const MESSAGES = {
  missing: 'errors.missing',
  empty: 'errors.empty',
  'too-large': 'errors.tooLarge',
  'too-many-pages': 'errors.tooManyPages',
  'too-much-text': 'errors.tooMuchText',
  'too-slow': 'errors.tooSlow',
  'not-pdf': 'errors.notPdf',
  damaged: 'errors.damaged',
  encrypted: 'errors.encrypted',
  'wrong-password': 'errors.wrongPassword',
  'no-text': 'errors.noText',
  'fetch-failed': 'errors.fetchFailed',
  gone: 'errors.gone',
  'bad-address': 'errors.badAddress',
} as const satisfies Record<LetterErrorCode, MessageKey>;

/** The message for `code` in the language Brevtjek speaks now (locales/, namespace errors). */
export const letterErrorMessage = (code: LetterErrorCode): string => t(MESSAGES[code]);

export class LetterError extends Error {
  constructor(
    readonly code: LetterErrorCode,
    detail?: string,
  ) {
    super(detail ? `${letterErrorMessage(code)} (${detail})` : letterErrorMessage(code));
    this.name = 'LetterError';
  }
}

export { MAX_LETTER_BYTES, MAX_LETTER_CHARS, MAX_LETTER_PAGES } from './limits';
