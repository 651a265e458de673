import { z } from 'zod';
import { ChecklistState, KlageDraft, Note, Sag, SavedLetter, SavedLetterV1, SavedStatement } from './records';

/**
 * Brings a stored record of an older version up to its current shape, one version at a time,
 * with nothing lost. Every record read from IndexedDB or from a case file goes through
 * `migrate`, so a new version of a shape is its schema in records.ts plus one step here.
 */

/** The current schema of each kind of record; its `v` is the current version. */
const CURRENT = { letters: SavedLetter, notes: Note, checklists: ChecklistState, drafts: KlageDraft, sager: Sag, statements: SavedStatement } as const;
export type RecordKind = keyof typeof CURRENT;
export type CurrentRecord<K extends RecordKind> = z.infer<(typeof CURRENT)[K]>;
export const RECORD_KINDS = Object.keys(CURRENT) as RecordKind[];

/** A record as stored: in IndexedDB a letter's bytes are bytes, in a case file base64. */
type Stored<T> = Omit<T, 'bytes'> & { bytes: unknown };

/** v1 → v2: a letter gets `reminder`, none chosen yet; every other field stays as it was. */
export function letterV1ToV2<T extends Stored<SavedLetterV1>>(old: T): Omit<T, 'v'> & { v: 2; reminder: null } {
  return { ...old, v: 2, reminder: null };
}

interface Step {
  /** The version this step reads; it writes the next one. */
  from: number;
  /** The shape of that version, checked before the step. */
  schema: z.ZodType;
  up: (old: never) => unknown;
}

/** Each kind's steps, oldest first. Notes, checklists, drafts, Sager and statements are still at version 1. */
const STEPS: Record<RecordKind, readonly Step[]> = {
  letters: [{ from: 1, schema: SavedLetterV1.extend({ bytes: z.unknown() }), up: letterV1ToV2 }],
  notes: [],
  checklists: [],
  drafts: [],
  sager: [],
  statements: [],
};

const versionOf = (row: unknown): unknown => (row !== null && typeof row === 'object' ? (row as { v?: unknown }).v : undefined);

export const currentVersion = (kind: RecordKind): number => CURRENT[kind].shape.v.value;

/** Whether the record says it is of a version newer than this Brevtjek reads. */
export function isNewer(kind: RecordKind, row: unknown): boolean {
  const v = versionOf(row);
  return typeof v === 'number' && v > currentVersion(kind);
}

/**
 * The record at the current version. A record that is not a known older version, or does not
 * fit its old shape, is handed back as it is, for the current schema to refuse.
 */
export function migrate(kind: RecordKind, row: unknown): unknown {
  let out = row;
  for (const step of STEPS[kind]) {
    if (versionOf(out) !== step.from) continue;
    if (!step.schema.safeParse(out).success) return out;
    // The stored object itself, not zod's copy of it, so no field is dropped.
    out = step.up(out as never);
  }
  return out;
}

/** A stored record of any known version as the current shape; null when it cannot be read. */
export function readRecord<K extends RecordKind>(kind: K, row: unknown): CurrentRecord<K> | null {
  const parsed = CURRENT[kind].safeParse(migrate(kind, row));
  return parsed.success ? (parsed.data as CurrentRecord<K>) : null;
}
