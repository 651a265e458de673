import { z } from 'zod';
import { CASE_FORMAT, CASE_VERSION, CaseFile, CaseFileError, MAX_FILE_BYTES, checkCaseFile, encryptCase } from './caseFile';
import type { BrevtjekDb } from './db';
import { readRecord, type CurrentRecord, type RecordKind } from './migrations';
import type { ChecklistState, KlageDraft, Note, Sag, SavedLetter } from './records';

/**
 * Moving a case between computers: `exportCase` writes the file, `planImport` says what reading
 * it in would do, `applyImport` does it in one transaction. What is on this computer is never
 * overwritten unless the user chose so; the default keeps it.
 */

export { CaseFileError, readCaseFile, type CaseFile, type CaseFileErrorCode } from './caseFile';

/** One file with these letters, their notes, checklists, drafts and Sager; locked if a passphrase is given. */
export async function exportCase(db: BrevtjekDb, letterIds: string[], options: { passphrase?: string } = {}): Promise<Uint8Array> {
  if (options.passphrase !== undefined && !options.passphrase) throw new CaseFileError('empty-passphrase');
  const ids = [...new Set(letterIds)];
  const rows = await db.transaction('r', [db.letters, db.notes, db.checklists, db.drafts, db.sager], async () => {
    const letters = await db.letters.bulkGet(ids);
    const sagIds = [...new Set(letters.flatMap((l) => (l?.sagId ? [l.sagId] : [])))];
    return {
      letters,
      notes: await db.notes.where('letterId').anyOf(ids).toArray(),
      checklists: await db.checklists.bulkGet(ids),
      drafts: await db.drafts.bulkGet(ids),
      sager: await db.sager.bulkGet(sagIds),
    };
  });
  const valid = <K extends RecordKind>(kind: K, list: unknown[]): CurrentRecord<K>[] =>
    list.flatMap((r) => {
      const record = readRecord(kind, r); // a missing or unreadable record is left out, as letterStore does
      return record ? [record] : [];
    });
  const letters = valid('letters', rows.letters);
  if (letters.length !== ids.length) throw new CaseFileError('letter-unavailable');
  const sager = valid('sager', rows.sager);
  const known = new Set(sager.map((s) => s.id));
  const file: CaseFile = {
    format: CASE_FORMAT,
    version: CASE_VERSION,
    created: new Date().toISOString(),
    // A letter whose Sag is gone from this computer travels without one.
    letters: letters.map((l) => (l.sagId !== null && !known.has(l.sagId) ? { ...l, sagId: null } : l)),
    notes: valid('notes', rows.notes),
    checklists: valid('checklists', rows.checklists),
    drafts: valid('drafts', rows.drafts),
    sager,
  };
  try {
    await checkCaseFile(file); // never write a file that Brevtjek would refuse to read
  } catch (e) {
    throw e instanceof CaseFileError && e.code === 'bytes-mismatch' ? new CaseFileError('letter-unavailable', e.detail) : e;
  }
  const json = new TextEncoder().encode(JSON.stringify(z.encode(CaseFile, file)));
  if (json.byteLength > MAX_FILE_BYTES) throw new CaseFileError('case-too-large');
  const out = options.passphrase ? await encryptCase(json, options.passphrase) : json;
  // Locking writes the JSON as base64, a third larger; a file Brevtjek cannot read back is never made.
  if (out.byteLength > MAX_FILE_BYTES) throw new CaseFileError('case-too-large');
  return out;
}

/** A letter as a view names it in the plan. */
export interface LetterRef {
  id: string;
  name: string;
  subject: string | null;
  date: string | null;
}

/**
 * The same record on both computers, different. `mine` is null when the record on this
 * computer can no longer be read. `key` names the conflict in `ImportChoices.byConflict`.
 */
export type ImportConflict =
  | { key: string; kind: 'letter'; letter: LetterRef; mine: null; theirs: SavedLetter }
  | { key: string; kind: 'note'; letter: LetterRef; mine: Note | null; theirs: Note }
  | { key: string; kind: 'checklist'; letter: LetterRef; mine: ChecklistState | null; theirs: ChecklistState }
  | { key: string; kind: 'draft'; letter: LetterRef; mine: KlageDraft | null; theirs: KlageDraft }
  | { key: string; kind: 'sag'; mine: Sag | null; theirs: Sag };

export interface ImportPlan {
  /** Letters this computer does not have. */
  newLetters: LetterRef[];
  /** Letters this computer has already (the same bytes); they stay as they are here. */
  presentLetters: LetterRef[];
  /** How many records importing adds, by kind. */
  adds: { letters: number; notes: number; checklists: number; drafts: number; sager: number };
  /** Records that are the same on both computers, so importing leaves them be. */
  same: number;
  conflicts: ImportConflict[];
}

export const ConflictChoice = z.enum(['keep-mine', 'take-theirs', 'keep-both']);
/** 'keep-both' gives an imported note a new id; a checklist, draft, letter or Sag has one place, so it keeps mine. */
export type ConflictChoice = z.infer<typeof ConflictChoice>;
export interface ImportChoices {
  /** For every conflict; 'keep-mine' when not given. */
  conflicts?: ConflictChoice;
  /** For one conflict, by its key; wins over `conflicts`. */
  byConflict?: Record<string, ConflictChoice>;
}

/** Keys in a fixed order, so two records with the same content compare equal. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Uint8Array) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x,
  );

type Fresh = { letters: SavedLetter[]; notes: Note[]; checklists: ChecklistState[]; drafts: KlageDraft[]; sager: Sag[] };

/** Sorts the file's records of one kind against this computer's: new, the same, or differing. */
async function sortRecords<K extends RecordKind, T extends CurrentRecord<K>>(table: { bulkGet(keys: string[]): PromiseLike<unknown[]> }, kind: K, theirs: T[], keyOf: (r: T) => string, isSame = (mine: T, r: T) => canonical(mine) === canonical(r)) {
  const local = await table.bulkGet(theirs.map(keyOf));
  const out = { fresh: [] as T[], same: 0, differ: [] as { mine: T | null; theirs: T }[] };
  theirs.forEach((r, i) => {
    const row = local[i];
    if (row === undefined) return void out.fresh.push(r);
    const mine = readRecord(kind, row) as T | null; // null: unreadable here
    if (mine !== null && isSame(mine, r)) out.same++;
    else out.differ.push({ mine, theirs: r });
  });
  return out;
}

async function planWithin(db: BrevtjekDb, file: CaseFile): Promise<{ plan: ImportPlan; fresh: Fresh }> {
  const refs = new Map(file.letters.map((l) => [l.id, { id: l.id, name: l.name, subject: l.summary.subject, date: l.summary.date }]));
  const ref = (letterId: string): LetterRef => refs.get(letterId)!;
  // A letter with the same id has the same bytes: the one here stays as it is, unless it can no longer be read.
  // A reminder is an alarm in the browser that set it, so a letter comes in without one.
  const incoming = file.letters.map((l): SavedLetter => ({ ...l, reminder: null }));
  const letters = await sortRecords(db.letters, 'letters', incoming, (l) => l.id, () => true);
  const notes = await sortRecords(db.notes, 'notes', file.notes, (n) => n.id);
  const checklists = await sortRecords(db.checklists, 'checklists', file.checklists, (s) => s.letterId);
  const drafts = await sortRecords(db.drafts, 'drafts', file.drafts, (d) => d.letterId);
  const sager = await sortRecords(db.sager, 'sager', file.sager, (s) => s.id);
  const fresh: Fresh = { letters: letters.fresh, notes: notes.fresh, checklists: checklists.fresh, drafts: drafts.fresh, sager: sager.fresh };
  const isFresh = new Set(letters.fresh.map((l) => l.id));
  const conflicts: ImportConflict[] = [
    ...letters.differ.map(({ theirs }) => ({ key: `letter:${theirs.id}`, kind: 'letter' as const, letter: ref(theirs.id), mine: null, theirs })),
    ...notes.differ.map(({ mine, theirs }) => ({ key: `note:${theirs.id}`, kind: 'note' as const, letter: ref(theirs.letterId), mine, theirs })),
    ...checklists.differ.map(({ mine, theirs }) => ({ key: `checklist:${theirs.letterId}`, kind: 'checklist' as const, letter: ref(theirs.letterId), mine, theirs })),
    ...drafts.differ.map(({ mine, theirs }) => ({ key: `draft:${theirs.letterId}`, kind: 'draft' as const, letter: ref(theirs.letterId), mine, theirs })),
    ...sager.differ.map(({ mine, theirs }) => ({ key: `sag:${theirs.id}`, kind: 'sag' as const, mine, theirs })),
  ];
  const plan: ImportPlan = {
    newLetters: file.letters.filter((l) => isFresh.has(l.id)).map((l) => ref(l.id)),
    presentLetters: file.letters.filter((l) => !isFresh.has(l.id)).map((l) => ref(l.id)),
    adds: { letters: fresh.letters.length, notes: fresh.notes.length, checklists: fresh.checklists.length, drafts: fresh.drafts.length, sager: fresh.sager.length },
    same: letters.same + notes.same + checklists.same + drafts.same + sager.same,
    conflicts,
  };
  return { plan, fresh };
}

async function takeTheirs(db: BrevtjekDb, c: ImportConflict): Promise<void> {
  if (c.kind === 'letter') await db.letters.put(c.theirs);
  else if (c.kind === 'note') await db.notes.put(c.theirs);
  else if (c.kind === 'checklist') await db.checklists.put(c.theirs);
  else if (c.kind === 'draft') await db.drafts.put(c.theirs);
  else await db.sager.put(c.theirs);
}

/** What importing the file would do; changes nothing. */
export async function planImport(db: BrevtjekDb, file: CaseFile): Promise<ImportPlan> {
  const checked = await checkCaseFile(file);
  return db.transaction('r', [db.letters, db.notes, db.checklists, db.drafts, db.sager], async () => (await planWithin(db, checked)).plan);
}

/**
 * Imports the file in one transaction: adds what is new and settles each conflict as chosen,
 * keeping what is on this computer by default. The file is checked first, so a file that is
 * refused changes nothing.
 */
export async function applyImport(db: BrevtjekDb, file: CaseFile, choices: ImportChoices = {}): Promise<{ added: number; updated: number; kept: number }> {
  const checked = await checkCaseFile(file);
  const fallback = ConflictChoice.parse(choices.conflicts ?? 'keep-mine');
  const byConflict = z.record(z.string(), ConflictChoice).parse(choices.byConflict ?? {});
  return db.transaction('rw', [db.letters, db.notes, db.checklists, db.drafts, db.sager], async () => {
    const { plan, fresh } = await planWithin(db, checked);
    await db.letters.bulkAdd(fresh.letters);
    await db.notes.bulkAdd(fresh.notes);
    await db.checklists.bulkAdd(fresh.checklists);
    await db.drafts.bulkAdd(fresh.drafts);
    await db.sager.bulkAdd(fresh.sager);
    const result = { added: Object.values(fresh).reduce((sum, rows) => sum + rows.length, 0), updated: 0, kept: 0 };
    for (const c of plan.conflicts) {
      const choice = byConflict[c.key] ?? fallback;
      if (choice === 'take-theirs') {
        await takeTheirs(db, c);
        result.updated++;
      } else if (choice === 'keep-both' && c.kind === 'note') {
        await db.notes.add({ ...c.theirs, id: crypto.randomUUID() });
        result.added++;
      } else {
        result.kept++;
      }
    }
    return result;
  });
}
