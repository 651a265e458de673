import { INVISIBLE } from './invisible';
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
const COMBINING = /[\u0300-\u036F]/;

/**
 * Whether a UTF-16 unit is taken as it is: none of the characters above, no space, no hyphen
 * to fold. Every unit below the combining marks is, but for the tab, the space, the no-break
 * space and the soft hyphen.
 */
const plain = (code: number) => code < 0x0300 && code !== 0x20 && code !== 0x09 && code !== 0xa0 && code !== 0xad;

/** A growable array of 32-bit integers: one write a character, no array of boxed numbers. */
class IntColumn {
  data = new Int32Array(1024);

  ensure(n: number): void {
    if (n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < n) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.data);
    this.data = grown;
  }
}

/**
 * Builds a normalised text one character at a time while recording where each
 * character came from. Folds ligatures and odd spaces, drops invisible characters,
 * composes combining marks (a + ring = å) and collapses runs of spaces.
 *
 * Each character is one UTF-16 unit, kept in a typed array with its page, item and
 * offset; the rare character that is more than one unit (a combining mark NFC cannot
 * compose with the letter before it) is kept aside by its place.
 */
export class TextBuilder {
  private n = 0;
  private units = new Uint16Array(1024);
  /** Characters of more than one UTF-16 unit, by their place. */
  private wide = new Map<number, string>();
  private page = new IntColumn();
  private item = new IntColumn();
  private offset = new IntColumn();

  get length(): number {
    return this.n;
  }

  private charAt(i: number): string {
    return this.wide.get(i) ?? String.fromCharCode(this.units[i] as number);
  }

  lastChar(): string {
    return this.n === 0 ? '' : this.charAt(this.n - 1);
  }

  /** Adds one source character (from page/item/offset), normalised. */
  addSource(ch: string, page: number, item: number, offset: number): void {
    if (INVISIBLE.test(ch)) return;
    if (COMBINING.test(ch) && this.n > 0) {
      const i = this.n - 1;
      this.setChar(i, (this.charAt(i) + ch).normalize('NFC'));
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

  /**
   * Adds the characters of `str` from `from` up to `to` (from one text item: the offset of each
   * is its index in `str`), as addSource adds each of them; a run of plain letters, digits and
   * punctuation is copied without looking at each one twice.
   */
  addText(str: string, page: number, item: number, from = 0, to = str.length): void {
    let k = from;
    while (k < to) {
      const code = str.charCodeAt(k);
      if (!plain(code)) {
        this.addSource(str[k] as string, page, item, k);
        k++;
        continue;
      }
      let end = k + 1;
      while (end < to && plain(str.charCodeAt(end))) end++;
      const count = end - k;
      this.reserve(this.n + count);
      for (let j = 0; j < count; j++) {
        const at = this.n + j;
        this.units[at] = str.charCodeAt(k + j);
        this.page.data[at] = page;
        this.item.data[at] = item;
        this.offset.data[at] = k + j;
      }
      this.n += count;
      k = end;
    }
  }

  /** A space, unless the text already ends in white space. */
  addSpace(page: number, item = -1, offset = 0): void {
    const last = this.lastChar();
    if (this.n === 0 || last === ' ' || last === '\n') return;
    this.push(' ', page, item, offset);
  }

  /** The gap between two cells of a table row: a tab (inserted), in place of the spaces before it. */
  addCellBreak(page: number): void {
    while (this.lastChar() === ' ') this.pop();
    const last = this.lastChar();
    if (this.n === 0 || last === '\t' || last === '\n') return;
    this.push('\t', page, -1, 0);
  }

  /** A line break; trailing spaces before it are dropped, and at most one blank line is kept. */
  addNewline(page: number): void {
    while (this.lastChar() === ' ') this.pop();
    if (this.n === 0) return;
    if (this.lastChar() === '\n' && this.n >= 2 && this.charAt(this.n - 2) === '\n') return;
    this.push('\n', page, -1, 0);
  }

  /** Removes the last character (e.g. a hyphen that joined a word across a line). */
  pop(): void {
    if (this.n === 0) return;
    this.n--;
    this.wide.delete(this.n);
  }

  private reserve(n: number): void {
    if (n > this.units.length) {
      let size = this.units.length * 2;
      while (size < n) size *= 2;
      const grown = new Uint16Array(size);
      grown.set(this.units.subarray(0, this.n));
      this.units = grown;
    }
    this.page.ensure(n);
    this.item.ensure(n);
    this.offset.ensure(n);
  }

  private setChar(i: number, c: string): void {
    if (c.length === 1) {
      this.units[i] = c.charCodeAt(0);
      this.wide.delete(i);
    } else this.wide.set(i, c);
  }

  private push(c: string, page: number, item: number, offset: number): void {
    this.reserve(this.n + 1);
    const i = this.n++;
    this.setChar(i, c);
    this.page.data[i] = page;
    this.item.data[i] = item;
    this.offset.data[i] = offset;
  }

  private text(): string {
    const parts: string[] = [];
    const CHUNK = 8192;
    let from = 0;
    const wide = [...this.wide.keys()].sort((a, b) => a - b);
    for (const at of [...wide, this.n]) {
      for (let k = from; k < at; k += CHUNK) parts.push(String.fromCharCode(...this.units.subarray(k, Math.min(at, k + CHUNK))));
      if (at < this.n) parts.push(this.wide.get(at) as string);
      from = at + 1;
    }
    return parts.join('');
  }

  finish(pages: RawPage[], pagesWithoutText: number[]): DocumentText {
    while (this.lastChar() === ' ' || this.lastChar() === '\n') this.pop();
    return {
      text: this.text(),
      pages,
      charPage: this.page.data.slice(0, this.n),
      charItem: this.item.data.slice(0, this.n),
      charOffset: this.offset.data.slice(0, this.n),
      pagesWithoutText,
    };
  }
}
