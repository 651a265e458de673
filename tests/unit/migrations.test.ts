import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../lib/extension/codec';
import { CASE_VERSION, CaseFileError, encryptCase, readCaseFile } from '../../lib/storage/caseFile';
import { BrevtjekDb } from '../../lib/storage/db';
import { checklistOf, draftOf, letterIdOf, listLetters, listSager, loadLetter, notesOf, saveLetter } from '../../lib/storage/letterStore';
import { currentVersion, isNewer, letterV1ToV2, migrate, readRecord } from '../../lib/storage/migrations';
import type { ChecklistState, KlageDraft, Note, Sag, SavedLetter, SavedLetterV1 } from '../../lib/storage/records';
import { applyImport, exportCase } from '../../lib/storage/transfer';

// An old-version database and an old-version case file open with nothing lost.
const now = '2026-12-02T10:00:00.000Z';
const enc = new TextEncoder();
const dec = new TextDecoder();

/** The stores exactly as version 1 of BrevtjekDb declared them. */
const V1_STORES = { letters: 'id, opened, sagId', notes: 'id, letterId', checklists: 'letterId', drafts: 'letterId', sager: 'id' };

async function letterV1(text: string, sagId: string | null = null): Promise<SavedLetterV1> {
  const bytes = enc.encode(text);
  return {
    v: 1,
    id: await letterIdOf(bytes),
    name: `${text.slice(0, 8)}.txt`,
    format: 'text',
    bytes,
    received: '2026-11-30',
    sagId,
    summary: { senderName: 'Jobcenter Vejle', label: 'Afgørelse', subject: 'Afgørelse om fradrag', date: '2026-11-28', klagefrist: '2026-12-28' },
    added: now,
    opened: now,
  };
}

const sag: Sag = { v: 1, id: 'sag-anna', name: 'Anna', created: now };
const note = (id: string, letterId: string): Note => ({ v: 1, id, letterId, anchor: { exact: 'fradrag', prefix: 'om ', suffix: ' i', start: 14, end: 21 }, tag: 'uenig', text: `note ${id}`, created: now, updated: now });
const checklist = (letterId: string): ChecklistState => ({ v: 1, letterId, points: { begrundelse: { done: true, comment: 'mangler § 11' } }, own: [{ id: 'egen-1', title: 'Ring til a-kassen', done: false, comment: '' }], updated: now });
const draft = (letterId: string): KlageDraft => ({ v: 1, letterId, text: 'Jeg klager over afgørelsen.', requests: ['aktindsigt'], updated: now });

interface OldData {
  letters: SavedLetterV1[];
  notes: Note[];
  checklists: ChecklistState[];
  drafts: KlageDraft[];
  sager: Sag[];
}

async function oldData(): Promise<OldData> {
  const a = await letterV1('Afgørelse om fradrag i din kontanthjælp', sag.id);
  const b = await letterV1('Indkaldelse til samtale om dit jobforløb');
  return { letters: [a, b], notes: [note('n1', a.id), note('n2', b.id)], checklists: [checklist(a.id)], drafts: [draft(a.id)], sager: [sag] };
}

/** A database as version 1 of Brevtjek made and filled it. */
async function writeV1Database(name: string, data: OldData, extra: { letters?: unknown[] } = {}): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  await old.table('letters').bulkPut([...data.letters, ...(extra.letters ?? [])]);
  await old.table('notes').bulkPut(data.notes);
  await old.table('checklists').bulkPut(data.checklists);
  await old.table('drafts').bulkPut(data.drafts);
  await old.table('sager').bulkPut(data.sager);
  old.close();
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));

/** A case file as version 1 of Brevtjek wrote it. */
function caseFileV1(data: OldData): Uint8Array {
  const json = { format: 'brevtjek-sag', version: 1, created: now, ...data, letters: data.letters.map((l) => ({ ...l, bytes: bytesToBase64(l.bytes) })) };
  return enc.encode(JSON.stringify(json));
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CaseFileError);
  return (e as CaseFileError).code;
}

describe('record migrations', () => {
  it('v1 → v2: a letter gets no reminder, and every other field stays as it was', async () => {
    const [a] = (await oldData()).letters;
    const v2 = letterV1ToV2(a!);
    expect(v2).toEqual({ ...a, v: 2, reminder: null });
    expect(v2.bytes).toBe(a!.bytes);
    expect(readRecord('letters', a)).toEqual(v2);
  });

  it('leaves a current record as it is, and reads records still at version 1 unchanged', async () => {
    const data = await oldData();
    const current: SavedLetter = letterV1ToV2(data.letters[0]!);
    expect(migrate('letters', current)).toBe(current);
    expect(readRecord('notes', data.notes[0])).toEqual(data.notes[0]);
    expect(readRecord('sager', sag)).toEqual(sag);
    expect(currentVersion('letters')).toBe(2);
    expect(currentVersion('notes')).toBe(1);
  });

  it('hands a record that does not fit its old shape back untouched, for the current schema to refuse', async () => {
    const broken = { ...(await oldData()).letters[0]!, summary: { label: 3 } };
    expect(migrate('letters', broken)).toBe(broken);
    expect(readRecord('letters', broken)).toBeNull();
  });

  it('tells a record from a newer Brevtjek, and does not read it', async () => {
    const future = { ...letterV1ToV2((await oldData()).letters[0]!), v: 3, somethingNew: true };
    expect(isNewer('letters', future)).toBe(true);
    expect(isNewer('letters', { v: 2 })).toBe(false);
    expect(isNewer('notes', { v: 2 })).toBe(true);
    expect(readRecord('letters', future)).toBeNull();
  });
});

describe('a version 1 database', () => {
  let name: string;
  let db: BrevtjekDb | null;
  beforeEach(() => {
    name = `old-${Math.random()}`;
    db = null;
  });
  afterEach(async () => {
    if (db) await db.delete();
    else await Dexie.delete(name);
  });

  it('opens with every record there, letters at v2 with no reminder and all other fields identical', async () => {
    const data = await oldData();
    await writeV1Database(name, data);
    db = new BrevtjekDb(name);
    await db.open();
    expect(db.verno).toBe(3); // 3: the Citat-tjek statements (tests/unit/citatStorage.test.ts)
    const letters = byId(await db.letters.toArray());
    expect(letters).toEqual(byId(data.letters.map((l) => ({ ...l, v: 2, reminder: null }))));
    for (const l of letters) expect(l.bytes).toEqual(data.letters.find((o) => o.id === l.id)?.bytes);
    expect(byId(await db.notes.toArray())).toEqual(byId(data.notes));
    expect(await db.checklists.toArray()).toEqual(data.checklists);
    expect(await db.drafts.toArray()).toEqual(data.drafts);
    expect(await db.sager.toArray()).toEqual(data.sager);

    // And the views read them as before.
    const [a, b] = data.letters as [SavedLetterV1, SavedLetterV1];
    expect((await listLetters(db)).map((l) => l.id).sort()).toEqual([a.id, b.id].sort());
    expect((await loadLetter(db, a.id))?.reminder).toBeNull();
    expect((await notesOf(db, a.id)).map((n) => n.id)).toEqual(['n1']);
    expect(await checklistOf(db, a.id)).toEqual(data.checklists[0]);
    expect(await draftOf(db, a.id)).toEqual(data.drafts[0]);
    expect(await listSager(db)).toEqual([sag]);
  });

  it('keeps a letter it cannot read as it was, rather than dropping it', async () => {
    const data = await oldData();
    const broken = { ...data.letters[0]!, id: 'f'.repeat(64), summary: { label: 3 } };
    await writeV1Database(name, data, { letters: [broken] });
    db = new BrevtjekDb(name);
    expect(await db.letters.get(broken.id)).toEqual(broken);
    expect((await listLetters(db)).map((l) => l.id)).not.toContain(broken.id);
  });

  it('opens a second time without changing anything', async () => {
    const data = await oldData();
    await writeV1Database(name, data);
    const first = new BrevtjekDb(name);
    const once = await first.letters.toArray();
    first.close();
    db = new BrevtjekDb(name);
    expect(await db.letters.toArray()).toEqual(once);
  });

  it('still reads a v1 letter written after the upgrade (an old tab still open)', async () => {
    db = new BrevtjekDb(name);
    const [a] = (await oldData()).letters;
    await db.letters.put(a as unknown as SavedLetter);
    expect(await loadLetter(db, a!.id)).toEqual({ ...a, v: 2, reminder: null });
  });
});

describe('a case file from version 1', () => {
  let db: BrevtjekDb;
  beforeEach(() => {
    db = new BrevtjekDb(`case-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('imports, letters at v2 with no reminder and everything else identical', async () => {
    const data = await oldData();
    const file = await readCaseFile(caseFileV1(data));
    expect(file.version).toBe(CASE_VERSION);
    expect(await applyImport(db, file)).toEqual({ added: 7, updated: 0, kept: 0 });
    expect(byId(await db.letters.toArray())).toEqual(byId(data.letters.map((l) => ({ ...l, v: 2, reminder: null }))));
    expect(byId(await db.notes.toArray())).toEqual(byId(data.notes));
    expect(await db.checklists.toArray()).toEqual(data.checklists);
    expect(await db.drafts.toArray()).toEqual(data.drafts);
    expect(await db.sager.toArray()).toEqual(data.sager);
  });

  it('imports when locked with a passphrase', async () => {
    const data = await oldData();
    const locked = JSON.parse(dec.decode(await encryptCase(caseFileV1(data), 'hemmelig')));
    const v1 = enc.encode(JSON.stringify({ ...locked, version: 1 }));
    const file = await readCaseFile(v1, 'hemmelig');
    expect(file.letters.map((l) => [l.v, l.reminder])).toEqual([
      [2, null],
      [2, null],
    ]);
  });

  it('refuses a file or a record of a version newer than this Brevtjek, with the Danish message', async () => {
    const data = await oldData();
    const json = JSON.parse(dec.decode(caseFileV1(data)));
    const future = { ...json, version: CASE_VERSION, letters: [{ ...json.letters[0], v: 3 }, json.letters[1]] };
    const e = await readCaseFile(enc.encode(JSON.stringify(future))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CaseFileError);
    expect((e as CaseFileError).code).toBe('newer-version');
    expect((e as CaseFileError).message).toBe('Filen er lavet med en nyere udgave af Brevtjek. Opdatér Brevtjek, og prøv igen.');
    expect((e as CaseFileError).detail).toBe('letters.0.v');
    expect(await codeOf(readCaseFile(enc.encode(JSON.stringify({ ...json, notes: [{ ...json.notes[0], v: 2 }, json.notes[1]] }))))).toBe('newer-version');
    expect(await codeOf(readCaseFile(enc.encode(JSON.stringify({ ...json, version: CASE_VERSION + 1 }))))).toBe('newer-version');
  });

  it('still refuses a v1 letter that breaks its schema', async () => {
    const data = await oldData();
    const json = JSON.parse(dec.decode(caseFileV1(data)));
    json.letters[1].received = 'i går';
    expect(await codeOf(readCaseFile(enc.encode(JSON.stringify(json))))).toBe('invalid-record');
  });

  it('brings in a letter without the reminder set on the other computer', async () => {
    const other = new BrevtjekDb(`other-${Math.random()}`);
    try {
      const [a] = (await oldData()).letters;
      await saveLetter(other, { ...letterV1ToV2(a!), reminder: { daysBefore: 3 } });
      await applyImport(db, await readCaseFile(await exportCase(other, [a!.id])));
      expect((await loadLetter(db, a!.id))?.reminder).toBeNull();
    } finally {
      await other.delete();
    }
  });
});
