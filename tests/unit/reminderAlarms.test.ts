import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The reminders' browser side, against an in-memory browser: alarms, storage.local, notifications, tabs.
const fake = vi.hoisted(() => {
  const state = {
    alarms: new Map<string, number>(),
    storage: new Map<string, unknown>(),
    notifications: new Map<string, { title: string; message: string; iconUrl: string }>(),
    tabs: [] as string[],
  };
  const browser = {
    alarms: {
      create: async (name: string, info: { when: number }) => void state.alarms.set(name, info.when),
      clear: async (name: string) => state.alarms.delete(name),
      getAll: async () => [...state.alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
    },
    storage: {
      local: {
        get: async (key: string | null) => Object.fromEntries([...state.storage].filter(([k]) => key === null || k === key).map(([k, v]) => [k, structuredClone(v)])),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => state.storage.set(k, structuredClone(v))),
        remove: async (keys: string | string[]) => [keys].flat().forEach((k) => state.storage.delete(k)),
      },
    },
    notifications: {
      create: async (id: string, options: { title: string; message: string; iconUrl: string }) => void state.notifications.set(id, options),
      clear: async (id: string) => state.notifications.delete(id),
    },
    tabs: { create: async ({ url }: { url: string }) => void state.tabs.push(url) },
    runtime: { getURL: (path: string) => `chrome-extension://brevtjek${path}` },
  };
  return { state, browser };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { cancelAllReminders, cancelReminder, followKlagefrist, restoreReminders, scheduleReminder } = await import('../../lib/reminders/alarms');
const { chooseReminder } = await import('../../lib/reminders/choose');
const { openReminder, showReminder } = await import('../../lib/reminders/notify');
const { alarmNameOf, SOON_MS } = await import('../../lib/reminders/schedule');
const { BrevtjekDb } = await import('../../lib/storage/db');
const { letterIdOf, loadLetter, saveLetter } = await import('../../lib/storage/letterStore');

const idA = 'a'.repeat(64);
const idB = 'b'.repeat(64);
const subject = (letterId = idA, klagefrist = '2026-12-31') => ({ letterId, klagefrist, senderName: 'Jobcenter Vejle' });
const nine = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9).getTime();
const now = new Date(2026, 11, 3, 10);

beforeEach(() => {
  fake.state.alarms.clear();
  fake.state.storage.clear();
  fake.state.notifications.clear();
  fake.state.tabs.length = 0;
});

describe('a reminder in the browser', () => {
  it('sets an alarm and keeps the reminder in storage.local', async () => {
    expect(await scheduleReminder(subject(), 3, now)).toBe(nine(2026, 12, 28));
    expect(fake.state.alarms.get(alarmNameOf(idA))).toBe(nine(2026, 12, 28));
    expect(fake.state.storage.get(alarmNameOf(idA))).toEqual({ v: 1, ...subject(), daysBefore: 3, shown: false });
  });

  it('sets no alarm, and keeps nothing, for a klagefrist that has passed', async () => {
    await scheduleReminder(subject(idA, '2026-12-31'), 3, now);
    expect(await scheduleReminder(subject(idA, '2026-12-01'), 3, now)).toBeNull();
    expect(fake.state.alarms.size).toBe(0);
    expect(fake.state.storage.size).toBe(0);
  });

  it('moves the alarm when the klagefrist moves, and only then', async () => {
    await scheduleReminder(subject(), 3, now);
    fake.state.alarms.clear();
    await followKlagefrist(subject(), 3);
    expect(fake.state.alarms.size).toBe(0); // unchanged: left alone
    await followKlagefrist(subject(idA, '2027-01-08'), 3);
    expect(fake.state.alarms.get(alarmNameOf(idA))).toBe(nine(2027, 1, 5));
  });

  it('is cleared with "Ingen påmindelse" or when its letter is deleted, and all are cleared with "Slet alt"', async () => {
    await scheduleReminder(subject(idA), 3, now);
    await scheduleReminder(subject(idB), 1, now);
    fake.state.storage.set('something-else', 1);
    await cancelReminder(idA);
    expect([...fake.state.alarms.keys()]).toEqual([alarmNameOf(idB)]);
    expect([...fake.state.storage.keys()]).toEqual([alarmNameOf(idB), 'something-else']);
    await cancelAllReminders();
    expect(fake.state.alarms.size).toBe(0);
    expect([...fake.state.storage.keys()]).toEqual(['something-else']);
  });

  it('comes back after a restart that cleared the alarms', async () => {
    await scheduleReminder(subject(idA), 3, now);
    await scheduleReminder(subject(idB, '2026-12-04'), 3, now);
    fake.state.alarms.clear();
    await restoreReminders(now);
    expect(fake.state.alarms.get(alarmNameOf(idA))).toBe(nine(2026, 12, 28));
    expect(fake.state.alarms.get(alarmNameOf(idB))).toBe(now.getTime() + SOON_MS);
    // A restart after the frist has passed drops the reminder.
    fake.state.alarms.clear();
    await restoreReminders(new Date(2027, 0, 2, 10));
    expect(fake.state.alarms.size).toBe(0);
    expect(fake.state.storage.size).toBe(0);
  });

  it('shows one notification, in Danish, with the extension icon; a click opens the saved letter', async () => {
    await scheduleReminder(subject(), 3, now);
    await showReminder(alarmNameOf(idA), new Date(2026, 11, 28, 9));
    expect(fake.state.notifications.get(alarmNameOf(idA))).toEqual({
      type: 'basic',
      iconUrl: 'chrome-extension://brevtjek/reminder.png',
      title: 'Klagefrist om 3 dage',
      message: 'Brev fra Jobcenter Vejle: klag senest torsdag den 31. december 2026.',
      priority: 2,
    });
    // Not again after a restart.
    fake.state.notifications.clear();
    await restoreReminders(new Date(2026, 11, 28, 10));
    expect(fake.state.alarms.size).toBe(1); // the one already there; none added
    await showReminder(alarmNameOf(idA), new Date(2026, 11, 28, 10));
    expect(fake.state.notifications.size).toBe(0);

    await openReminder(alarmNameOf(idA));
    expect(fake.state.tabs).toEqual([`chrome-extension://brevtjek/viewer.html?saved=${idA}`]);
    await openReminder('brevtjek-page');
    expect(fake.state.tabs).toHaveLength(1);
  });

  it('shows nothing for an alarm whose reminder was cancelled', async () => {
    await scheduleReminder(subject(), 3, now);
    await cancelReminder(idA);
    await showReminder(alarmNameOf(idA), new Date(2026, 11, 28, 9));
    expect(fake.state.notifications.size).toBe(0);
  });
});

describe('choosing a reminder', () => {
  let db: InstanceType<typeof BrevtjekDb>;
  let letterId: string;
  beforeEach(async () => {
    db = new BrevtjekDb(`reminders-${Math.random()}`);
    const bytes = new TextEncoder().encode('Afgørelse om fradrag');
    letterId = await letterIdOf(bytes);
    const summary = { senderName: 'Jobcenter Vejle', label: 'Afgørelse', subject: null, date: '2026-11-28', klagefrist: '2026-12-31' };
    await saveLetter(db, { v: 2, id: letterId, name: 'brev.txt', format: 'text', bytes, received: null, sagId: null, summary, added: now.toISOString(), opened: now.toISOString(), reminder: null });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('saves the choice with the letter and sets the alarm; "Ingen påmindelse" clears both', async () => {
    await chooseReminder(db, subject(letterId), 7);
    expect((await loadLetter(db, letterId))?.reminder).toEqual({ daysBefore: 7 });
    expect(fake.state.alarms.has(alarmNameOf(letterId))).toBe(true);
    await chooseReminder(db, subject(letterId), null);
    expect((await loadLetter(db, letterId))?.reminder).toBeNull();
    expect(fake.state.alarms.size).toBe(0);
    expect(fake.state.storage.size).toBe(0);
  });

  it('sets no alarm for a letter that is not saved', async () => {
    await expect(chooseReminder(db, subject(idB), 3)).rejects.toThrow();
    expect(fake.state.alarms.size).toBe(0);
  });
});
