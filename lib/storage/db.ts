import Dexie, { type EntityTable } from 'dexie';
import type { ChecklistState, KlageDraft, Note, Sag, SavedLetter } from './records';

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

  constructor(name = 'brevtjek') {
    super(name);
    this.version(1).stores({
      letters: 'id, opened, sagId',
      notes: 'id, letterId',
      checklists: 'letterId',
      drafts: 'letterId',
      sager: 'id',
    });
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
