import { browser } from 'wxt/browser';
import { alarmNameOf, alarmsToRestore, letterIdOfAlarm, reminderLanguage, reminderTime, type ReminderSubject } from './schedule';
import { allReminderKeys, dropStoredReminders, storedReminder, storedReminders, storeReminder } from './store';

/**
 * A letter's reminder as a `browser.alarms` alarm, kept also in `browser.storage.local`: alarms
 * may be cleared when the browser restarts, and the background sets them again from there.
 */

/** Sets (or moves) the reminder's alarm; none where the klagefrist has passed. Returns when it fires, or null. */
export async function scheduleReminder(subject: ReminderSubject, daysBefore: number, now = new Date()): Promise<number | null> {
  const when = reminderTime(subject.klagefrist, daysBefore, now);
  if (when === null) {
    await cancelReminder(subject.letterId);
    return null;
  }
  // Kept with the language the user reads now: the background shows the notification in it.
  await storeReminder({ v: 1, ...subject, daysBefore, shown: false, ...reminderLanguage() });
  await browser.alarms.create(alarmNameOf(subject.letterId), { when });
  return when;
}

/**
 * Moves the alarm when the klagefrist has moved (the user gave the day the letter came). When only
 * the language has changed, the reminder is kept in the new one and its alarm left as it is.
 */
export async function followKlagefrist(subject: ReminderSubject, daysBefore: number): Promise<void> {
  const kept = await storedReminder(subject.letterId);
  if (kept && kept.klagefrist === subject.klagefrist && kept.daysBefore === daysBefore) {
    const { language } = reminderLanguage();
    if (kept.language !== language) {
      const { language: _old, ...rest } = kept;
      await storeReminder({ ...rest, ...reminderLanguage() });
    }
    return;
  }
  await scheduleReminder(subject, daysBefore);
}

/** No reminder for this letter: its alarm, what is kept of it, and a notification still showing. */
export async function cancelReminder(letterId: string): Promise<void> {
  const name = alarmNameOf(letterId);
  await dropStoredReminders([letterId]);
  await browser.alarms.clear(name);
  await browser.notifications.clear(name);
}

/** No reminders at all ("Slet alt"). */
export async function cancelAllReminders(): Promise<void> {
  await browser.storage.local.remove(await allReminderKeys());
  for (const alarm of await browser.alarms.getAll()) {
    if (letterIdOfAlarm(alarm.name)) await browser.alarms.clear(alarm.name);
  }
}

/** After the browser starts or the extension is installed or updated: sets again the alarms the browser lost. */
export async function restoreReminders(now = new Date()): Promise<void> {
  const alarms = new Set((await browser.alarms.getAll()).map((a) => a.name));
  const { create, drop } = alarmsToRestore(await storedReminders(), alarms, now);
  for (const { name, when } of create) await browser.alarms.create(name, { when });
  await dropStoredReminders(drop);
}
