/** One text item as pdf.js reports it, with its position in PDF user space (origin bottom-left). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface RawPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
}

/**
 * Something in a letter's text that could not be read as it was meant, so the reader should
 * check the text against the letter: characters the decoder could not read (shown as U+FFFD),
 * or NUL characters that were removed (a file in an encoding it was not read in).
 */
export type TextWarning = 'replacement-chars' | 'nul-chars';

/**
 * The letter as one normalised text, with a map from every character back to where it
 * was drawn: page (1-based), text item (-1 for a character Brevtjek inserted, such as the
 * space that joins two lines) and offset in that item's string.
 */
export interface DocumentText {
  text: string;
  pages: RawPage[];
  charPage: Int32Array;
  charItem: Int32Array;
  charOffset: Int32Array;
  /** Pages whose text layer is empty or nearly so: probably scanned images. */
  pagesWithoutText: number[];
  /** What could not be read as it was meant (absent when all could); the viewer and the CLI show it. */
  warnings?: TextWarning[];
}
