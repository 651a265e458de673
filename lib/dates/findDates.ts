import { rules } from '../rules';
import { isValidDate, toIso, type IsoDate } from './calendar';
import { compileRegex } from '../text/compileRegex';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  /** The ISO date; where the text gives no year, the year of `referenceYear`. */
  iso: IsoDate;
  yearGiven: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

const monthNumber = new Map<string, number>();
for (const m of rules.dates.months) for (const n of m.names) monthNumber.set(n.toLowerCase(), m.n);

const monthAlt = [...monthNumber.keys()].sort(byLength).map(esc).join('|');
const weekdayAlt = [...rules.dates.weekdays].sort(byLength).map(esc).join('|');
const prefix = rules.dates.prefix.replace('{weekday}', weekdayAlt);

/** One regex source that matches any date form from rules/dates.json, with its prefix. */
export const DATE_SOURCE = rules.dates.patterns
  .map((p) => `(?:${p.pattern.replace('{month}', monthAlt).replace(/\(\?<\w+>/g, '(')})`)
  .join('|');

/** A date with its optional weekday and "den"/"d." before it. */
export const DATE_WITH_PREFIX_SOURCE = `${prefix}(?:${DATE_SOURCE})`;

const compiled = rules.dates.patterns.map((p) => ({
  id: p.id,
  re: compileRegex(`(?<prefix>${prefix})(?:${p.pattern.replace('{month}', monthAlt)})`, 'giu'),
}));

function expandYear(y: string | undefined, referenceYear: number): { year: number; given: boolean } {
  if (!y) return { year: referenceYear, given: false };
  if (y.length === 2) return { year: 2000 + Number(y), given: true };
  return { year: Number(y), given: true };
}

/**
 * Every Danish date in the text, in all the common forms ("1. april 2025", "01.04.2025",
 * "1/4-2025", "d. 1/4 2025", "1. apr. 2025", with or without a weekday). The span includes
 * a leading weekday, "den" or "d.".
 */
export function findDates(text: string, referenceYear = new Date().getUTCFullYear()): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { id, re } of compiled) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const day = Number(g.day);
      const month = g.monthName ? monthNumber.get(g.monthName.toLowerCase()) : Number(g.month);
      const { year, given } = expandYear(g.year, referenceYear);
      if (!month || !isValidDate(year, month, day)) continue;
      if (id === 'day-month-slash-year' && rules.dates.slashNeedsYearOrPrefix && !given && !(g.prefix ?? '').trim()) continue;
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, text: m[0], iso: toIso(year, month, day), yearGiven: given });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the longest of overlapping matches.
  const kept: FoundDate[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

/** Parses one date written alone ("den 3. april 2025"). */
export function parseDanishDate(text: string, referenceYear?: number): IsoDate | null {
  const d = findDates(text.trim(), referenceYear)[0];
  return d && d.start === 0 && d.end === text.trim().length ? d.iso : null;
}
