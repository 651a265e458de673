import { daysBetween, localToday } from '../lib/dates/calendar';
import { t } from '../lib/i18n/t';

/** How long is left until a frist, in words; a frist passed says to complain anyway. */
export function daysLeftText(deadline: string, today = localToday()): string {
  const left = daysBetween(today, deadline);
  if (left > 1) return t('daysLeft.left', { count: left });
  if (left === 1) return t('daysLeft.tomorrow');
  if (left === 0) return t('daysLeft.today');
  return t('daysLeft.passed', { count: -left });
}
