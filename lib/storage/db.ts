import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { migrate, RECORD_KINDS } from './migrations';
import type { ChecklistState, KlageDraft, Note, Sag, SavedLetter, SavedStatement } from './records';

const STORES = {
  letters: 'id, opened, sagId',
  notes: 'id, letterId',
  checklists: 'letterId',
  drafts: 'letterId',
  sager: 'id',
};
/** 3: the medical statements the letters' quotes were checked against (Citat-tjek), by letter. */
const STORES_V3 = { ...STORES, statements: 'id, letterId' };

/**
 * Rewrites every record of an older version in its current shape (`migrations.ts`); the rest is left
 * alone. Only the stores of the version being upgraded to: a store a later version adds is not there yet.
 */
const migrateAll = (stores: Record<string, string>) => async (tx: Transaction): Promise<void> => {
  for (const kind of RECORD_KINDS.filter((k) => k in stores)) {
    await tx.table(kind).toCollection().modify((row: unknown, ref: { value: unknown }) => {
      const current = migrate(kind, row);
      if (current === row) return false;
      ref.value = current;
    });
  }
};

/**
 * Brevtjek's database in the browser's IndexedDB, on the user's own computer. Nothing in it
 * leaves the machine. A new version of a record shape gets a new `this.version(n)` with an
 * `upgrade` that calls `lib/storage/migrations.ts`, so an older database opens with nothing lost.
 */
export class BrevtjekDb extends Dexie {
  letters!: EntityTable<SavedLetter, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  checklists!: EntityTable<ChecklistState, 'letterId'>;
  drafts!: EntityTable<KlageDraft, 'letterId'>;
  sager!: EntityTable<Sag, 'id'>;
  statements!: EntityTable<SavedStatement, 'id'>;

  constructor(name = 'brevtjek') {
    super(name);
    this.version(1).stores(STORES);
    // 2: a letter gets `reminder`.
    this.version(2).stores(STORES).upgrade(migrateAll(STORES));
    // 3: a store for the statements checked with Citat-tjek; every record already there is kept as it is.
    this.version(3).stores(STORES_V3).upgrade(migrateAll(STORES_V3));
  }
}

let shared: BrevtjekDb | null = null;

/** The one database the viewer uses. */
export function database(): BrevtjekDb {
  shared ??= new BrevtjekDb();
  return shared;
}

/** Asks the browser to keep Brevtjek's data also when the disk runs low; true when it will. */
export async function askToPersist(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
