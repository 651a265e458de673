import { rules } from '../rules';
import { SpanSet, type Span } from './patterns';

const m = rules.medical;

export interface Quote extends Span {
  open: number;
}

const letterOrDigit = (ch: string | undefined) => /[\p{L}\d]/u.test(ch ?? ' ');
const isLetter = (ch: string | undefined) => /[\p{L}]/u.test(ch ?? ' ');
const isSpace = (ch: string | undefined) => /\s/u.test(ch ?? ' ');

/**
 * Whether the mark at `at` can close a quote: a closing mark leans on the word before it, and a
 * straight quote between two letters is an apostrophe ("don't").
 */
function canClose(text: string, at: number, straight: boolean): boolean {
  return !((straight && letterOrDigit(text[at + 1]) && isLetter(text[at - 1])) || isSpace(text[at - 1]));
}

/**
 * The marks that can close a quote, asked for in order of place: each call gives the first one at
 * or after `from`, and `from` never goes back. A mark found is kept for the calls after, so the
 * text is read once for each kind of mark, however many quotes are opened and never closed.
 */
function closingMarks(text: string, close: string, straight: boolean): (from: number) => number {
  let found = -1;
  let searchedFrom = -1;
  return (from) => {
    if (searchedFrom <= from && found >= from) return found;
    let at = text.indexOf(close, from);
    while (at >= 0 && !canClose(text, at, straight)) at = text.indexOf(close, at + 1);
    found = at < 0 ? Infinity : at;
    searchedFrom = from;
    return found;
  };
}

/** Quoted passages, by the pairs of quote marks in rules/medical.json. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  // A mark that already opens or closes a quote cannot open or close another ("»a«, og »b«" holds no «…»).
  const used = new Set<number>();
  const taken = new SpanSet();
  for (const { open, close } of m.quotes) {
    const straight = open === close;
    const nextClose = closingMarks(text, close, straight);
    let from = 0;
    for (;;) {
      const o = text.indexOf(open, from);
      if (o < 0) break;
      // A straight quote opens only at a word's start, and an apostrophe is no quote. Any
      // opening mark leans on the word after it, a closing one on the word before it: the
      // "»" that ends one quote never opens the next ("«a»⏎⏎b⏎«c»" holds no »…«).
      if ((straight && letterOrDigit(text[o - 1])) || isSpace(text[o + 1])) {
        from = o + 1;
        continue;
      }
      // A quote ends within maxQuoteLength: the closing mark is looked for that far and no further.
      const found = nextClose(o + 1);
      const c = found + close.length <= o + m.maxQuoteLength + 1 ? found : -1;
      if (c < 0 || used.has(o) || used.has(c)) {
        from = o + 1;
        continue;
      }
      const q = { open: o, start: o + 1, end: c };
      if (!taken.overlapsAny(q)) {
        quotes.push(q);
        taken.add(q);
        used.add(o).add(c);
      }
      from = c + 1;
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * The quotes (in order of start, as findQuotes gives them) that start in [from, to), found by a
 * binary search: what a question about the quotes around a place needs to ask, since no quote is
 * longer than maxQuoteLength, instead of asking every quote of the letter.
 */
export function quotesStartingIn(quotes: readonly Quote[], from: number, to: number): Quote[] {
  const firstFrom = (at: number) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((quotes[mid] as Quote).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return quotes.slice(firstFrom(from), firstFrom(to));
}

/** The quotes that may hold the place `at` (a quote starts at most maxQuoteLength before it ends). */
export const quotesNear = (quotes: readonly Quote[], at: number): Quote[] => quotesStartingIn(quotes, at - m.maxQuoteLength, at + 1);
