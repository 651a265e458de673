import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrevtjekDb } from '../../lib/storage/db';
import {
  checklistOf,
  draftOf,
  forgetAll,
  forgetLetter,
  letterIdOf,
  listLetters,
  loadLetter,
  noteCounts,
  notesOf,
  putChecklist,
  putDraft,
  putNote,
  saveLetter,
} from '../../lib/storage/letterStore';
import type { Note, SavedLetter } from '../../lib/storage/records';
import { SaveQueue } from '../../lib/storage/saveQueue';

const now = '2026-12-02T10:00:00.000Z';

async function letter(text: string, opened = now): Promise<SavedLetter> {
  const bytes = new TextEncoder().encode(text);
  return {
    v: 2,
    id: await letterIdOf(bytes),
    name: 'brev.txt',
    format: 'text',
    bytes,
    received: '2026-11-30',
    sagId: null,
    summary: { senderName: 'Jobcenter Vejle', label: 'Afgørelse', subject: 'Afgørelse om fradrag', date: '2026-11-28', klagefrist: '2026-12-28' },
    added: now,
    opened,
    reminder: null,
  };
}

const note = (id: string, letterId: string, start: number): Note => ({
  v: 1,
  id,
  letterId,
  anchor: { exact: 'ord', prefix: '', suffix: '', start, end: start + 3 },
  tag: 'uenig',
  text: `note ${id}`,
  created: now,
  updated: now,
});

describe('storage', () => {
  let db: BrevtjekDb;
  beforeEach(() => {
    db = new BrevtjekDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keys a letter by the SHA-256 of its bytes', async () => {
    expect(await letterIdOf(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('keeps a letter with its bytes and lists the newest opened first', async () => {
    const a = await letter('Brev A', '2026-12-01T10:00:00.000Z');
    const b = await letter('Brev B', '2026-12-02T10:00:00.000Z');
    await saveLetter(db, a);
    await saveLetter(db, b);
    const back = await loadLetter(db, a.id);
    expect(new TextDecoder().decode(back?.bytes)).toBe('Brev A');
    expect((await listLetters(db)).map((l) => l.id)).toEqual([b.id, a.id]);
  });

  it('leaves out a record that does not fit its schema instead of showing it half-read', async () => {
    const a = await letter('Brev A');
    await saveLetter(db, a);
    await db.letters.put({ ...a, id: 'f'.repeat(64), summary: { label: 3 } } as unknown as SavedLetter);
    expect((await listLetters(db)).map((l) => l.id)).toEqual([a.id]);
    expect(await loadLetter(db, 'f'.repeat(64))).toBeNull();
  });

  it('deletes a letter with its notes, checklist and draft, and nothing of another letter', async () => {
    const a = await letter('Brev A');
    const b = await letter('Brev B');
    await saveLetter(db, a);
    await saveLetter(db, b);
    await putNote(db, note('n1', a.id, 5));
    await putNote(db, note('n2', b.id, 1));
    await putChecklist(db, { v: 1, letterId: a.id, points: { klagefrist: { done: true, comment: '' } }, own: [], updated: now });
    await putDraft(db, { v: 1, letterId: a.id, text: 'Jeg klager', requests: [], updated: now });
    await forgetLetter(db, a.id);
    expect(await loadLetter(db, a.id)).toBeNull();
    expect(await notesOf(db, a.id)).toEqual([]);
    expect(await checklistOf(db, a.id)).toBeNull();
    expect(await draftOf(db, a.id)).toBeNull();
    expect((await notesOf(db, b.id)).map((n) => n.id)).toEqual(['n2']);
    await forgetAll(db);
    expect(await listLetters(db)).toEqual([]);
    expect(await notesOf(db, b.id)).toEqual([]);
  });

  it('gives notes in the order of the letter and counts them per letter', async () => {
    const a = await letter('Brev A');
    await putNote(db, note('late', a.id, 90));
    await putNote(db, note('early', a.id, 10));
    expect((await notesOf(db, a.id)).map((n) => n.id)).toEqual(['early', 'late']);
    expect((await noteCounts(db)).get(a.id)).toBe(2);
  });

  it('keeps letters apart by Sag, sorted by name', async () => {
    const { listSager, moveToSag, putSag } = await import('../../lib/storage/letterStore');
    const a = await letter('Brev A');
    await saveLetter(db, a);
    await putSag(db, { v: 1, id: 's2', name: 'Ørsted', created: now });
    await putSag(db, { v: 1, id: 's1', name: 'Andersen', created: now });
    await moveToSag(db, a.id, 's2');
    expect((await listSager(db)).map((s) => s.name)).toEqual(['Andersen', 'Ørsted']);
    expect((await loadLetter(db, a.id))?.sagId).toBe('s2');
    await moveToSag(db, a.id, null);
    expect((await loadLetter(db, a.id))?.sagId).toBeNull();
  });

  it('refuses to write a record that breaks its schema', async () => {
    const a = await letter('Brev A');
    await expect(putDraft(db, { v: 1, letterId: a.id, text: 'x', requests: ['noget andet'], updated: now } as never)).rejects.toThrow();
    expect(await draftOf(db, a.id)).toBeNull();
  });
});

describe('SaveQueue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the newest value while the disk is full, says so in Danish, and writes it when it can', async () => {
    vi.useFakeTimers();
    const disk: string[] = [];
    let full = true;
    const write = (value: string) => async () => {
      if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      disk.push(value);
    };
    const queue = new SaveQueue([1000]);
    const seen: string[] = [];
    queue.onStatus((s) => seen.push(s.state));
    queue.save('draft', write('første'));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.status).toMatchObject({ state: 'failed' });
    expect(queue.status.state === 'failed' && queue.status.message).toMatch(/ikke mere plads/);
    expect(queue.unsaved).toBe(true);
    queue.save('draft', write('anden'));
    full = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(disk).toEqual(['anden']);
    expect(queue.status).toEqual({ state: 'saved' });
    expect(queue.unsaved).toBe(false);
    expect(seen).toContain('failed');
  });

  it('drops what is still queued when the letter is to be forgotten', async () => {
    vi.useFakeTimers();
    const disk: string[] = [];
    let full = true;
    const queue = new SaveQueue([1000]);
    queue.save('note:1', async () => {
      if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      disk.push('note');
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.unsaved).toBe(true);
    queue.discard();
    full = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk).toEqual([]);
    expect(queue.unsaved).toBe(false);
    expect(queue.status).toEqual({ state: 'saved' });
  });

  it('writes each key once, the newest value', async () => {
    const disk: string[] = [];
    const queue = new SaveQueue();
    queue.save('a', async () => void disk.push('a1'));
    queue.save('a', async () => void disk.push('a2'));
    queue.save('b', async () => void disk.push('b1'));
    await queue.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(disk.filter((d) => d.startsWith('a')).at(-1)).toBe('a2');
    expect(disk).toContain('b1');
    expect(queue.unsaved).toBe(false);
  });
});

describe('Mine breve order', () => {
  it('puts open klagefrister first, nearest first, then the rest by when they were opened', async () => {
    const { byNearestFrist } = await import('../../lib/storage/letterOrder');
    const at = (id: string, klagefrist: string | null, opened: string) =>
      ({ id, opened, summary: { senderName: null, label: 'Afgørelse', subject: null, date: null, klagefrist } }) as unknown as SavedLetter;
    const letters = [
      at('passed', '2026-11-01', '2026-12-01T09:00:00.000Z'),
      at('late', '2026-12-20', '2026-11-01T09:00:00.000Z'),
      at('none', null, '2026-11-30T09:00:00.000Z'),
      at('soon', '2026-12-05', '2026-10-01T09:00:00.000Z'),
    ];
    expect([...letters].sort((a, b) => byNearestFrist(a, b, '2026-12-02')).map((l) => l.id)).toEqual(['soon', 'late', 'passed', 'none']);
  });
});
