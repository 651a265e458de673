import { rules } from '../rules';

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

/** Split by periods, question marks, unicode ⁇ and the full stops of other scripts. */
const initSplit = /([.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]+\s)/g;
const splitsOnly = /^[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]+\s$/;
const newLine = /((?:\r?\n|\r)+)/;
const hasCjkStop = /[\u3002\uFF01\uFF1F\uFF61]/;
const cjkStops = '\\u3002\\uFF01\\uFF1F\\uFF61';
const allStops = '.!?\\u203D\\u2E18\\u203C\\u2047-\\u2049' + '\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4' + cjkStops;
const openers = '\\u300C\\u300E\\uFF08\\u3010\\u3014\\u300A\\u3008\\u201C';
const closers = '\\u300D\\u300F\\uFF09\\u3011\\u3015\\u300B\\u3009\\u201D';
const initSplitCjk = new RegExp(`([${allStops}]+\\s|[${cjkStops}]+(?![${closers}${cjkStops}])|[${cjkStops}]+[${closers}]+(?=[\\s${openers}]|$))`, 'g');
const splitsOnlyCjk = new RegExp(`^(?:[${allStops}]+\\s|[${cjkStops}]+[${closers}]*)$`);

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

/** A chunk of only white space or punctuation goes with the chunk before it (or after it). */
function notEmpty(splits: Array<string | undefined>): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < splits.length; i++) {
    const s = splits[i];
    if (s === undefined || s === '') continue;
    if (!hasSomething.test(s) || !hasLetterNumberOrSymbol.test(s)) {
      if (chunks[chunks.length - 1]) {
        chunks[chunks.length - 1] += s;
        continue;
      } else if (splits[i + 1]) {
        splits[i + 1] = s + splits[i + 1];
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

/** Whether a chunk is a whole sentence: not an acronym, an initial, an ellipsis or an abbreviation. */
function isSentence(str: string): boolean {
  if (!hasLetter.test(str)) return false;
  // Each test below matches at the end of the chunk, on at most three characters before the
  // spaces that end it: it gives the same answer on that tail as on the whole chunk.
  if (isAcronym.test(tail(str, 3))) return false;
  if (str.length === 3 && leadInit.test(str)) return false;
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
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as string;
    if (chunks[i + 1] && !isSentence(c) && !c.endsWith('\n')) {
      chunks[i + 1] = c + (chunks[i + 1] || '');
    } else if (c && c.length > 0) {
      sentences.push(c);
      chunks[i] = '';
    }
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
const ABBREVIATION_END = new RegExp(rules.abbreviations.sentenceFinal, 'gu');

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

const ordinalBefore = new RegExp(rules.abbreviations.ordinalBefore, 'iu');
const ORDINAL_END = /\b\d{1,2}\.\s*$/;

/** A break compromise made that Danish does not: after "1." in "1. januar", or before a lower-case word. */
function wrongBreak(previous: string, next: string): boolean {
  // Both tests read only the end of `previous`: its white space, a point and two digits before it, and one character for \b.
  const body = previous.trimEnd().length;
  if (previous.slice(body).includes('\n')) return false;
  if (ORDINAL_END.test(previous.slice(Math.max(0, body - 4))) && ordinalBefore.test(next)) return true;
  return /^\p{Ll}/u.test(next);
}

/**
 * Splits text into sentences with their offsets, with compromise's sentence splitter (written
 * out above, with the Danish abbreviations). A line break always ends a sentence: the document
 * text only keeps line breaks where the letter has them (headings, lists).
 */
export function splitSentences(text: string): Sentence[] {
  const parts: Sentence[] = [];
  let cursor = 0;
  const add = (piece: string) => {
    // The pieces of a block follow each other without a gap; the search is only a safeguard.
    const at = text.startsWith(piece, cursor) ? cursor : text.indexOf(piece, cursor);
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
  for (const s of parts) {
    const trimmed = s.text.trim();
    if (trimmed.length === 0) continue;
    const lead = s.text.length - s.text.trimStart().length;
    out.push({ start: s.start + lead, end: s.start + lead + trimmed.length, text: trimmed });
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
