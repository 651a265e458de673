import { browser } from 'wxt/browser';
import { alarmNameOf, letterIdOfAlarm, ScheduledReminder } from './schedule';

/** The reminders kept in `browser.storage.local`, one key per letter (the alarm's name). */

export async function storedReminder(letterId: string): Promise<ScheduledReminder | null> {
  const key = alarmNameOf(letterId);
  const parsed = ScheduledReminder.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

export async function storedReminders(): Promise<ScheduledReminder[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all).flatMap(([key, value]) => {
    const parsed = letterIdOfAlarm(key) ? ScheduledReminder.safeParse(value) : null;
    return parsed?.success ? [parsed.data] : [];
  });
}

export async function storeReminder(reminder: ScheduledReminder): Promise<void> {
  await browser.storage.local.set({ [alarmNameOf(reminder.letterId)]: ScheduledReminder.parse(reminder) });
}

export async function dropStoredReminders(letterIds: string[]): Promise<void> {
  if (letterIds.length) await browser.storage.local.remove(letterIds.map(alarmNameOf));
}

/** Every key a reminder is kept under, also one that no longer reads. */
export async function allReminderKeys(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((k) => letterIdOfAlarm(k) !== null);
}
