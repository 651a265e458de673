import { useEffect, useState } from 'react';
import { localToday } from '../lib/dates/calendar';
import { formatDate } from '../lib/i18n/formatDate';
import { t } from '../lib/i18n/t';
import { byNearestFrist } from '../lib/storage/letterOrder';
import { daysLeftText } from './daysLeft';
import { database } from '../lib/storage/db';
import { forgetAll, forgetLetter, listLetters, listSager, moveToSag, noteCounts, putSag } from '../lib/storage/letterStore';
import { cancelAllReminders, cancelReminder } from '../lib/reminders/alarms';
import { daysBeforeText } from '../lib/reminders/schedule';
import type { Sag, SavedLetter } from '../lib/storage/records';
import { ExportCase, ImportCase } from './CaseTransfer';

interface Row {
  letter: SavedLetter;
  notes: number;
  draft: boolean;
}

const fristText = (date: string | null) => (date ? t('myLetters.frist', { date: formatDate(date), daysLeft: daysLeftText(date) }) : t('myLetters.noFrist'));

/** The name a letter goes by in the list: its subject line, else what kind of letter it is. */
const nameOf = (letter: SavedLetter) => letter.summary.subject ?? letter.summary.label;

/** "Mine breve": the letters saved on this computer, nearest open klagefrist first. */
export function MyLetters({ onOpen }: { onOpen: (id: string) => void }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [sager, setSager] = useState<Sag[]>([]);
  const [newSag, setNewSag] = useState('');
  const [problem, setProblem] = useState(false);

  const load = async () => {
    try {
      const db = database();
      const [letters, counts, drafts, people] = await Promise.all([listLetters(db), noteCounts(db), db.drafts.toCollection().primaryKeys(), listSager(db)]);
      setSager(people);
      const withDraft = new Set(drafts.map(String));
      setRows(letters.sort((a, b) => byNearestFrist(a, b)).map((letter) => ({ letter, notes: counts.get(letter.id) ?? 0, draft: withDraft.has(letter.id) })));
    } catch {
      setProblem(true);
    }
  };

  useEffect(() => {
    void load();
  }, []);

  if (problem) return <p role="alert">{t('myLetters.loadProblem')}</p>;
  if (!rows) return null;
  // A new computer has no letters yet, but may take them from a file.
  if (rows.length === 0)
    return (
      <details className="import">
        <summary>{t('myLetters.importSummary')}</summary>
        <ImportCase onDone={() => void load()} />
      </details>
    );

  const remove = async (letter: SavedLetter) => {
    if (!confirm(t('myLetters.confirmDelete', { subject: nameOf(letter) }))) return;
    await forgetLetter(database(), letter.id);
    await cancelReminder(letter.id);
    await load();
  };

  const removeAll = async () => {
    if (!confirm(t('myLetters.confirmDeleteAll'))) return;
    await forgetAll(database());
    await cancelAllReminders();
    await load();
  };

  const addSag = async () => {
    const name = newSag.trim();
    if (!name) return;
    await putSag(database(), { v: 1, id: crypto.randomUUID(), name, created: new Date().toISOString() });
    setNewSag('');
    await load();
  };

  const move = async (letter: SavedLetter, sagId: string) => {
    await moveToSag(database(), letter.id, sagId === '' ? null : sagId);
    await load();
  };

  // One group per Sag (a person), so several people's letters never mix; letters in no Sag last.
  const groups = [...sager.map((g) => ({ sag: g as Sag | null, rows: rows.filter((r) => r.letter.sagId === g.id) })), { sag: null, rows: rows.filter((r) => !sager.some((g) => g.id === r.letter.sagId)) }].filter(
    (g) => g.rows.length > 0,
  );

  return (
    <section className="my-letters" aria-labelledby="my-letters-title">
      <h2 id="my-letters-title">{t('myLetters.title')}</h2>
      {groups.map(({ sag, rows: inGroup }) => (
        <section key={sag?.id ?? 'ingen'} aria-label={sag ? t('myLetters.sagGroup', { name: sag.name }) : t('myLetters.noSagGroup')}>
          {sager.length > 0 && <h3>{sag ? sag.name : t('myLetters.noSagHeading')}</h3>}
          <ul>
            {inGroup.map(({ letter, notes, draft }) => (
              <li key={letter.id}>
                <button type="button" className="my-letter" onClick={() => onOpen(letter.id)}>
                  <span className="my-letter-title">{nameOf(letter)}</span>
                  <span>
                    {letter.summary.senderName ?? t('myLetters.unknownSender')}
                    {letter.summary.date ? `, ${formatDate(letter.summary.date)}` : ''}
                  </span>
                  <span className="my-letter-frist">{fristText(letter.summary.klagefrist)}</span>
                  {letter.reminder && (letter.summary.klagefrist ?? '') >= localToday() && <span className="my-letter-reminder">{t('myLetters.reminder', { when: daysBeforeText(letter.reminder.daysBefore) })}</span>}
                  <span className="my-letter-work">
                    {t('myLetters.notes', { count: notes })} · {draft ? t('myLetters.draftStarted') : t('myLetters.noDraft')}
                  </span>
                </button>
                <div className="my-letter-actions">
                  {sager.length > 0 && (
                    <select aria-label={t('myLetters.sagFor', { subject: nameOf(letter) })} value={letter.sagId ?? ''} onChange={(e) => void move(letter, e.target.value)}>
                      <option value="">{t('myLetters.noSag')}</option>
                      {sager.map((g) => (
                        <option key={g.id} value={g.id}>
                          {g.name}
                        </option>
                      ))}
                    </select>
                  )}
                  <button type="button" className="secondary" onClick={() => void remove(letter)} aria-label={t('myLetters.deleteNamed', { subject: nameOf(letter) })}>
                    {t('myLetters.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <ExportCase letterIds={inGroup.map((r) => r.letter.id)} name={sag?.name ?? 'breve'} />
        </section>
      ))}
      <details className="new-sag" open={sager.length > 0}>
        <summary>{t('myLetters.newSagSummary')}</summary>
        <form
          className="new-sag-form"
          onSubmit={(e) => {
            e.preventDefault();
            void addSag();
          }}
        >
          <label htmlFor="new-sag">{t('myLetters.newSagLabel')}</label>
          <input id="new-sag" value={newSag} maxLength={80} onChange={(e) => setNewSag(e.target.value)} />
          <button type="submit" className="secondary" disabled={newSag.trim() === ''}>
            {t('myLetters.createSag')}
          </button>
        </form>
      </details>
      <details className="import">
        <summary>{t('myLetters.importSummary')}</summary>
        <ImportCase onDone={() => void load()} />
      </details>
      <button type="button" className="secondary" onClick={() => void removeAll()}>
        {t('myLetters.deleteAll')}
      </button>
    </section>
  );
}
