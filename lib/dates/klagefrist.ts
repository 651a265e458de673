import type { Period } from '../schema/report';
import { addDays, addMonths, formatDanishDate, weekday, type IsoDate } from './calendar';
import { holidayOn, type Holiday } from './danishHolidays';

/** Why a day is not a working day: Saturday, Sunday or a helligdag; undefined on a working day. */
export function closedReason(date: IsoDate): string | undefined {
  const wd = weekday(date);
  if (wd === 6) return 'en lørdag';
  if (wd === 0) return 'en søndag';
  const h = holidayOn(date);
  if (h?.kind === 'helligdag') return h.name;
  return undefined;
}

export function nextWorkingDay(date: IsoDate): IsoDate {
  let d = date;
  while (closedReason(d)) d = addDays(d, 1);
  return d;
}

/** The day `period` after `start`; the start day itself does not count. */
export function addPeriod(start: IsoDate, period: Period): IsoDate {
  switch (period.unit) {
    case 'day':
      return addDays(start, period.count);
    case 'week':
      return addDays(start, 7 * period.count);
    case 'month':
      return addMonths(start, period.count);
    case 'year':
      return addMonths(start, 12 * period.count);
    case 'workday': {
      let d = start;
      for (let left = period.count; left > 0; ) {
        d = addDays(d, 1);
        if (!closedReason(d)) left--;
      }
      return d;
    }
  }
}

const UNIT_WORDS: Record<Period['unit'], [string, string]> = {
  day: ['dag', 'dage'],
  week: ['uge', 'uger'],
  month: ['måned', 'måneder'],
  year: ['år', 'år'],
  workday: ['arbejdsdag', 'arbejdsdage'],
};

export function periodText(p: Period): string {
  const [one, many] = UNIT_WORDS[p.unit];
  return `${p.count} ${p.count === 1 ? one : many}`;
}

export interface FristResult {
  deadline: IsoDate;
  steps: string[];
  warnings: string[];
}

function uncertainDay(date: IsoDate): Holiday | undefined {
  const h = holidayOn(date);
  return h?.kind === 'usikker' ? h : undefined;
}

/**
 * The last day of a frist counted from the day a letter was received: the period is
 * added (the day of receipt does not count; weeks end on the same weekday), and a frist
 * that ends on a Saturday, Sunday or helligdag runs to the next working day
 * (Justitsministeriets vejledning nr. 9533 af 26. juni 2018; domain notes §2.6-2.7).
 * Days that authorities treat differently (grundlovsdag, 24. og 31. december, fredagen
 * efter Kristi himmelfartsdag) are not moved, but warned about.
 */
export function computeFrist(received: IsoDate, period: Period): FristResult {
  const raw = addPeriod(received, period);
  const deadline = nextWorkingDay(raw);
  const steps = [`${periodText(period)} efter ${formatDanishDate(received)} er ${formatDanishDate(raw)}.`];
  if (deadline !== raw) {
    steps.push(`Den dag er ${closedReason(raw)}. Så løber fristen til næste hverdag: ${formatDanishDate(deadline)}.`);
  }
  const warnings: string[] = [];
  const uncertain = uncertainDay(deadline) ?? uncertainDay(raw);
  if (uncertain) {
    warnings.push(
      `Fristen slutter ${uncertain.name === 'grundlovsdag' ? 'på' : 'den dag, der er'} ${uncertain.name}. ${uncertain.note ?? ''} Regn med ${formatDanishDate(deadline)} som sidste dag.`.replace(/\s+/g, ' '),
    );
  }
  return { deadline, steps, warnings };
}
