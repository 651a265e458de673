import { useEffect, useState } from 'react';
import { formatDanishDate, localToday } from '../lib/dates/calendar';
import { database } from '../lib/storage/db';
import { forgetAll, forgetLetter, listLetters, noteCounts } from '../lib/storage/letterStore';
import type { SavedLetter } from '../lib/storage/records';

interface Row {
  letter: SavedLetter;
  notes: number;
  draft: boolean;
}

const DAY = 86_400_000;
const today = () => localToday();

/** Days from today to `date` (YYYY-MM-DD), counted in whole days. */
export const daysUntil = (date: string, from = today()) => Math.round((Date.parse(date) - Date.parse(from)) / DAY);

/** Open frister first, nearest first; then the rest, newest opened first. */
export function byNearestFrist(a: SavedLetter, b: SavedLetter, now = today()): number {
  const open = (l: SavedLetter) => (l.summary.klagefrist && l.summary.klagefrist >= now ? l.summary.klagefrist : null);
  const fa = open(a);
  const fb = open(b);
  if (fa && fb) return fa.localeCompare(fb);
  if (fa || fb) return fa ? -1 : 1;
  return b.opened.localeCompare(a.opened);
}

function fristText(date: string | null): string {
  if (!date) return 'Ingen klagefrist fundet';
  const days = daysUntil(date);
  if (days < 0) return `Klagefristen var ${formatDanishDate(date)}`;
  if (days === 0) return `Klagefrist i dag, ${formatDanishDate(date)}`;
  return `Klagefrist ${formatDanishDate(date)} (${days === 1 ? '1 dag' : `${days} dage`} tilbage)`;
}

/** "Mine breve": the letters saved on this computer, nearest open klagefrist first. */
export function MyLetters({ onOpen }: { onOpen: (id: string) => void }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = async () => {
    try {
      const db = database();
      const [letters, counts, drafts] = await Promise.all([listLetters(db), noteCounts(db), db.drafts.toCollection().primaryKeys()]);
      const withDraft = new Set(drafts.map(String));
      setRows(letters.sort((a, b) => byNearestFrist(a, b)).map((letter) => ({ letter, notes: counts.get(letter.id) ?? 0, draft: withDraft.has(letter.id) })));
    } catch {
      setProblem('Brevtjek kan ikke læse de gemte breve lige nu. Prøv at genindlæse siden.');
    }
  };

  useEffect(() => {
    void load();
  }, []);

  if (problem) return <p role="alert">{problem}</p>;
  if (!rows || rows.length === 0) return null;

  const remove = async (letter: SavedLetter) => {
    if (!confirm(`Slet "${letter.summary.subject ?? letter.summary.label}" og dine noter og din klage til det? Det kan ikke fortrydes.`)) return;
    await forgetLetter(database(), letter.id);
    await load();
  };

  const removeAll = async () => {
    if (!confirm('Slet alle gemte breve med noter og klager? Det kan ikke fortrydes.')) return;
    await forgetAll(database());
    await load();
  };

  return (
    <section className="my-letters" aria-labelledby="my-letters-title">
      <h2 id="my-letters-title">Mine breve</h2>
      <ul>
        {rows.map(({ letter, notes, draft }) => (
          <li key={letter.id}>
            <button type="button" className="my-letter" onClick={() => onOpen(letter.id)}>
              <span className="my-letter-title">{letter.summary.subject ?? letter.summary.label}</span>
              <span>
                {letter.summary.senderName ?? 'Ukendt afsender'}
                {letter.summary.date ? `, ${formatDanishDate(letter.summary.date)}` : ''}
              </span>
              <span className="my-letter-frist">{fristText(letter.summary.klagefrist)}</span>
              <span className="my-letter-work">
                {notes === 0 ? 'Ingen noter' : notes === 1 ? '1 note' : `${notes} noter`} · {draft ? 'Klage påbegyndt' : 'Ingen klage endnu'}
              </span>
            </button>
            <button type="button" className="secondary" onClick={() => void remove(letter)} aria-label={`Slet ${letter.summary.subject ?? letter.summary.label}`}>
              Slet
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={() => void removeAll()}>
        Slet alt
      </button>
    </section>
  );
}
