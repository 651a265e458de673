import { reminders as da } from '../../locales/da.json';
import { reminders as en } from '../../locales/en.json';
import { addDays, daysBetween, localToday } from '../dates/calendar';
import { formatDate } from '../i18n/formatDate';
import { currentLanguage, DEFAULT_LANGUAGE, type Language } from '../i18n/language';
import { formatMessage } from '../i18n/messageFormat';
import type { ScheduledReminder } from './scheduledReminder';

export type { ScheduledReminder };

/** The reminders' words only (the background carries these, not all of Brevtjek's messages). */
const TEXTS: Record<Language, typeof da> = { da, en };

/**
 * When a klagefrist reminder fires and what it says. Pure: the time comes in as `now`, and the
 * day is the user's own (local) calendar day, so a reminder at 09:00 stays at 09:00 across a
 * change to or from summer time.
 */

/** The days before the klagefrist the user can choose from. */
export const REMINDER_DAYS = [1, 3, 7] as const;

/** The hour of the day a reminder fires, on the user's own clock. */
export const REMINDER_HOUR = 9;

/** How soon a reminder whose day has already come fires (Chrome fires an alarm no sooner than 30 seconds). */
export const SOON_MS = 60_000;

/** What a reminder is about: one letter's klagefrist. */
export type ReminderSubject = Pick<ScheduledReminder, 'letterId' | 'klagefrist' | 'senderName'>;

/** The language to keep with a reminder set now: none for Danish (the default), so a Danish reminder is kept as before. */
export const reminderLanguage = (language: Language = currentLanguage()): Pick<ScheduledReminder, 'language'> =>
  language === DEFAULT_LANGUAGE ? {} : { language };

const PREFIX = 'brevtjek-reminder:';

/** The alarm's (and the notification's) name for a letter's reminder. */
export const alarmNameOf = (letterId: string): string => `${PREFIX}${letterId}`;

/** The letter a reminder alarm or notification is for; null for any other name. */
export function letterIdOfAlarm(name: string): string | null {
  const id = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : '';
  return /^[0-9a-f]{64}$/.test(id) ? id : null;
}

/**
 * When the reminder fires, in ms since the epoch: 09:00 local time, `daysBefore` days before the
 * klagefrist. Where that moment has passed but the klagefrist has not, it fires soon (the user
 * still has time to klage); where the klagefrist itself has passed, never (null).
 */
export function reminderTime(klagefrist: string, daysBefore: number, now: Date): number | null {
  if (localToday(now) > klagefrist) return null;
  const at = atReminderHour(addDays(klagefrist, -daysBefore));
  return at > now.getTime() ? at : now.getTime() + SOON_MS;
}

/** 09:00 on the user's own clock on `day`. */
function atReminderHour(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, REMINDER_HOUR).getTime();
}

/** What the view says under a chosen reminder; null where the klagefrist has passed. */
export function reminderStatusText(klagefrist: string, daysBefore: number, now: Date): string | null {
  const when = reminderTime(klagefrist, daysBefore, now);
  if (when === null) return null;
  const day = addDays(klagefrist, -daysBefore);
  const texts = TEXTS[currentLanguage()];
  return when === atReminderHour(day) ? formatMessage(texts.statusAt, { date: formatDate(day), hour: REMINDER_HOUR }) : texts.statusSoon;
}

/** "1 dag før", "3 dage før" ("3 days before"): a choice as the views show it. */
export const daysBeforeText = (daysBefore: number): string =>
  daysBefore === 0 ? TEXTS[currentLanguage()].sameDay : formatMessage(TEXTS[currentLanguage()].daysBefore, { count: daysBefore });

/**
 * The notification, short and plain, as it reads on `today`: in the reminder's own language
 * (kept with it when it was set), else the one Brevtjek speaks now.
 */
export function reminderText(subject: ReminderSubject & Pick<ScheduledReminder, 'language'>, today: string): { title: string; message: string } {
  const language = subject.language ?? currentLanguage();
  const left = daysBetween(today, subject.klagefrist);
  const texts = TEXTS[language];
  const title = formatMessage(left <= 0 ? texts.titleToday : left === 1 ? texts.titleTomorrow : texts.titleInDays, { days: left });
  const date = formatDate(subject.klagefrist, true, language);
  const message = subject.senderName ? formatMessage(texts.messageFrom, { name: subject.senderName, date }) : formatMessage(texts.message, { date });
  return { title, message };
}

/**
 * After a browser start: the alarms to set again (those missing whose notification has not been
 * shown) and the reminders to drop (their klagefrist has passed).
 */
export function alarmsToRestore(stored: ScheduledReminder[], alarmNames: ReadonlySet<string>, now: Date): { create: { name: string; when: number }[]; drop: string[] } {
  const out = { create: [] as { name: string; when: number }[], drop: [] as string[] };
  for (const r of stored) {
    const when = reminderTime(r.klagefrist, r.daysBefore, now);
    const name = alarmNameOf(r.letterId);
    if (when === null) out.drop.push(r.letterId);
    else if (!r.shown && !alarmNames.has(name)) out.create.push({ name, when });
  }
  return out;
}
