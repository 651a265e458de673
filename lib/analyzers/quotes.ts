import { rules } from '../rules';
import { SpanSet, type Span } from './patterns';

const m = rules.medical;

export interface Quote extends Span {
  open: number;
}

/** Quoted passages, by the pairs of quote marks in rules/medical.json. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  // A mark that already opens or closes a quote cannot open or close another ("»a«, og »b«" holds no «…»).
  const used = new Set<number>();
  const taken = new SpanSet();
  for (const { open, close } of m.quotes) {
    let from = 0;
    for (;;) {
      const o = text.indexOf(open, from);
      if (o < 0) break;
      const straight = open === close;
      // A straight quote opens only at a word's start, and an apostrophe is no quote. Any
      // opening mark leans on the word after it, a closing one on the word before it: the
      // "»" that ends one quote never opens the next ("«a»⏎⏎b⏎«c»" holds no »…«).
      if ((straight && /[\p{L}\d]/u.test(text[o - 1] ?? ' ')) || /\s/u.test(text[o + 1] ?? ' ')) {
        from = o + 1;
        continue;
      }
      // A quote ends within maxQuoteLength: the closing mark is looked for that far and no further.
      const limit = o + m.maxQuoteLength;
      const closeAt = (after: number) => {
        const at = after > limit ? -1 : text.slice(after, limit + 1).indexOf(close);
        return at < 0 ? -1 : after + at;
      };
      let c = closeAt(o + 1);
      while (
        c >= 0 &&
        ((straight && /[\p{L}\d]/u.test(text[c + 1] ?? ' ') && /[\p{L}]/u.test(text[c - 1] ?? ' ')) || /\s/u.test(text[c - 1] ?? ' '))
      ) {
        c = closeAt(c + 1);
      }
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

