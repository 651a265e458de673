import { browser } from 'wxt/browser';
import { alarmNameOf, letterIdOfAlarm } from './schedule';
import { parseScheduledReminder } from './parseScheduledReminder';
import type { ScheduledReminder } from './scheduledReminder';

/** The reminders kept in `browser.storage.local`, one key per letter (the alarm's name). */

export async function storedReminder(letterId: string): Promise<ScheduledReminder | null> {
  const key = alarmNameOf(letterId);
  return parseScheduledReminder((await browser.storage.local.get(key))[key]);
}

export async function storedReminders(): Promise<ScheduledReminder[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all).flatMap(([key, value]) => {
    const parsed = letterIdOfAlarm(key) ? parseScheduledReminder(value) : null;
    return parsed ? [parsed] : [];
  });
}

export async function storeReminder(reminder: ScheduledReminder): Promise<void> {
  const checked = parseScheduledReminder(reminder);
  if (!checked) throw new TypeError('A reminder that does not fit its schema');
  await browser.storage.local.set({ [alarmNameOf(reminder.letterId)]: checked });
}

export async function dropStoredReminders(letterIds: string[]): Promise<void> {
  if (letterIds.length) await browser.storage.local.remove(letterIds.map(alarmNameOf));
}

/** Every key a reminder is kept under, also one that no longer reads. */
export async function allReminderKeys(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((k) => letterIdOfAlarm(k) !== null);
}
