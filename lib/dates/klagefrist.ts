import { formatDate } from '../i18n/formatDate';
import { t } from '../i18n/t';
import { prose } from '../rules/prose';
import type { Period } from '../schema/report';
import { addDays, addMonths, weekday, type IsoDate } from './calendar';
import { holidayOn, type Holiday } from './danishHolidays';

/** A holiday's note in the language Brevtjek speaks now (rules/en/holidays.json in English). Its name stays Danish. */
const noteOf = (h: Holiday): string => prose().holidays.find((d) => d.id === h.id)?.note ?? h.note ?? '';

/** Why a day is not a working day: Saturday, Sunday or a helligdag; undefined on a working day. */
export function closedReason(date: IsoDate): string | undefined {
  const wd = weekday(date);
  if (wd === 6) return t('klagefrist.saturday');
  if (wd === 0) return t('klagefrist.sunday');
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

/** "4 uger", "1 arbejdsdag" ("4 weeks"): a period as a person reads it, one plural message a unit. */
export const periodText = (p: Period): string => t(`klagefrist.period.${p.unit}`, { count: p.count });

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
 * efter Kristi himmelfartsdag) are not moved, but warned about. The steps and warnings are in the
 * language Brevtjek speaks now (lib/i18n), their dates by formatDate.
 */
export function computeFrist(received: IsoDate, period: Period): FristResult {
  const raw = addPeriod(received, period);
  const deadline = nextWorkingDay(raw);
  const steps = [t('klagefrist.counted', { period: periodText(period), received: formatDate(received), date: formatDate(raw) })];
  if (deadline !== raw) {
    const wd = weekday(raw);
    const holiday = wd === 0 || wd === 6 ? undefined : holidayOn(raw);
    const date = formatDate(deadline);
    steps.push(holiday ? t('klagefrist.movedHoliday', { name: holiday.name, date }) : t('klagefrist.moved', { reason: closedReason(raw) ?? '', date }));
  }
  const warnings: string[] = [];
  const uncertain = uncertainDay(deadline) ?? uncertainDay(raw);
  if (uncertain) {
    // Danish says "på grundlovsdag", but "den dag, der er juleaftensdag".
    const message = uncertain.id === 'grundlovsdag' ? 'klagefrist.uncertainOn' : 'klagefrist.uncertainDay';
    warnings.push(t(message, { name: uncertain.name, note: noteOf(uncertain), date: formatDate(deadline) }).replace(/\s+/g, ' ').trim());
  }
  return { deadline, steps, warnings };
}
