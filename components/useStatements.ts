import { useCallback, useEffect, useMemo, useState } from 'react';
import { database } from '../lib/storage/db';
import { deleteStatement, putStatement, statementsOf } from '../lib/storage/letterStore';
import type { SavedStatement } from '../lib/storage/records';
import { SaveQueue, type SaveStatus } from '../lib/storage/saveQueue';

/** A statement as the view holds it: saved with the letter, or only in memory while the letter is not saved. */
export type StatementRecord = Omit<SavedStatement, 'letterId'>;

/**
 * The medical statements checked against one letter (Citat-tjek): read from the user's own disk,
 * and written there through a queue that keeps them in memory until they are safe. With no saved
 * letter, or "Gem ikke dette brev", they live only while the page is open.
 */
export function useStatements(letterId: string | null, keep: boolean) {
  const queue = useMemo(() => new SaveQueue(), []);
  const [status, setStatus] = useState<SaveStatus>(queue.status);
  const [statements, setStatements] = useState<StatementRecord[]>([]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => queue.onStatus(setStatus), [queue]);

  useEffect(() => {
    if (!letterId) {
      setLoaded(true);
      return;
    }
    setLoaded(false);
    let cancelled = false;
    void (async () => {
      try {
        const saved = await statementsOf(database(), letterId);
        // What the user added while the disk was read stays.
        if (!cancelled) setStatements((now) => [...saved, ...now.filter((s) => !saved.some((o) => o.id === s.id))]);
      } catch {
        // A blocked database: what the user adds stays in memory and is retried.
      } finally {
        if (!cancelled) setLoaded(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [letterId]);

  useEffect(() => {
    if (!keep) queue.discard();
  }, [keep, queue]);

  const write = useCallback(
    (key: string, run: (id: string) => Promise<void>) => {
      if (keep && letterId) queue.save(key, () => run(letterId));
    },
    [keep, letterId, queue],
  );

  /** Adds a statement, or replaces one with the same id (its text corrected). */
  const save = useCallback(
    (statement: StatementRecord) => {
      const next = { ...statement, updated: new Date().toISOString() };
      setStatements((all) => (all.some((s) => s.id === next.id) ? all.map((s) => (s.id === next.id ? next : s)) : [...all, next]));
      write(`statement:${next.id}`, (id) => putStatement(database(), { ...next, letterId: id }));
    },
    [write],
  );

  const remove = useCallback(
    (id: string) => {
      setStatements((all) => all.filter((s) => s.id !== id));
      write(`statement:${id}`, () => deleteStatement(database(), id));
    },
    [write],
  );

  // Switching saving back on writes what was added meanwhile.
  useEffect(() => {
    if (!keep || !letterId) return;
    for (const s of statements) write(`statement:${s.id}`, (id) => putStatement(database(), { ...s, letterId: id }));
    // Only when saving is switched on (or the letter gets its key), not on every change.
  }, [keep, letterId]);

  return { loaded, status, statements, save, remove };
}
