import type { DocumentText, RawPage } from './types';

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const COMBINING = /[\u0300-\u036F]/;

/**
 * Builds a normalised text one character at a time while recording where each
 * character came from. Folds ligatures and odd spaces, drops invisible characters,
 * composes combining marks (a + ring = å) and collapses runs of spaces.
 */
export class TextBuilder {
  private chars: string[] = [];
  private page: number[] = [];
  private item: number[] = [];
  private offset: number[] = [];

  get length(): number {
    return this.chars.length;
  }

  lastChar(): string {
    return this.chars[this.chars.length - 1] ?? '';
  }

  /** Adds one source character (from page/item/offset), normalised. */
  addSource(ch: string, page: number, item: number, offset: number): void {
    if (INVISIBLE.test(ch)) return;
    if (COMBINING.test(ch) && this.chars.length > 0) {
      const i = this.chars.length - 1;
      this.chars[i] = (this.chars[i] + ch).normalize('NFC');
      return;
    }
    if (ODD_SPACES.test(ch) || ch === ' ') {
      this.addSpace(page, item, offset);
      return;
    }
    if (ch === '\u2010' || ch === '\u2011') ch = '-';
    const folded = LIGATURES[ch] ?? ch;
    for (let k = 0; k < folded.length; k++) this.push(folded[k] as string, page, item, offset);
  }

  /** A space, unless the text already ends in white space. */
  addSpace(page: number, item = -1, offset = 0): void {
    const last = this.lastChar();
    if (this.chars.length === 0 || last === ' ' || last === '\n') return;
    this.push(' ', page, item, offset);
  }

  /** The gap between two cells of a table row: a tab (inserted), in place of the spaces before it. */
  addCellBreak(page: number): void {
    while (this.lastChar() === ' ') this.pop();
    const last = this.lastChar();
    if (this.chars.length === 0 || last === '\t' || last === '\n') return;
    this.push('\t', page, -1, 0);
  }

  /** A line break; trailing spaces before it are dropped, and at most one blank line is kept. */
  addNewline(page: number): void {
    while (this.lastChar() === ' ') this.pop();
    if (this.chars.length === 0) return;
    const n = this.chars.length;
    if (this.chars[n - 1] === '\n' && this.chars[n - 2] === '\n') return;
    this.push('\n', page, -1, 0);
  }

  /** Removes the last character (e.g. a hyphen that joined a word across a line). */
  pop(): void {
    this.chars.pop();
    this.page.pop();
    this.item.pop();
    this.offset.pop();
  }

  private push(c: string, page: number, item: number, offset: number): void {
    this.chars.push(c);
    this.page.push(page);
    this.item.push(item);
    this.offset.push(offset);
  }

  finish(pages: RawPage[], pagesWithoutText: number[]): DocumentText {
    while (this.lastChar() === ' ' || this.lastChar() === '\n') this.pop();
    return {
      text: this.chars.join(''),
      pages,
      charPage: Int32Array.from(this.page),
      charItem: Int32Array.from(this.item),
      charOffset: Int32Array.from(this.offset),
      pagesWithoutText,
    };
  }
}
