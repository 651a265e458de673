/**
 * How much Brevtjek reads of one letter. No dependencies: the content script and the
 * background use these too (lib/errors.ts re-exports them with the messages).
 */

/** 100 MB: above this a letter is surely not a letter, and parsing it would freeze the page. */
export const MAX_LETTER_BYTES = 100 * 1024 * 1024;

/** 500 pages: a whole case file is rarely longer; a PDF claiming more is refused before any page is read. */
export const MAX_LETTER_PAGES = 500;

/** 5 million characters of text (about 2,000 full pages): more is no letter, and analysing it would take minutes. */
export const MAX_LETTER_CHARS = 5_000_000;
