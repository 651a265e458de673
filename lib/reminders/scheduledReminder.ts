import { z } from 'zod';
import { LANGUAGES } from '../i18n/language';
import { IsoDate, LetterId, Reminder } from '../storage/records';

/**
 * A reminder as kept in `browser.storage.local`, so the background can set its alarm again
 * after the browser has cleared it (Chrome may, on a restart or an update).
 */
export const ScheduledReminder = z.object({
  v: z.literal(1),
  letterId: LetterId,
  /** The day to send the klage by. */
  klagefrist: IsoDate,
  senderName: z.string().nullable(),
  daysBefore: Reminder.shape.daysBefore,
  /** Set once the notification is shown, so a restart does not show it again. */
  shown: z.boolean(),
  /**
   * The language the notification speaks: the one the user chose when setting the reminder (the
   * background cannot read the viewer's settings). Absent: Danish, the default.
   */
  language: z.enum(LANGUAGES).optional(),
});
export type ScheduledReminder = z.infer<typeof ScheduledReminder>;
