import { rules } from '../rules';
import { compileRegex } from '../text/compileRegex';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/*
 * The sentence splitter of compromise 14.17 (MIT, src/1-one/tokenize/methods/01-sentences), as
 * Brevtjek used it through lib/nlp/danish.ts: taught the Danish abbreviations of
 * rules/abbreviations.json and nothing else. It is written out here so the analysis does not load
 * compromise and makes no array of every word of a chunk to read its last word; it cuts the same
 * pieces (tests/unit/sentenceSplitter.test.ts holds it against compromise itself).
 */

/**
 * Split by periods, question marks, unicode ⁇ and the full stops of other scripts. A run of marks
 * is followed by white space or it is not, wherever in the run one starts reading: each pattern
 * below starts only where its run starts (the lookbehinds), so a run of marks without white space
 * after it ("……" over 40 kB) is read once, not once from each of its marks. The same cuts.
 */
const initSplit = /((?<![.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002])[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]+\s)/g;
const splitsOnly = /^[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]+\s$/;
const newLine = /((?:\r?\n|\r)+)/;
const hasCjkStop = /[\u3002\uFF01\uFF1F\uFF61]/;
const cjkStops = '\\u3002\\uFF01\\uFF1F\\uFF61';
const allStops = '.!?\\u203D\\u2E18\\u203C\\u2047-\\u2049' + '\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4' + cjkStops;
const openers = '\\u300C\\u300E\\uFF08\\u3010\\u3014\\u300A\\u3008\\u201C';
const closers = '\\u300D\\u300F\\uFF09\\u3011\\u3015\\u300B\\u3009\\u201D';
const initSplitCjk = compileRegex(
  `((?<![${allStops}])[${allStops}]+\\s|(?<![${cjkStops}])[${cjkStops}]+(?![${closers}${cjkStops}])|(?<![${cjkStops}])[${cjkStops}]+[${closers}]+(?=[\\s${openers}]|$))`,
  'g',
);
const splitsOnlyCjk = compileRegex(`^(?:[${allStops}]+\\s|[${cjkStops}]+[${closers}]*)$`);

/** A first, greedy split at line breaks and at sentence marks followed by white space. */
function basicSplit(text: string): string[] {
  const all: string[] = [];
  const isCjk = hasCjkStop.test(text);
  const splitReg = isCjk ? initSplitCjk : initSplit;
  const onlyReg = isCjk ? splitsOnlyCjk : splitsOnly;
  const lines = text.split(newLine);
  for (const line of lines) {
    const arr = line.split(splitReg);
    for (let o = 0; o < arr.length; o++) {
      const next = arr[o + 1];
      if (next && onlyReg.test(next)) {
        arr[o] += next;
        arr[o + 1] = '';
      }
      if (arr[o] !== '') all.push(arr[o] as string);
    }
  }
  return all;
}

const hasLetterNumberOrSymbol = /[\p{L}\p{N}\p{So}]/u;
const hasSomething = /\S/;

/**
 * A chunk of only white space or punctuation goes with the chunk before it (or after it). What is
 * carried on to the chunk after it is not read again: whether the joined chunk has something in
 * it, and a letter, number or symbol, is known from its parts (". . . . …" over 40 kB is read once).
 */
function notEmpty(splits: Array<string | undefined>): string[] {
  const chunks: string[] = [];
  let carried = '';
  let carriedSomething = false;
  let carriedLetter = false;
  for (let i = 0; i < splits.length; i++) {
    const own = splits[i];
    if (own === undefined || own === '') continue;
    const s = carried + own;
    const something: boolean = carriedSomething || hasSomething.test(own);
    const letter: boolean = carriedLetter || hasLetterNumberOrSymbol.test(own);
    carried = '';
    carriedSomething = false;
    carriedLetter = false;
    if (!something || !letter) {
      if (chunks[chunks.length - 1]) {
        chunks[chunks.length - 1] += s;
        continue;
      } else if (splits[i + 1]) {
        carried = s;
        carriedSomething = something;
        carriedLetter = letter;
        continue;
      }
    }
    chunks.push(s);
  }
  return chunks;
}

const abbreviations = new Set(rules.abbreviations.abbreviations);
const isAcronym = /[ .][A-Z]\.? *$/i;
const hasEllipse = /(?:\u2026|\.{2,}) *$/;
const hasLetter = /\p{L}/u;
const hasPeriod = /\. *$/;
const leadInit = /^[A-Z]\. $/;
const finalMark = /[.!?\u203D\u2E18\u203C\u2047-\u2049] *$/;

/** How far from its end a chunk's test for a final mark has to look: past the spaces at its end, and `keep` more. */
function tail(str: string, keep: number): string {
  let end = str.length;
  while (end > 0 && str.charCodeAt(end - 1) === 32) end--;
  return end - keep <= 0 ? str : str.slice(end - keep);
}

/**
 * What `isSentence` reads of a chunk, however long the chunk is (chunks that are no sentence are
 * joined into one, and a run of "stk. 1, stk. 1, …" would be read again from its start at each
 * join): whether it has a letter, its length, and its end (the spaces at its end and `TAIL_READ`
 * characters before them).
 */
interface ChunkEnd {
  hasLetter: boolean;
  length: number;
  end: string;
}

/**
 * How far before its final spaces a chunk's end is kept: the tests of an acronym and an ellipsis
 * read three characters, and the last word is compared with the abbreviations only when it is no
 * longer than the longest of them (and its point and a space): longer, it is none of them either way.
 */
const TAIL_READ = Math.max(3, ...rules.abbreviations.abbreviations.map((a) => a.length)) + 3;

/** The end of `str` that a ChunkEnd keeps. */
function endOf(str: string): string {
  let end = str.length;
  while (end > 0 && str.charCodeAt(end - 1) === 32) end--;
  return end > TAIL_READ ? str.slice(end - TAIL_READ) : str;
}

/** The ChunkEnd of `before` with `chunk` added after it. */
function joinEnd(before: ChunkEnd, chunk: string): ChunkEnd {
  const own = endOf(chunk);
  // A chunk with more of its own before its final spaces than is kept needs nothing of what stood before it.
  const end = own.length < chunk.length ? own : endOf(before.end + chunk);
  return { hasLetter: before.hasLetter || hasLetter.test(chunk), length: before.length + chunk.length, end };
}

const NO_CHUNK: ChunkEnd = { hasLetter: false, length: 0, end: '' };

/** Whether a chunk is a whole sentence: not an acronym, an initial, an ellipsis or an abbreviation. */
function isSentence(chunk: ChunkEnd): boolean {
  if (!chunk.hasLetter) return false;
  const str = chunk.end;
  // Each test below matches at the end of the chunk, on at most three characters before the
  // spaces that end it: it gives the same answer on that tail as on the whole chunk.
  if (isAcronym.test(tail(str, 3))) return false;
  if (chunk.length === 3 && leadInit.test(str)) return false;
  if (hasEllipse.test(tail(str, 2))) return false;
  // The chunk without its final mark and the spaces after it; its last word is what follows the last space.
  const last = tail(str, 1);
  const txt = finalMark.test(last) ? str.slice(0, str.length - last.length) : str;
  const lastWord = txt.slice(txt.lastIndexOf(' ') + 1).toLowerCase();
  return !(abbreviations.has(lastWord) && hasPeriod.test(last));
}

/** Joins each chunk that is no sentence with the next one (unless it ends a line). */
function smartMerge(chunks: string[]): string[] {
  const sentences: string[] = [];
  let pending: string[] = [];
  let read = NO_CHUNK;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as string;
    pending.push(c);
    read = joinEnd(read, c);
    if (chunks[i + 1] && !isSentence(read) && !read.end.endsWith('\n')) continue;
    if (read.length > 0) sentences.push(pending.join(''));
    pending = [];
    read = NO_CHUNK;
  }
  return sentences;
}

const MAX_QUOTE = 280;
const OPEN_QUOTES = '\u0022\uFF02\u201C\u201F\u201E\u2E42\u201A\u00AB\u2039\u2035\u2036\u2037\u301D\u301F\u300C\u300E';
const CLOSE_QUOTES = '\u0022\uFF02\u201D\u201D\u201D\u201D\u2019\u00BB\u203A\u2032\u2033\u2034\u301E\u301E\u300D\u300F';

/** The quote marks and brackets a chunk's merging looks at: bit flags by UTF-16 unit (all are in the BMP). */
const OPEN_QUOTE = 1;
const CLOSE_QUOTE = 2;
const OPEN_PAREN = 4;
const CLOSE_PAREN = 8;
const markOf = new Uint8Array(0x10000);
const mark = (chars: string, flag: number) => {
  for (let i = 0; i < chars.length; i++) markOf[chars.charCodeAt(i)] = (markOf[chars.charCodeAt(i)] as number) | flag;
};
const OPEN_PARENS = '(\uFF08';
const CLOSE_PARENS = ')\uFF09';
mark(OPEN_QUOTES, OPEN_QUOTE);
mark(CLOSE_QUOTES, CLOSE_QUOTE);
mark(OPEN_PARENS, OPEN_PAREN);
mark(CLOSE_PARENS, CLOSE_PAREN);

/** How many characters of one kind (`flag`) the string holds, and the first of them (as `str.match(/[…]/g)` counts them). */
function countOf(str: string, flag: number): { n: number; first: string | null } {
  let n = 0;
  let first: string | null = null;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (((markOf[code] as number) & flag) === 0) continue;
    if (n === 0) first = str[i] as string;
    n++;
  }
  return { n, first };
}

const closesQuote = (str: string | undefined) => !!str && countOf(str, CLOSE_QUOTE).n === 1;

/** A quotation with sentences inside it stays one sentence: 'he said "no sir. i will not" and left.' */
function quoteMerge(splits: string[]): string[] {
  const arr: string[] = [];
  for (let i = 0; i < splits.length; i += 1) {
    const split = splits[i] as string;
    const open = countOf(split, OPEN_QUOTE);
    if (open.n === 1) {
      const closed = countOf(split, CLOSE_QUOTE);
      if (closed.n > 0 && closed.first !== open.first) {
        arr.push(split);
        continue;
      }
      const next = splits[i + 1];
      if (closesQuote(next) && (next as string).length < MAX_QUOTE) {
        splits[i] += next as string;
        arr.push(splits[i] as string);
        splits[i + 1] = '';
        i += 1;
        continue;
      }
      if (closesQuote(splits[i + 2])) {
        const toAdd = (splits[i + 1] as string) + (splits[i + 2] as string);
        if (toAdd.length < MAX_QUOTE) {
          splits[i] += toAdd;
          arr.push(splits[i] as string);
          splits[i + 1] = '';
          splits[i + 2] = '';
          i += 2;
          continue;
        }
      }
    }
    arr.push(splits[i] as string);
  }
  return arr;
}

const MAX_PARENS = 250;

/** A bracket with a sentence end inside it stays one sentence: 'i thought (no way!) and left.' */
function parensMerge(splits: string[]): string[] {
  const arr: string[] = [];
  for (let i = 0; i < splits.length; i += 1) {
    const split = splits[i] as string;
    if (countOf(split, OPEN_PAREN).n === 1) {
      const next = splits[i + 1];
      if (next && next.length < MAX_PARENS && countOf(next, CLOSE_PAREN).n > 0 && countOf(next, OPEN_PAREN).n === 0) {
        splits[i] += next;
        arr.push(splits[i] as string);
        splits[i + 1] = '';
        i += 1;
        continue;
      }
    }
    arr.push(splits[i] as string);
  }
  return arr;
}

const startWhitespace = /^\s+/;

/** compromise's splitSentences(text, world) for a text with something in it. */
function compromiseSplit(text: string): string[] {
  if (!text || !hasSomething.test(text)) return [];
  let sentences = notEmpty(basicSplit(text));
  sentences = parensMerge(quoteMerge(smartMerge(sentences)));
  if (sentences.length === 0) return [text];
  // Whitespace goes to the end of the sentence before: ['hello',' world'] -> ['hello ','world'].
  for (let i = 1; i < sentences.length; i += 1) {
    const ws = startWhitespace.exec(sentences[i] as string);
    if (ws !== null) {
      sentences[i - 1] += ws[0];
      sentences[i] = (sentences[i] as string).slice(ws[0].length);
    }
  }
  return sentences;
}

/** compromise takes "a." in "§ 40 a. Du …" for an initial; a paragraph letter can end a sentence. */
const PARAGRAPH_LETTER_END = /(?<=§\s?\d{1,3}\s?[a-zæø])\.\s+(?=\p{Lu}\p{Ll})/gu;
/** compromise does not end a sentence at a closing quote mark: 'skriver: „Hun kan ikke.“ Han mener …' is two. */
const CLOSING_QUOTE_END = /(?<=[.!?][“”"«»'])\s+(?=\p{Lu})/gu;
/** "… beskæftigelsesindsatsen m.v. Hun har …": an abbreviation that ends the sentence. */
const ABBREVIATION_END = compileRegex(rules.abbreviations.sentenceFinal, 'gu');

/** Cuts a piece after each match of `end` (as a loop over `matchAll` would), handing each part on. */
function cutAfter(piece: string, end: RegExp, emit: (part: string) => void, maybe?: (piece: string) => boolean): void {
  // A piece that lacks what every match needs is handed on whole.
  if (maybe && !maybe(piece)) {
    emit(piece);
    return;
  }
  let from = 0;
  end.lastIndex = 0;
  for (let m = end.exec(piece); m; m = end.exec(piece)) {
    const cut = m.index + m[0].length;
    emit(piece.slice(from, cut));
    from = cut;
    // An empty match moves on by one character (a code point, as the u flag does).
    if (m[0].length === 0) end.lastIndex = cut + (piece.codePointAt(cut) !== undefined && (piece.codePointAt(cut) as number) > 0xffff ? 2 : 1);
  }
  end.lastIndex = 0;
  emit(piece.slice(from));
}

/** A block's pieces: compromise's sentences, cut again where Danish ends a sentence that compromise does not. */
function split(block: string, emit: (piece: string) => void): void {
  const afterQuote = (part: string) => cutAfter(part, ABBREVIATION_END, emit);
  const afterLetter = (part: string) => cutAfter(part, CLOSING_QUOTE_END, afterQuote, hasClosingQuote);
  for (const piece of compromiseSplit(block)) cutAfter(piece, PARAGRAPH_LETTER_END, afterLetter, hasSection);
}
/** What PARAGRAPH_LETTER_END looks behind for: a "§" in the piece. */
const hasSection = (piece: string) => piece.includes('§');
/** What CLOSING_QUOTE_END looks behind for: a sentence mark and a quote mark after it. */
const closingQuote = /[.!?][“”"«»']/;
const hasClosingQuote = (piece: string) => closingQuote.test(piece);

const ordinalBefore = compileRegex(rules.abbreviations.ordinalBefore, 'iu');
const ORDINAL_END = /\b\d{1,2}\.\s*$/;
/** What wrongBreak reads before the white space at the end of a sentence: a point, two digits and one character for \b (and some to spare). */
const BREAK_READ = 8;

/** The end of a sentence as wrongBreak reads it: its white space at the end and `BREAK_READ` characters before it. */
function breakEnd(text: string): string {
  let body = text.length;
  while (body > 0 && /\s/.test(text[body - 1] as string)) body--;
  return text.slice(Math.max(0, body - BREAK_READ));
}

/** A break compromise made that Danish does not: after "1." in "1. januar", or before a lower-case word. */
function wrongBreak(previousEnd: string, next: string): boolean {
  // Both tests read only the end of the sentence before (`breakEnd`): its white space, a point and two digits before it, and one character for \b.
  const body = previousEnd.trimEnd().length;
  if (previousEnd.slice(body).includes('\n')) return false;
  if (ORDINAL_END.test(previousEnd.slice(Math.max(0, body - 4))) && ordinalBefore.test(next)) return true;
  return /^\p{Ll}/u.test(next);
}

/**
 * The longest sentence handed on. The longest sentence of the 300 and more test letters has about
 * 800 characters; a "sentence" of more is a text without sentence marks (a run of words, figures
 * or marks), and every analyzer that reads a sentence at a time would read all of it. It is cut
 * into pieces of at most this length, at white space where there is some.
 */
export const MAX_SENTENCE = 2000;

/** A sentence of more than MAX_SENTENCE characters as pieces of at most that many, cut after white space where the second half of a piece has some. */
function pieces(sentence: Sentence): Sentence[] {
  const { text } = sentence;
  if (text.length <= MAX_SENTENCE) return [sentence];
  const out: Sentence[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + MAX_SENTENCE);
    if (to < text.length) {
      const space = text.slice(from + MAX_SENTENCE / 2, to).search(/\s\S*$/u);
      if (space >= 0) to = from + MAX_SENTENCE / 2 + space + 1;
      // Never between the two halves of a character outside the BMP.
      else if (/[\uD800-\uDBFF]/.test(text[to - 1] as string)) to--;
    }
    const piece = text.slice(from, to);
    const trimmed = piece.trim();
    const lead = piece.length - piece.trimStart().length;
    if (trimmed) out.push({ start: sentence.start + from + lead, end: sentence.start + from + lead + trimmed.length, text: trimmed });
    from = to;
  }
  return out;
}

/**
 * Splits text into sentences with their offsets, with compromise's sentence splitter (written
 * out above, with the Danish abbreviations). A line break always ends a sentence: the document
 * text only keeps line breaks where the letter has them (headings, lists). A sentence longer
 * than MAX_SENTENCE is handed on in pieces.
 */
export function splitSentences(text: string): Sentence[] {
  // Each sentence as the pieces it is made of (joined once at the end), and its end as wrongBreak reads it.
  const parts: Array<{ start: number; end: number; pieces: string[]; tail: string }> = [];
  let cursor = 0;
  const add = (piece: string) => {
    // The pieces of a block follow each other without a gap; the search is only a safeguard.
    const at = text.startsWith(piece, cursor) ? cursor : text.indexOf(piece, cursor);
    const start = at < 0 ? cursor : at;
    const end = start + piece.length;
    const last = parts[parts.length - 1];
    if (last && last.end === start && wrongBreak(last.tail, piece)) {
      last.end = end;
      last.pieces.push(piece);
      last.tail = breakEnd(last.tail + piece);
    } else {
      parts.push({ start, end, pieces: [piece], tail: breakEnd(piece) });
    }
    cursor = end;
  };
  // Blocks as text.split(/(?<=\n)/) cuts them: each ends after its line break.
  for (let from = 0; from < text.length || from === 0; ) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl + 1;
    const block = text.slice(from, to);
    if (block.trim()) split(block, add);
    else add(block);
    from = to;
    if (to >= text.length) break;
  }
  const out: Sentence[] = [];
  for (const part of parts) {
    const whole = part.pieces.join('');
    const trimmed = whole.trim();
    if (trimmed.length === 0) continue;
    const lead = whole.length - whole.trimStart().length;
    for (const piece of pieces({ start: part.start + lead, end: part.start + lead + trimmed.length, text: trimmed })) out.push(piece);
  }
  return out;
}

/** The index of the sentence that holds offset `at`, or -1. */
export function sentenceIndexAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence that holds offset `at`, or undefined. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, at)];
}
