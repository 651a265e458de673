/**
 * When to analyse a letter that is still being read: the first page at once; then, since the
 * analysis needs the whole text (the sender stands at the top, the klagefrist at the end), the
 * whole text again, paced by what the last pass cost, and only if pages came meanwhile; once
 * more, at once, when the last page is in; at once when the user changes what the analysis
 * counts from (the received date, the statement, the language). A pass that would still be
 * running when the last page comes is left out: the last pass follows at once. A short letter
 * is analysed once, whole: it is read in a blink, and its first page alone would show half a
 * result for a moment.
 */
export interface PaceState {
  /** Pages received so far. */
  received: number;
  /** The letter's pages (0: not known). */
  total?: number;
  /** How long a page has taken to come, on average (ms), null before two have. */
  msPerPage?: number | null;
  /** Pages the last pass analysed (0 before the first). */
  analysed: number;
  /** All the letter's pages are in. */
  allIn: boolean;
  /** The last pass had all pages (so the letter is done, unless something changes). */
  lastWasComplete: boolean;
  /** The options changed since the last pass. */
  optionsChanged: boolean;
  /** When the last pass ended (ms), null before the first. */
  lastEnd: number | null;
  /** What the last pass cost (ms). */
  lastCost: number;
}

/** A letter of at most this many pages is analysed when all are in, not its first page first. */
export const SHORT_LETTER_PAGES = 4;

/** The least time between two passes while pages are coming in. */
export const MIN_GAP_MS = 400;

/** How long a pass waits after the one before: at least MIN_GAP_MS, and twice what that one cost. */
export const gapAfter = (cost: number, minGap = MIN_GAP_MS): number => Math.max(minGap, 2 * cost);

/** When the next pass should start (ms, may be `now` or earlier), or null when there is nothing to analyse. */
export function nextPassAt(s: PaceState, minGap = MIN_GAP_MS): number | null {
  if (s.received === 0) return null;
  const news = s.received > s.analysed;
  if (!news && !s.optionsChanged && (s.lastWasComplete || !s.allIn)) return null;
  if (s.lastEnd === null && !s.allIn && s.total && s.total <= SHORT_LETTER_PAGES) return null;
  // The first page, the last page, or the user's change: at once.
  if (s.lastEnd === null || s.allIn || s.optionsChanged) return s.lastEnd ?? 0;
  // The rest of the pages come before a pass of what is in would end: wait for them. (A pass
  // of one page, the first, tells too little of what more cost: it is cold, and mostly overhead.)
  const cost = s.lastCost * (s.received / Math.max(1, s.analysed));
  if (s.analysed > 1 && s.total && s.msPerPage != null && (s.total - s.received) * s.msPerPage < cost) return null;
  return s.lastEnd + gapAfter(s.lastCost, minGap);
}
