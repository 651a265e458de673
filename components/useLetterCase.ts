import { useCallback, useEffect, useMemo, useState } from 'react';
import { database } from '../lib/storage/db';
import { checklistOf, deleteNote, draftOf, notesOf, putChecklist, putDraft, putNote } from '../lib/storage/letterStore';
import type { ChecklistState, KlageDraft, Note, PointState } from '../lib/storage/records';
import { SaveQueue, type SaveStatus } from '../lib/storage/saveQueue';

const stamp = () => new Date().toISOString();

/**
 * Everything the user adds to one letter: notes, the checklist worked through, the klage draft.
 * Changes show at once and are written to the user's own disk through a queue that keeps them
 * in memory until they are safe. With `keep` false nothing is written (the letter is not saved).
 */
export function useLetterCase(letterId: string | null, keep: boolean) {
  const queue = useMemo(() => new SaveQueue(), []);
  const [status, setStatus] = useState<SaveStatus>(queue.status);
  const [notes, setNotes] = useState<Note[]>([]);
  const [checklist, setChecklist] = useState<ChecklistState | null>(null);
  const [draft, setDraft] = useState<KlageDraft | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => queue.onStatus(setStatus), [queue]);

  // Warn before closing the page while something typed is not yet on disk.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!queue.unsaved) return;
      e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [queue]);

  useEffect(() => {
    setLoaded(false);
    if (!letterId) return;
    let cancelled = false;
    void (async () => {
      try {
        const db = database();
        const [n, c, d] = await Promise.all([notesOf(db, letterId), checklistOf(db, letterId), draftOf(db, letterId)]);
        if (cancelled) return;
        setNotes(n);
        setChecklist(c);
        setDraft(d);
      } catch {
        // A blocked database: start empty; what the user adds stays in memory and is retried.
      } finally {
        if (!cancelled) setLoaded(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [letterId]);

  // "Gem ikke dette brev": what is still queued must not reach the disk after the letter is deleted.
  useEffect(() => {
    if (!keep) queue.discard();
  }, [keep, queue]);

  const write = useCallback(
    (key: string, run: () => Promise<void>) => {
      if (keep && letterId) queue.save(key, run);
    },
    [keep, letterId, queue],
  );

  const saveNote = useCallback(
    (note: Note) => {
      const next = { ...note, updated: stamp() };
      setNotes((all) => [...all.filter((n) => n.id !== note.id), next].sort((a, b) => (a.anchor?.start ?? -1) - (b.anchor?.start ?? -1)));
      write(`note:${note.id}`, () => putNote(database(), next));
    },
    [write],
  );

  const removeNote = useCallback(
    (id: string) => {
      setNotes((all) => all.filter((n) => n.id !== id));
      write(`note:${id}`, () => deleteNote(database(), id));
    },
    [write],
  );

  const updateChecklist = useCallback(
    (change: (s: ChecklistState) => ChecklistState) => {
      if (!letterId) return;
      setChecklist((old) => {
        const next = { ...change(old ?? { v: 1, letterId, points: {}, own: [], updated: stamp() }), updated: stamp() };
        write('checklist', () => putChecklist(database(), next));
        return next;
      });
    },
    [letterId, write],
  );

  const setPoint = useCallback(
    (id: string, change: Partial<PointState>) =>
      updateChecklist((s) => ({ ...s, points: { ...s.points, [id]: { done: false, comment: '', ...s.points[id], ...change } } })),
    [updateChecklist],
  );

  const saveDraft = useCallback(
    (change: Omit<KlageDraft, 'v' | 'letterId' | 'updated'>) => {
      if (!letterId) return;
      const next: KlageDraft = { v: 1, letterId, ...change, updated: stamp() };
      setDraft(next);
      write('draft', () => putDraft(database(), next));
    },
    [letterId, write],
  );

  /** Writes what is in memory now, e.g. after the user switched saving back on. */
  const saveAll = useCallback(() => {
    if (!letterId) return;
    for (const n of notes) write(`note:${n.id}`, () => putNote(database(), n));
    if (checklist) write('checklist', () => putChecklist(database(), checklist));
    if (draft) write('draft', () => putDraft(database(), draft));
  }, [letterId, notes, checklist, draft, write]);

  return { loaded, status, notes, saveNote, removeNote, checklist, setPoint, updateChecklist, draft, saveDraft, saveAll };
}

export type LetterCase = ReturnType<typeof useLetterCase>;
