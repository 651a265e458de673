import { LetterError, MAX_LETTER_CHARS, MAX_LETTER_PAGES } from '../errors';

/**
 * Limits on the work pdf.js does for one file (issue 12). The 100 MB cap on the file does not
 * bound it: 1 MB of FlateDecode can unpack to a gigabyte, 80 kB of nested `q` took 45 s, and a
 * 5 kB page tree can claim four million pages. The times are many times what a real letter
 * needs on a slow laptop, so only a hostile or broken file meets them.
 */
export const PDF_TIME_LIMITS = {
  /** Opening (the cross-reference table, the page tree, the last page): the test letters take under 2 s with pdf.js's first load; in the command line this includes starting pdf.js's thread. */
  openMs: 20_000,
  /**
   * One page's text: the slowest test letter's page takes 77 ms (its fonts loaded with it), so 5 s
   * is over 60 times that. 20,000 nested `q` took 45 s; a stream that unpacks to 1 GB grows by
   * some 50 MB a second in pdf.js, so this also bounds its memory.
   */
  pageMs: 5_000,
  /** All pages' text: a 500-page case file takes some 20 s; without it, 500 slow pages would each get their 5 s. */
  totalMs: 120_000,
} as const;

/**
 * The largest image pdf.js decodes when it draws a page, in pixels: an A3 page scanned at 600 dpi
 * is 70 million. A bigger one is not drawn (its unpacked bytes could be gigabytes).
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

export type TimeLimits = { readonly [K in keyof typeof PDF_TIME_LIMITS]: number };

/** Refuses a PDF that claims more pages than a letter (or a case file) has, before any page is read. */
export function checkPageCount(numPages: number): void {
  if (numPages > MAX_LETTER_PAGES) throw new LetterError('too-many-pages');
}

/**
 * `work`, or LetterError('too-slow') after `ms`: then `stop` is called (it destroys the document,
 * which ends pdf.js's worker, so the work stops too and its memory is freed).
 */
export function within<T>(work: Promise<T>, ms: number, stop: () => unknown): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void Promise.resolve()
        .then(stop)
        .catch(() => undefined);
      reject(new LetterError('too-slow'));
    }, Math.max(0, ms));
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The time a file's pages may take: each page its own, and all pages together. */
export class ReadingBudget {
  private spentMs = 0;

  constructor(private readonly limits: TimeLimits = PDF_TIME_LIMITS) {}

  /** Opening the file, within its time. */
  open<T>(work: Promise<T>, stop: () => unknown): Promise<T> {
    return within(work, this.limits.openMs, stop);
  }

  /** Reading one page (`read` makes the pdf.js calls), within the page's time and what is left of the whole. */
  async page<T>(read: () => Promise<T>, stop: () => unknown): Promise<T> {
    const started = Date.now();
    try {
      return await within(read(), Math.min(this.limits.pageMs, this.limits.totalMs - this.spentMs), stop);
    } finally {
      this.spentMs += Date.now() - started;
    }
  }
}

/**
 * The most text one page may have: an A4 page set in 4-point type holds some 25,000 characters.
 * A page of more is refused before it is analysed (the viewer analyses the first page before it
 * reads on, and a million characters would keep it busy for minutes).
 */
export const MAX_PAGE_CHARS = 100_000;

/** Counts a file's text as its pages are read; a page over MAX_PAGE_CHARS, or more than MAX_LETTER_CHARS in all, is no letter. */
export class TextTally {
  private chars = 0;

  constructor(private readonly max = { page: MAX_PAGE_CHARS, letter: MAX_LETTER_CHARS }) {}

  /** Adds one page's text items; throws LetterError('too-much-text') when the page, or the whole, is over its limit. */
  add(items: ReadonlyArray<{ str?: unknown }>): void {
    let page = 0;
    for (const it of items) if (typeof it.str === 'string') page += it.str.length;
    this.chars += page;
    if (page > this.max.page || this.chars > this.max.letter) throw new LetterError('too-much-text');
  }
}
