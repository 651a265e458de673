import type { FindingKind } from '../schema/report';

/** What the order needs of a finding: its kind, where it starts, and (for a deadline) whether it is the klagefrist. */
export interface Placed {
  kind: FindingKind;
  start: number;
  end: number;
  page: number;
  segments: ReadonlyArray<{ page: number; start: number }>;
  appeal?: boolean;
}

const where = (f: Placed) => ({ page: f.segments[0]?.page ?? f.page, start: f.segments[0]?.start ?? f.start });

/** Compares two findings by where they stand in the letter: page, then place in the text, then length. */
function byReading(findings: readonly Placed[]) {
  return (a: number, b: number) => {
    const fa = findings[a]!;
    const fb = findings[b]!;
    const [wa, wb] = [where(fa), where(fb)];
    return wa.page - wb.page || wa.start - wb.start || fa.end - fb.end || a - b;
  };
}

/** The indices of the findings in reading order, across pages; kinds in `hidden` left out. */
export function readingOrder(findings: readonly Placed[], hidden: ReadonlySet<FindingKind> = new Set()): number[] {
  return findings
    .map((_, i) => i)
    .filter((i) => !hidden.has(findings[i]!.kind))
    .sort(byReading(findings));
}

export interface Step {
  /** The finding to go to. */
  index: number;
  /** True when the step went past the last (or before the first) and started over. */
  wrapped: boolean;
}

/**
 * The next (dir 1) or previous (dir -1) highlight from `current`, in reading order, of one kind
 * or of any; it wraps around. `current` may be of another kind, or hidden: the step goes from
 * where it stands in the letter. With no current highlight, next is the first and previous the last.
 */
export function stepHighlight(
  findings: readonly Placed[],
  current: number | null,
  dir: 1 | -1,
  options: { kind?: FindingKind; hidden?: ReadonlySet<FindingKind> } = {},
): Step | null {
  const order = readingOrder(findings, options.hidden).filter((i) => !options.kind || findings[i]!.kind === options.kind);
  if (order.length === 0) return null;
  if (current === null || !findings[current]) return { index: dir === 1 ? order[0]! : order[order.length - 1]!, wrapped: false };
  const cmp = byReading(findings);
  if (dir === 1) {
    const next = order.find((i) => cmp(i, current) > 0);
    return next === undefined ? { index: order[0]!, wrapped: true } : { index: next, wrapped: false };
  }
  const before = order.filter((i) => cmp(i, current) < 0);
  return before.length ? { index: before[before.length - 1]!, wrapped: false } : { index: order[order.length - 1]!, wrapped: true };
}

/** The highlight of the letter's own words about the klagefrist (the first in reading order), or null. */
export function klagefristHighlight(findings: readonly Placed[], hidden: ReadonlySet<FindingKind> = new Set()): number | null {
  return readingOrder(findings, hidden).find((i) => findings[i]!.kind === 'deadline' && findings[i]!.appeal === true) ?? null;
}
