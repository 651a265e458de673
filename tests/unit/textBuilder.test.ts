import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../lib/text/textBuilder';
import type { DocumentText, RawPage } from '../../lib/text/types';

/*
 * TextBuilder keeps its characters in typed arrays and copies a run of plain characters at once
 * (addText). Here it is held against the builder as it was, one array push a character, on
 * generated sequences of every operation with the characters it treats specially.
 */

const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const COMBINING = /[\u0300-\u036F]/;

/** The builder as it was. */
class Reference {
  chars: string[] = [];
  page: number[] = [];
  item: number[] = [];
  offset: number[] = [];
  lastChar = () => this.chars[this.chars.length - 1] ?? '';
  addSource(ch: string, page: number, item: number, offset: number): void {
    if (INVISIBLE.test(ch)) return;
    if (COMBINING.test(ch) && this.chars.length > 0) {
      const i = this.chars.length - 1;
      this.chars[i] = (this.chars[i] + ch).normalize('NFC');
      return;
    }
    if (ODD_SPACES.test(ch) || ch === ' ') return this.addSpace(page, item, offset);
    if (ch === '\u2010' || ch === '\u2011') ch = '-';
    const folded = LIGATURES[ch] ?? ch;
    for (let k = 0; k < folded.length; k++) this.push(folded[k] as string, page, item, offset);
  }
  addSpace(page: number, item = -1, offset = 0): void {
    const last = this.lastChar();
    if (this.chars.length === 0 || last === ' ' || last === '\n') return;
    this.push(' ', page, item, offset);
  }
  addCellBreak(page: number): void {
    while (this.lastChar() === ' ') this.pop();
    const last = this.lastChar();
    if (this.chars.length === 0 || last === '\t' || last === '\n') return;
    this.push('\t', page, -1, 0);
  }
  addNewline(page: number): void {
    while (this.lastChar() === ' ') this.pop();
    if (this.chars.length === 0) return;
    const n = this.chars.length;
    if (this.chars[n - 1] === '\n' && this.chars[n - 2] === '\n') return;
    this.push('\n', page, -1, 0);
  }
  pop(): void {
    this.chars.pop();
    this.page.pop();
    this.item.pop();
    this.offset.pop();
  }
  push(c: string, page: number, item: number, offset: number): void {
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

// Plain letters and every character the builder treats on its own: spaces, invisible ones, combining marks, hyphens, ligatures, surrogates.
const char = fc.constantFrom(
  'a', 'B', 'æ', 'Ø', 'å', '1', '.', '-', '§', '\n', '\r', ' ', '\t', '\u00A0', '\u2003', '\u3000', '\u00AD', '\u200B', '\uFEFF',
  '\u0301', '\u030A', '\u0308', '\u2010', '\u2011', '\uFB01', '\uFB03', '\uFB06', '\uD83D', '\uDE42', 'q', 'ÿ', '\u02FF', '\u0300',
);
const str = fc.array(char, { maxLength: 30 }).map((a) => a.join(''));
type Op =
  | { op: 'text'; s: string; from: number; to: number }
  | { op: 'source'; s: string }
  | { op: 'space' | 'cell' | 'newline' | 'pop' };
const op: fc.Arbitrary<Op> = fc.oneof(
  str.chain((s) => fc.tuple(fc.nat(s.length), fc.nat(s.length)).map(([a, b]): Op => ({ op: 'text', s, from: Math.min(a, b), to: Math.max(a, b) }))),
  char.map((s): Op => ({ op: 'source', s })),
  fc.constantFrom<Op>({ op: 'space' }, { op: 'cell' }, { op: 'newline' }, { op: 'pop' }),
);

function run(ops: Op[]): [DocumentText, DocumentText, string[]] {
  const b = new TextBuilder();
  const r = new Reference();
  const lasts: string[] = [];
  ops.forEach((o, i) => {
    const page = 1 + (i % 3);
    if (o.op === 'text') {
      b.addText(o.s, page, i, o.from, o.to);
      for (let k = o.from; k < o.to; k++) r.addSource(o.s[k] as string, page, i, k);
    } else if (o.op === 'source') {
      b.addSource(o.s, page, i, 7);
      r.addSource(o.s, page, i, 7);
    } else if (o.op === 'space') {
      b.addSpace(page);
      r.addSpace(page);
    } else if (o.op === 'cell') {
      b.addCellBreak(page);
      r.addCellBreak(page);
    } else if (o.op === 'newline') {
      b.addNewline(page);
      r.addNewline(page);
    } else {
      b.pop();
      r.pop();
    }
    expect(b.length).toBe(r.chars.length);
    lasts.push(b.lastChar(), r.lastChar());
  });
  return [b.finish([], [2]), r.finish([], [2]), lasts];
}

describe('TextBuilder', () => {
  it('builds the same text and character map as one push a character did', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const [built, reference, lasts] = run(ops);
        for (let i = 0; i < lasts.length; i += 2) expect(lasts[i]).toBe(lasts[i + 1]);
        expect(built.text).toBe(reference.text);
        expect(built.charPage).toEqual(reference.charPage);
        expect(built.charItem).toEqual(reference.charItem);
        expect(built.charOffset).toEqual(reference.charOffset);
        expect(built.pagesWithoutText).toEqual([2]);
      }),
      { numRuns: 3000 },
    );
  });

  it('grows past its first arrays and joins a long text', () => {
    const line = 'Vi har truffet afgørelse efter § 13, stk. 2.\u00A0Næste\uFB01 linje\u0301. ';
    const ops: Op[] = Array.from({ length: 600 }, (_, i) => (i % 50 === 49 ? { op: 'newline' } : { op: 'text', s: line, from: 0, to: line.length }));
    const [built, reference] = run(ops);
    expect(built.text.length).toBeGreaterThan(30_000);
    expect(built.text).toBe(reference.text);
    expect(built.charOffset).toEqual(reference.charOffset);
  });
});
