import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrevtjekDb } from '../../lib/storage/db';
import {
  checklistOf,
  deleteStatement,
  forgetAll,
  forgetLetter,
  letterIdOf,
  listLetters,
  loadLetter,
  notesOf,
  putStatement,
  statementsOf,
} from '../../lib/storage/letterStore';
import { currentVersion, isNewer, migrate, readRecord } from '../../lib/storage/migrations';
import { SavedStatement, type ChecklistState, type Note, type SavedLetter } from '../../lib/storage/records';
import { STATEMENT_TEXT } from '../fixtures/citat/checkFixture';

// Citat-tjek (issue 10, item 3): the doctor's statement is kept as text with the letter, in its own
// store (database version 3), so the check is there after a reload; an old database opens with
// nothing lost, and a statement that cannot be read never costs the letter.
const now = '2026-12-03T09:00:00.000Z';
const enc = new TextEncoder();

/** The stores exactly as version 2 of BrevtjekDb declared them. */
const V2_STORES = { letters: 'id, opened, sagId', notes: 'id, letterId', checklists: 'letterId', drafts: 'letterId', sager: 'id' };

async function letter(text: string): Promise<SavedLetter> {
  const bytes = enc.encode(text);
  return {
    v: 2,
    id: await letterIdOf(bytes),
    name: 'afgoerelse.txt',
    format: 'text',
    bytes,
    received: null,
    sagId: null,
    summary: { senderName: 'Jobcenter Frederikshavn', label: 'Afgørelse', subject: 'Afgørelse om fradrag', date: '2026-01-14', klagefrist: '2026-02-11' },
    added: now,
    opened: now,
    reminder: { daysBefore: 3 },
  };
}

const statement = (letterId: string, id = 'st-1', text = STATEMENT_TEXT): SavedStatement => ({
  v: 1,
  id,
  letterId,
  name: 'journal-t11.txt',
  text,
  ocr: false,
  pages: 1,
  added: now,
  updated: now,
});

const note = (letterId: string): Note => ({ v: 1, id: 'n1', letterId, anchor: null, tag: 'uenig', text: 'Lægen skriver mere end det.', created: now, updated: now });
const checklist = (letterId: string): ChecklistState => ({ v: 1, letterId, points: { laegecitat: { done: true, comment: 'Se journalen' } }, own: [], updated: now });

describe('a statement record', () => {
  it('is at version 1, and a record of a newer version is not read', async () => {
    const s = statement((await letter('a')).id);
    expect(currentVersion('statements')).toBe(1);
    expect(readRecord('statements', s)).toEqual(s);
    expect(migrate('statements', s)).toBe(s);
    expect(isNewer('statements', { ...s, v: 2 })).toBe(true);
    expect(readRecord('statements', { ...s, v: 2 })).toBeNull();
  });

  it('refuses an empty text, a foreign letter key or a missing field', async () => {
    const s = statement((await letter('a')).id);
    expect(SavedStatement.safeParse({ ...s, text: '' }).success).toBe(false);
    expect(SavedStatement.safeParse({ ...s, letterId: 'brev-1' }).success).toBe(false);
    const { ocr: _ocr, ...noOcr } = s;
    expect(SavedStatement.safeParse(noOcr).success).toBe(false);
    expect(readRecord('statements', 'not a record')).toBeNull();
  });
});

describe('statements with a letter', () => {
  let db: BrevtjekDb;
  beforeEach(() => {
    db = new BrevtjekDb(`citat-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps the text and gives it back after the database is opened again (a reload)', async () => {
    const l = await letter('Afgørelse om fradrag');
    const name = db.name;
    const s = statement(l.id);
    await putStatement(db, s);
    db.close();
    db = new BrevtjekDb(name);
    expect(await statementsOf(db, l.id)).toEqual([s]);
  });

  it('lists a letter’s statements first added first, and only that letter’s', async () => {
    const a = await letter('a');
    const b = await letter('b');
    await putStatement(db, { ...statement(a.id, 'later'), added: '2026-12-03T10:00:00.000Z' });
    await putStatement(db, statement(a.id, 'first'));
    await putStatement(db, statement(b.id, 'other'));
    expect((await statementsOf(db, a.id)).map((s) => s.id)).toEqual(['first', 'later']);
    await deleteStatement(db, 'first');
    expect((await statementsOf(db, a.id)).map((s) => s.id)).toEqual(['later']);
  });

  it('refuses to write a broken statement, and writes nothing', async () => {
    const l = await letter('a');
    await expect(putStatement(db, { ...statement(l.id), text: '' })).rejects.toThrow();
    expect(await db.statements.count()).toBe(0);
  });

  it('leaves out a statement it cannot read, keeps it on disk, and never loses the letter', async () => {
    const l = await letter('Afgørelse om fradrag');
    await db.letters.put(l);
    await putStatement(db, statement(l.id, 'good'));
    const broken = { ...statement(l.id, 'broken'), text: 42, pages: 'mange' };
    const future = { ...statement(l.id, 'future'), v: 7, somethingNew: true };
    await db.statements.bulkPut([broken as unknown as SavedStatement, future as unknown as SavedStatement, { id: 'junk', letterId: l.id } as unknown as SavedStatement]);
    expect((await statementsOf(db, l.id)).map((s) => s.id)).toEqual(['good']);
    expect(await db.statements.get('broken')).toEqual(broken);
    expect(await loadLetter(db, l.id)).toEqual(l);
    expect((await listLetters(db)).map((x) => x.id)).toEqual([l.id]);
  });

  it('is deleted with its letter ("Gem ikke dette brev", Slet) and with everything (Slet alt)', async () => {
    const a = await letter('a');
    const b = await letter('b');
    await db.letters.bulkPut([a, b]);
    await putStatement(db, statement(a.id, 'a1'));
    await putStatement(db, statement(a.id, 'a2'));
    await putStatement(db, statement(b.id, 'b1'));
    await forgetLetter(db, a.id);
    expect(await statementsOf(db, a.id)).toEqual([]);
    expect((await statementsOf(db, b.id)).map((s) => s.id)).toEqual(['b1']);
    await forgetAll(db);
    expect(await db.statements.count()).toBe(0);
  });
});

describe('a version 2 database', () => {
  let name: string;
  let db: BrevtjekDb | null;
  beforeEach(() => {
    name = `v2-${Math.random()}`;
    db = null;
  });
  afterEach(async () => {
    if (db) await db.delete();
    else await Dexie.delete(name);
  });

  /** A database as version 2 of Brevtjek made and filled it. */
  async function writeV2(rows: { letters: unknown[]; notes: Note[]; checklists: ChecklistState[] }) {
    const old = new Dexie(name);
    old.version(2).stores(V2_STORES);
    await old.open();
    await old.table('letters').bulkPut(rows.letters);
    await old.table('notes').bulkPut(rows.notes);
    await old.table('checklists').bulkPut(rows.checklists);
    old.close();
  }

  it('opens at version 3 with every record as it was, and an empty store for statements', async () => {
    const l = await letter('Afgørelse om fradrag i din ressourceforløbsydelse');
    const broken = { ...l, id: 'f'.repeat(64), summary: { label: 3 } };
    await writeV2({ letters: [l, broken], notes: [note(l.id)], checklists: [checklist(l.id)] });
    db = new BrevtjekDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.letters.get(l.id)).toEqual(l);
    // A letter this Brevtjek cannot read is kept on disk as it was.
    expect(await db.letters.get(broken.id)).toEqual(broken);
    expect(await loadLetter(db, l.id)).toEqual(l);
    expect(await notesOf(db, l.id)).toEqual([note(l.id)]);
    expect(await checklistOf(db, l.id)).toEqual(checklist(l.id));
    expect(await statementsOf(db, l.id)).toEqual([]);

    // And a statement is kept from now on.
    await putStatement(db, statement(l.id));
    expect((await statementsOf(db, l.id))[0]?.text).toBe(STATEMENT_TEXT);
  });

  it('opens a version 1 database straight to version 3', async () => {
    const l = await letter('a');
    const { reminder: _reminder, ...v1 } = { ...l, v: 1 };
    const old = new Dexie(name);
    old.version(1).stores(V2_STORES);
    await old.open();
    await old.table('letters').put(v1);
    old.close();
    db = new BrevtjekDb(name);
    expect(await loadLetter(db, l.id)).toEqual({ ...l, reminder: null });
    expect(db.verno).toBe(3);
    expect(await db.statements.count()).toBe(0);
  });
});
