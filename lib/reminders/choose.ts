import type { BrevtjekDb } from '../storage/db';
import { setReminder } from '../storage/letterStore';
import { cancelReminder, scheduleReminder } from './alarms';
import type { ReminderSubject } from './schedule';

/**
 * The user's choice on the klagefrist banner: saved with the letter, then its alarm set or
 * cleared. Returns when the reminder fires; null for none (also when the klagefrist has passed).
 */
export async function chooseReminder(db: BrevtjekDb, subject: ReminderSubject, daysBefore: number | null): Promise<number | null> {
  await setReminder(db, subject.letterId, daysBefore === null ? null : { daysBefore });
  if (daysBefore === null) {
    await cancelReminder(subject.letterId);
    return null;
  }
  return scheduleReminder(subject, daysBefore);
}
