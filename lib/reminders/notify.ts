import { browser } from 'wxt/browser';
import { localToday } from '../dates/calendar';
import { alarmNameOf, letterIdOfAlarm, reminderText } from './schedule';
import { dropStoredReminders, storedReminder, storeReminder } from './store';

/** The notification a reminder's alarm shows, and the letter its click opens. Local to the browser. */

/** Shows the reminder for the alarm `name`, once; nothing for an alarm of no reminder, or a klagefrist passed. */
export async function showReminder(name: string, now = new Date()): Promise<void> {
  const letterId = letterIdOfAlarm(name);
  const reminder = letterId ? await storedReminder(letterId) : null;
  if (!reminder || reminder.shown) return;
  const today = localToday(now);
  if (today > reminder.klagefrist) return dropStoredReminders([reminder.letterId]);
  const { title, message } = reminderText(reminder, today);
  await browser.notifications.create(alarmNameOf(reminder.letterId), { type: 'basic', iconUrl: browser.runtime.getURL('/reminder.png'), title, message, priority: 2 });
  await storeReminder({ ...reminder, shown: true });
}

/** A click on a reminder opens its letter as saved on this computer. */
export async function openReminder(notificationId: string): Promise<void> {
  const letterId = letterIdOfAlarm(notificationId);
  if (!letterId) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?saved=${letterId}`) });
}
