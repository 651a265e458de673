import type { BrevtjekDb } from './db';
import { readRecord, type CurrentRecord, type RecordKind } from './migrations';
import { ChecklistState, KlageDraft, Note, Sag, SavedLetter, SavedStatement, Reminder, type LetterId } from './records';

/** A letter's key: the SHA-256 of its bytes, in hex. The same letter from another copy gets the same key. */
export async function letterIdOf(bytes: Uint8Array): Promise<LetterId> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Records of an older version are brought up to date; those that fit no schema are left out, never shown half-read. */
function valid<K extends RecordKind>(kind: K, rows: unknown[]): CurrentRecord<K>[] {
  return rows.flatMap((r) => {
    const record = readRecord(kind, r);
    return record ? [record] : [];
  });
}

export async function saveLetter(db: BrevtjekDb, letter: SavedLetter): Promise<void> {
  await db.letters.put(SavedLetter.parse(letter));
}

export async function loadLetter(db: BrevtjekDb, id: string): Promise<SavedLetter | null> {
  return readRecord('letters', await db.letters.get(id));
}

/** Every saved letter, newest opened first. */
export async function listLetters(db: BrevtjekDb): Promise<SavedLetter[]> {
  return valid('letters', await db.letters.orderBy('opened').reverse().toArray());
}

/** Keeps the reminder the user chose for a letter's klagefrist (null: none). */
export async function setReminder(db: BrevtjekDb, letterId: string, reminder: Reminder | null): Promise<void> {
  const updated = await db.letters.update(letterId, { reminder: Reminder.nullable().parse(reminder) });
  if (updated === 0) throw new Error('the letter is not saved');
}

/** Deletes a letter and everything about it: notes, checklist, klage draft, the statements checked against it. */
export async function forgetLetter(db: BrevtjekDb, id: string): Promise<void> {
  await db.transaction('rw', [db.letters, db.notes, db.checklists, db.drafts, db.statements], async () => {
    await db.letters.delete(id);
    await db.notes.where('letterId').equals(id).delete();
    await db.checklists.delete(id);
    await db.drafts.delete(id);
    await db.statements.where('letterId').equals(id).delete();
  });
}

/** Deletes everything Brevtjek has saved. */
export async function forgetAll(db: BrevtjekDb): Promise<void> {
  await db.transaction('rw', [db.letters, db.notes, db.checklists, db.drafts, db.sager, db.statements], async () => {
    await Promise.all([db.letters.clear(), db.notes.clear(), db.checklists.clear(), db.drafts.clear(), db.sager.clear(), db.statements.clear()]);
  });
}

export async function notesOf(db: BrevtjekDb, letterId: string): Promise<Note[]> {
  const rows = await db.notes.where('letterId').equals(letterId).toArray();
  return valid('notes', rows).sort((a, b) => (a.anchor?.start ?? -1) - (b.anchor?.start ?? -1) || a.created.localeCompare(b.created));
}

export async function putNote(db: BrevtjekDb, note: Note): Promise<void> {
  await db.notes.put(Note.parse(note));
}

export async function deleteNote(db: BrevtjekDb, id: string): Promise<void> {
  await db.notes.delete(id);
}

export async function checklistOf(db: BrevtjekDb, letterId: string): Promise<ChecklistState | null> {
  return readRecord('checklists', await db.checklists.get(letterId));
}

export async function putChecklist(db: BrevtjekDb, state: ChecklistState): Promise<void> {
  await db.checklists.put(ChecklistState.parse(state));
}

export async function draftOf(db: BrevtjekDb, letterId: string): Promise<KlageDraft | null> {
  return readRecord('drafts', await db.drafts.get(letterId));
}

export async function putDraft(db: BrevtjekDb, draft: KlageDraft): Promise<void> {
  await db.drafts.put(KlageDraft.parse(draft));
}

/** The medical statements a letter's quotes were checked against (Citat-tjek), first added first; one that cannot be read is left out. */
export async function statementsOf(db: BrevtjekDb, letterId: string): Promise<SavedStatement[]> {
  const rows = await db.statements.where('letterId').equals(letterId).toArray();
  return valid('statements', rows).sort((a, b) => a.added.localeCompare(b.added) || a.id.localeCompare(b.id));
}

export async function putStatement(db: BrevtjekDb, statement: SavedStatement): Promise<void> {
  await db.statements.put(SavedStatement.parse(statement));
}

export async function deleteStatement(db: BrevtjekDb, id: string): Promise<void> {
  await db.statements.delete(id);
}

/** How many notes each letter has, for the list of letters. */
export async function noteCounts(db: BrevtjekDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.notes.each((n) => counts.set(n.letterId, (counts.get(n.letterId) ?? 0) + 1));
  return counts;
}

/** The people a bisidder keeps letters for, by name. */
export async function listSager(db: BrevtjekDb): Promise<Sag[]> {
  return valid('sager', await db.sager.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export async function putSag(db: BrevtjekDb, sag: Sag): Promise<void> {
  await db.sager.put(Sag.parse(sag));
}

/** Puts a letter in a Sag (or in none), so several people's letters never mix. */
export async function moveToSag(db: BrevtjekDb, letterId: string, sagId: string | null): Promise<void> {
  await db.letters.update(letterId, { sagId });
}
