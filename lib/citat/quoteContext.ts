import { splitSentences } from '../nlp/sentences';
import type { CitatFlagKind, QuoteCheck } from '../schema/statementCheck';
import { compileRegex } from '../text/compileRegex';

/**
 * A quote of the decision as it stands in the statement, for the view: the sentence before, the
 * quoted sentence(s) and the sentence after, each cut into pieces marked as the words the quote
 * matched and the words a flag is about (changed, or left out by the quote).
 */

export type MarkKind = 'match' | 'changed' | 'left-out';

export interface Piece {
  text: string;
  marks: MarkKind[];
}

export interface QuoteContext {
  before: Piece[];
  quoted: Piece[];
  after: Piece[];
}

interface Range {
  start: number;
  end: number;
  kind: MarkKind;
}

const FLAG_MARK: Partial<Record<CitatFlagKind, MarkKind>> = { changed: 'changed', 'left-out': 'left-out' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `words` stand in `text`, nearest to [from, to): whole words, any case, any white space
 * between them. Null where they are not in the text.
 */
export function nearest(text: string, words: string, from: number, to: number): { start: number; end: number } | null {
  const parts = words.trim().split(/\s+/).filter(Boolean).map(escape);
  if (parts.length === 0) return null;
  const re = compileRegex(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  let best: { start: number; end: number; distance: number } | null = null;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const distance = end <= from ? from - end : start >= to ? start - to : 0;
    if (!best || distance < best.distance) best = { start, end, distance };
  }
  return best && { start: best.start, end: best.end };
}

/** Cuts [from, to) of `text` into pieces where the marks that cover them change. */
function piecesOf(text: string, from: number, to: number, ranges: Range[]): Piece[] {
  const cuts = new Set([from, to]);
  for (const r of ranges) for (const at of [r.start, r.end]) if (at > from && at < to) cuts.add(at);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const a = sorted[i] as number;
    const b = sorted[i + 1] as number;
    if (b <= a) continue;
    const marks = ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.kind);
    const last = out[out.length - 1];
    if (last && last.marks.join() === marks.join()) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), marks });
  }
  return out;
}

/**
 * The quote in its context in the statement's text, or null where the statement does not have it.
 * Offsets in `check` are into `statementText`; a context the engine did not give is the match alone.
 */
export function quoteContext(check: QuoteCheck, statementText: string): QuoteContext | null {
  const { match } = check;
  if (!match || match.end <= match.start || match.end > statementText.length) return null;
  const context = check.context && check.context.start <= match.start && check.context.end >= match.end && check.context.end <= statementText.length ? check.context : match;
  const text = statementText.slice(context.start, context.end);
  const at = { start: match.start - context.start, end: match.end - context.start };

  // The quoted sentence(s): from the start of the sentence the match begins in to the end of the one it ends in.
  let quotedStart = at.start;
  let quotedEnd = at.end;
  for (const s of splitSentences(text)) {
    if (s.start <= at.start && s.end > at.start) quotedStart = Math.min(quotedStart, s.start);
    if (s.start < at.end && s.end >= at.end) quotedEnd = Math.max(quotedEnd, s.end);
  }

  const ranges: Range[] = [{ ...at, kind: 'match' }];
  for (const flag of check.flags) {
    const kind = FLAG_MARK[flag.kind];
    if (!kind) continue;
    for (const words of flag.words) {
      const found = nearest(text, words, at.start, at.end);
      if (found) ranges.push({ ...found, kind });
    }
  }
  const trimEnd = (p: Piece[]) => p.filter((x) => x.text.length > 0);
  return {
    before: trimEnd(piecesOf(text, 0, quotedStart, ranges)),
    quoted: trimEnd(piecesOf(text, quotedStart, quotedEnd, ranges)),
    after: trimEnd(piecesOf(text, quotedEnd, text.length, ranges)),
  };
}
