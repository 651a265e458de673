import { LANGUAGES } from '../i18n/language';
import type { ScheduledReminder } from './scheduledReminder';

/**
 * The check of lib/reminders/scheduledReminder.ts by hand, for the background, which stays small without zod
 * (tests/unit/scheduledReminder.test.ts holds it to the schema): the reminder, or null.
 */
export function parseScheduledReminder(x: unknown): ScheduledReminder | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Record<string, unknown>;
  const isoDay = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
  const days = r.daysBefore;
  if (r.v !== 1 || typeof r.letterId !== 'string' || !/^[0-9a-f]{64}$/.test(r.letterId) || !isoDay(r.klagefrist)) return null;
  if (!(r.senderName === null || typeof r.senderName === 'string') || typeof r.shown !== 'boolean') return null;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 60) return null;
  if (r.language !== undefined && !(LANGUAGES as readonly unknown[]).includes(r.language)) return null;
  const out: ScheduledReminder = { v: 1, letterId: r.letterId, klagefrist: r.klagefrist as string, senderName: r.senderName as string | null, daysBefore: days, shown: r.shown };
  if (r.language !== undefined) out.language = r.language as ScheduledReminder['language'];
  return out;
}
