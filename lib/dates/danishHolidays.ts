import { rules } from '../rules';
import { addDays, toIso, type IsoDate } from './calendar';

/** Påskedag (Easter Sunday) by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(year, month, day);
}

export interface Holiday {
  date: IsoDate;
  id: string;
  name: string;
  kind: 'helligdag' | 'usikker';
  note?: string;
}

const cache = new Map<number, Map<IsoDate, Holiday>>();

/** The Danish holidays of a year (rules/holidays.json), keyed by date. */
export function danishHolidays(year: number): Map<IsoDate, Holiday> {
  const known = cache.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const days = new Map<IsoDate, Holiday>();
  for (const rule of rules.holidays) {
    if (rule.firstYear !== undefined && year < rule.firstYear) continue;
    if (rule.lastYear !== undefined && year > rule.lastYear) continue;
    const date = rule.fixed ? toIso(year, rule.fixed.month, rule.fixed.day) : addDays(easter, rule.easterOffset ?? 0);
    const existing = days.get(date);
    // Where two days coincide (2. pinsedag on grundlovsdag), the helligdag counts.
    if (existing?.kind === 'helligdag') continue;
    days.set(date, { date, id: rule.id, name: rule.name, kind: rule.kind, note: rule.note });
  }
  cache.set(year, days);
  return days;
}

export function holidayOn(date: IsoDate): Holiday | undefined {
  return danishHolidays(Number(date.slice(0, 4))).get(date);
}
