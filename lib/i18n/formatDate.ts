import { formatDanishDate, type IsoDate } from '../dates/calendar';
import { currentLanguage, LOCALE, type Language } from './language';

/**
 * A date as a person reads or hears it, in the language Brevtjek speaks: "torsdag den 10. juli
 * 2025" or "Thursday 10 July 2025" (without the weekday: "10. juli 2025", "10 July 2025").
 * Danish by Brevtjek's own tested formatDanishDate; English by Intl.
 */
export function formatDate(iso: IsoDate, withWeekday = true, language: Language = currentLanguage()): string {
  if (language === 'da') return formatDanishDate(iso, withWeekday);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: 'UTC',
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
