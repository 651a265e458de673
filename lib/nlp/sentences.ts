import { rules } from '../rules';
import { nlp } from './danish';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const world = nlp.world() as unknown as {
  methods: { one: { tokenize: { splitSentences(text: string, world: unknown): string[] } } };
};
/** compromise takes "a." in "§ 40 a. Du …" for an initial; a paragraph letter can end a sentence. */
const PARAGRAPH_LETTER_END = /(?<=§\s?\d{1,3}\s?[a-zæø])\.\s+(?=\p{Lu}\p{Ll})/gu;
/** compromise does not end a sentence at a closing quote mark: 'skriver: „Hun kan ikke.“ Han mener …' is two. */
const CLOSING_QUOTE_END = /(?<=[.!?][“”"«»'])\s+(?=\p{Lu})/gu;

/** Cuts a piece after each match of `end`. */
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

/** "… beskæftigelsesindsatsen m.v. Hun har …": an abbreviation that ends the sentence. */
const ABBREVIATION_END = new RegExp(rules.abbreviations.sentenceFinal, 'gu');

const split = (text: string) =>
  world.methods.one.tokenize
    .splitSentences(text, world)
    .flatMap((piece) => cutAfter(piece, PARAGRAPH_LETTER_END))
    .flatMap((piece) => cutAfter(piece, CLOSING_QUOTE_END))
    .flatMap((piece) => cutAfter(piece, ABBREVIATION_END));
const ordinalBefore = new RegExp(rules.abbreviations.ordinalBefore, 'iu');

/** A break compromise made that Danish does not: after "1." in "1. januar", or before a lower-case word. */
function wrongBreak(previous: string, next: string): boolean {
  if (/\n\s*$/.test(previous)) return false;
  if (/\b\d{1,2}\.\s*$/.test(previous) && ordinalBefore.test(next)) return true;
  return /^\p{Ll}/u.test(next);
}

/**
 * Splits text into sentences with their offsets, using compromise's sentence splitter
 * (taught Danish abbreviations by the Danish plugin). A line break always ends a sentence:
 * the document text only keeps line breaks where the letter has them (headings, lists).
 */
export function splitSentences(text: string): Sentence[] {
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
      } else {
        parts.push({ start, end, text: piece });
      }
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

/** The sentence that holds offset `at`, or undefined. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
