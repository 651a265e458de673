import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alarmNameOf,
  alarmsToRestore,
  daysBeforeText,
  letterIdOfAlarm,
  reminderStatusText,
  reminderText,
  reminderTime,
  SOON_MS,
} from '../../lib/reminders/schedule';
import { parseScheduledReminder } from '../../lib/reminders/parseScheduledReminder';
import { ScheduledReminder } from '../../lib/reminders/scheduledReminder';

// Reminders fire at 09:00 on the user's own clock; these tests run on Danish time, summer time included.
const id = 'a'.repeat(64);
const at = (iso: string) => new Date(iso);
const utc = (iso: string) => new Date(iso).getTime();

let tz: string | undefined;
beforeAll(() => {
  tz = process.env.TZ;
  process.env.TZ = 'Europe/Copenhagen';
  // Fails loudly if the time zone did not take: winter is UTC+1, summer UTC+2.
  expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(-60);
  expect(new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(-120);
});
afterAll(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

describe('the alarm of a reminder', () => {
  it('is named after its letter, and only a reminder name gives a letter back', () => {
    expect(letterIdOfAlarm(alarmNameOf(id))).toBe(id);
    expect(letterIdOfAlarm('brevtjek-reminder:abc')).toBeNull();
    expect(letterIdOfAlarm(id)).toBeNull();
    expect(letterIdOfAlarm(`other:${id}`)).toBeNull();
  });

  it('fires at 09:00 Danish time, daysBefore days before the klagefrist', () => {
    expect(reminderTime('2026-12-31', 3, at('2026-12-03T10:00:00+01:00'))).toBe(utc('2026-12-28T09:00:00+01:00'));
    expect(reminderTime('2026-12-31', 7, at('2026-12-03T10:00:00+01:00'))).toBe(utc('2026-12-24T08:00:00Z'));
  });

  it('stays at 09:00 across the change to summer time (29 March 2026) and back (25 October 2026)', () => {
    const march = at('2026-03-01T12:00:00+01:00');
    expect(reminderTime('2026-03-31', 3, march)).toBe(utc('2026-03-28T08:00:00Z')); // Saturday, winter time
    expect(reminderTime('2026-04-01', 3, march)).toBe(utc('2026-03-29T07:00:00Z')); // the Sunday the clocks go forward
    expect(reminderTime('2026-04-03', 7, march)).toBe(utc('2026-03-27T08:00:00Z')); // a frist in summer, a reminder in winter
    const october = at('2026-10-01T12:00:00+02:00');
    expect(reminderTime('2026-10-28', 4, october)).toBe(utc('2026-10-24T07:00:00Z')); // summer time
    expect(reminderTime('2026-10-28', 3, october)).toBe(utc('2026-10-25T08:00:00Z')); // the Sunday the clocks go back
    // Two reminders a day apart over the change are 23 and 25 hours apart, never at another hour.
    expect(reminderTime('2026-04-01', 3, march)! - reminderTime('2026-03-31', 3, march)!).toBe(23 * 3_600_000);
    expect(reminderTime('2026-10-28', 3, october)! - reminderTime('2026-10-28', 4, october)!).toBe(25 * 3_600_000);
  });

  it('fires at 09:00 the same day when it is set earlier that morning', () => {
    expect(reminderTime('2026-12-05', 3, at('2026-12-02T08:59:00+01:00'))).toBe(utc('2026-12-02T09:00:00+01:00'));
  });

  it('fires soon when its day has come and gone but the klagefrist has not', () => {
    const now = at('2026-12-03T12:00:00+01:00');
    expect(reminderTime('2026-12-05', 7, now)).toBe(now.getTime() + SOON_MS);
    expect(reminderTime('2026-12-03', 1, now)).toBe(now.getTime() + SOON_MS); // the klagefrist is today
    expect(reminderTime('2026-12-05', 2, at('2026-12-03T09:00:00+01:00'))).toBe(utc('2026-12-03T09:01:00+01:00'));
  });

  it('never fires once the klagefrist has passed, counted by the Danish day, not the UTC day', () => {
    expect(reminderTime('2026-12-02', 1, at('2026-12-03T12:00:00+01:00'))).toBeNull();
    // 23:30 on the 5th in Denmark: the frist is today, so soon.
    const lateEvening = at('2026-12-05T23:30:00+01:00');
    expect(reminderTime('2026-12-05', 3, lateEvening)).toBe(lateEvening.getTime() + SOON_MS);
    // 00:30 on the 6th in Denmark is still the 5th in UTC: passed.
    expect(reminderTime('2026-12-05', 3, at('2026-12-05T23:30:00Z'))).toBeNull();
  });
});

describe('what a reminder says', () => {
  const subject = { letterId: id, klagefrist: '2025-07-10', senderName: 'Jobcenter Vejle' };

  it('is short and plain, with the date written out', () => {
    expect(reminderText(subject, '2025-07-07')).toEqual({ title: 'Klagefrist om 3 dage', message: 'Brev fra Jobcenter Vejle: klag senest torsdag den 10. juli 2025.' });
    expect(reminderText(subject, '2025-07-09').title).toBe('Klagefrist i morgen');
    expect(reminderText(subject, '2025-07-10').title).toBe('Klagefrist i dag');
    expect(reminderText({ ...subject, senderName: null }, '2025-07-03')).toEqual({ title: 'Klagefrist om 7 dage', message: 'Klag senest torsdag den 10. juli 2025.' });
  });

  it('counts the days on the day it fires, also when it fires late', () => {
    expect(reminderText(subject, '2025-07-08').title).toBe('Klagefrist om 2 dage');
  });

  it('under the choice: the day it comes, or that it comes soon; nothing for a passed frist', () => {
    expect(reminderStatusText('2026-12-31', 3, at('2026-12-03T10:00:00+01:00'))).toBe('Du får en påmindelse mandag den 28. december 2026 kl. 9.');
    expect(reminderStatusText('2026-12-05', 7, at('2026-12-03T10:00:00+01:00'))).toBe('Du får en påmindelse om lidt.');
    expect(reminderStatusText('2026-12-01', 1, at('2026-12-03T10:00:00+01:00'))).toBeNull();
  });

  it('names the choice in Danish', () => {
    expect([0, 1, 3, 7].map(daysBeforeText)).toEqual(['samme dag', '1 dag før', '3 dage før', '7 dage før']);
  });
});

describe('after a browser start', () => {
  const kept = (letter: string, klagefrist: string, daysBefore: number, shown = false): ScheduledReminder => ({ v: 1, letterId: letter.repeat(64), klagefrist, senderName: null, daysBefore, shown });
  const now = at('2026-12-03T10:00:00+01:00');

  it('sets again the alarms the browser lost, drops those whose frist has passed, and leaves the rest', () => {
    const lost = kept('a', '2026-12-31', 3);
    const there = kept('b', '2026-12-31', 3);
    const missedDay = kept('c', '2026-12-05', 7);
    const shown = kept('d', '2026-12-05', 3, true);
    const passed = kept('e', '2026-12-01', 1);
    const plan = alarmsToRestore([lost, there, missedDay, shown, passed], new Set([alarmNameOf(there.letterId)]), now);
    expect(plan.create).toEqual([
      { name: alarmNameOf(lost.letterId), when: utc('2026-12-28T09:00:00+01:00') },
      { name: alarmNameOf(missedDay.letterId), when: now.getTime() + SOON_MS },
    ]);
    expect(plan.drop).toEqual([passed.letterId]);
  });

  it('keeps the reminders in a checked shape', () => {
    expect(ScheduledReminder.safeParse(kept('a', '2026-12-31', 3)).success).toBe(true);
    expect(ScheduledReminder.safeParse(kept('a', '2026-12-31', 61)).success).toBe(false);
    expect(ScheduledReminder.safeParse({ ...kept('a', '2026-12-31', 3), letterId: 'x' }).success).toBe(false);
    expect(ScheduledReminder.safeParse({ ...kept('a', '2026-12-31', 3), klagefrist: '31.12.2026' }).success).toBe(false);
  });

  it('checks a kept reminder by hand (the background, without zod) exactly as its schema does', () => {
    const field = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -2, max: 70 }),
      fc.double(),
      fc.constantFrom('a'.repeat(64), 'x', '2026-12-31', '31.12.2026', 'da', 'en', 'de', ''),
      fc.string(),
    );
    const reminder = fc.record(
      { v: fc.oneof(fc.constant(1), field), letterId: fc.oneof(fc.constant('b'.repeat(64)), field), klagefrist: fc.oneof(fc.constant('2027-01-05'), field), senderName: fc.oneof(fc.string(), field), daysBefore: fc.oneof(fc.constantFrom(0, 1, 3, 7, 60), field), shown: fc.oneof(fc.boolean(), field), language: fc.oneof(fc.constantFrom('da', 'en'), field), extra: field },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(reminder, field), (x) => {
        const zod = ScheduledReminder.safeParse(x);
        expect(parseScheduledReminder(x)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 2000 },
    );
  });
});
