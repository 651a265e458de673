import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nlp } from '../../lib/nlp/danish';
import { splitSentences, type Sentence } from '../../lib/nlp/sentences';
import { rules } from '../../lib/rules';
import { fromPlainText } from '../../lib/text/fromPlainText';

/*
 * lib/nlp/sentences.ts carries compromise's sentence splitter written out. Here it is held
 * against the splitter as it was: compromise itself (taught Danish by lib/nlp/danish.ts) and the
 * Danish cuts after it, on every letter the tests have and on generated texts full of the marks
 * the splitter looks at.
 */

const world = nlp.world() as unknown as { methods: { one: { tokenize: { splitSentences(text: string, world: unknown): string[] } } } };
const PARAGRAPH_LETTER_END = /(?<=§\s?\d{1,3}\s?[a-zæø])\.\s+(?=\p{Lu}\p{Ll})/gu;
const CLOSING_QUOTE_END = /(?<=[.!?][“”"«»'])\s+(?=\p{Lu})/gu;
const ABBREVIATION_END = new RegExp(rules.abbreviations.sentenceFinal, 'gu');
const ordinalBefore = new RegExp(rules.abbreviations.ordinalBefore, 'iu');

function cutAfter(piece: string, end: RegExp): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of piece.matchAll(end)) {
    const cut = (m.index ?? 0) + m[0].length;
    out.push(piece.slice(from, cut));
    from = cut;
  }
  out.push(piece.slice(from));
  return out;
}

const split = (text: string) =>
  world.methods.one.tokenize
    .splitSentences(text, world)
    .flatMap((piece) => cutAfter(piece, PARAGRAPH_LETTER_END))
    .flatMap((piece) => cutAfter(piece, CLOSING_QUOTE_END))
    .flatMap((piece) => cutAfter(piece, ABBREVIATION_END));

function wrongBreak(previous: string, next: string): boolean {
  if (/\n\s*$/.test(previous)) return false;
  if (/\b\d{1,2}\.\s*$/.test(previous) && ordinalBefore.test(next)) return true;
  return /^\p{Ll}/u.test(next);
}

/** splitSentences as it was, with compromise. */
function reference(text: string): Sentence[] {
  const parts: Sentence[] = [];
  let cursor = 0;
  for (const block of text.split(/(?<=\n)/)) {
    for (const piece of block.trim() ? split(block) : [block]) {
      const at = text.indexOf(piece, cursor);
      const start = at < 0 ? cursor : at;
      const end = start + piece.length;
      const last = parts[parts.length - 1];
      if (last && last.end === start && wrongBreak(last.text, piece)) {
        last.end = end;
        last.text += piece;
      } else parts.push({ start, end, text: piece });
      cursor = end;
    }
  }
  return parts
    .map((s) => {
      const lead = s.text.length - s.text.trimStart().length;
      const trimmed = s.text.trim();
      return { start: s.start + lead, end: s.start + lead + trimmed.length, text: trimmed };
    })
    .filter((s) => s.text.length > 0);
}

function lettersIn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...lettersIn(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

describe('the sentence splitter', () => {
  const tests = join(import.meta.dirname, '..');
  const letters = ['letters', 'letters-blind', 'letters-cases', 'letters-styles', 'citat'].flatMap((d) => lettersIn(join(tests, d)));

  it('cuts every letter of the tests as compromise did', () => {
    expect(letters.length).toBeGreaterThan(50);
    for (const file of letters) {
      const raw = readFileSync(file, 'utf8');
      expect(splitSentences(raw), file).toEqual(reference(raw));
      const text = fromPlainText(raw).text;
      expect(splitSentences(text), file).toEqual(reference(text));
    }
  });

  // Words, abbreviations, numbers and every mark compromise and the Danish cuts look at.
  const token = fc.constantFrom(
    'Du', 'du', 'fik', 'brevet', 'Hun', 'Det', 'Lægen', 'a', 'A', 'X', 'e-mail', 'stk', 'nr', 'jf', 'm.v', 'f.eks', 'bl.a', 'kl', 'osv', 'etc',
    '§', '§ 40 a', '§ 13', '1', '12', '123', 'januar', 'marts', 'og', 'æble', 'Øst', 'N.S.A', 'W',
    '.', '. ', '..', '...', '…', '!', '?', '?!', ':', ';', ',', ' ', '  ', '\n', '\n\n', '\r\n', '\t',
    '"', '„', '“', '”', '»', '«', "'", '’', '‘', '(', ')', '（', '）', '「', '」', '。', '！', '‽', '।', '🙂',
  );
  const texts = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));

  it('cuts generated texts as compromise did', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitSentences(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts generated texts with spaces between the words as compromise did', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        expect(splitSentences(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a long quotation or bracket within compromise’s limits, to the character', () => {
    for (let n = 220; n <= 300; n++) {
      for (const [open, close] of [['„', '“'], ['"', '"'], ['(', ')'], ['»', '«']]) {
        for (const text of [
          `Han sagde ${open}Nej. ${'X'.repeat(n)} ja.${close} Og gik. Vi skrev ${open}a. b${close} til dig.`,
          `Han sagde ${open}Nej. Ja. ${'x'.repeat(n)} ja.${close} Og gik.`,
          `Han sagde ${open}Nej. ${'x '.repeat(n / 2)}ja! Nej.${close} Og gik.`,
        ]) {
          expect(splitSentences(text), `${open}${n}`).toEqual(reference(text));
        }
      }
    }
  });

  it('reads the end of a sentence as compromise did', () => {
    const ends = ['a12.', '112.', ' 12.', '12.', 'x1.', '§1.', '1. ', 'stk.', 'Stk.', 'St.', 'm.v.', 'N.S.A.', ' A.', 'ab.', '...', '..', '…', 'a…  ', 'A. ', 'fx.', 'a!', 'b?'];
    for (const end of ends) {
      for (const next of [' januar 2025.', ' Januar.', ' og så.', ' Han kom.', '\nNæste.', '  marts.']) {
        const text = `Det skete den ${end}${next} Vi skrev.`;
        expect(splitSentences(text), JSON.stringify(text)).toEqual(reference(text));
      }
    }
  });
});
