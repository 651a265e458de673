import { useEffect, useState } from 'react';
import { t } from '../lib/i18n/t';
import { followKlagefrist } from '../lib/reminders/alarms';
import { chooseReminder } from '../lib/reminders/choose';
import { daysBeforeText, REMINDER_DAYS, reminderStatusText, type ReminderSubject } from '../lib/reminders/schedule';
import { database } from '../lib/storage/db';
import { loadLetter } from '../lib/storage/letterStore';

/**
 * "Påmind mig": a browser notification some days before the klagefrist, saved with the letter.
 * The alarm follows the klagefrist when it moves (the user gives the day the letter came).
 */
export function ReminderChoice({ letterId, klagefrist, senderName }: ReminderSubject) {
  // undefined until the saved choice is read.
  const [daysBefore, setDaysBefore] = useState<number | null | undefined>(undefined);
  const [problem, setProblem] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const days = (await loadLetter(database(), letterId))?.reminder?.daysBefore ?? null;
        if (!live) return;
        setDaysBefore(days);
        if (days !== null) await followKlagefrist({ letterId, klagefrist, senderName }, days);
      } catch {
        if (live) setProblem(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [letterId, klagefrist, senderName]);

  if (daysBefore === undefined) return null;

  const choose = async (value: string) => {
    const days = value === '' ? null : Number(value);
    setDaysBefore(days);
    try {
      await chooseReminder(database(), { letterId, klagefrist, senderName }, days);
      setProblem(false);
    } catch {
      setProblem(true);
    }
  };

  const choices = daysBefore === null || (REMINDER_DAYS as readonly number[]).includes(daysBefore) ? REMINDER_DAYS : [...REMINDER_DAYS, daysBefore].sort((a, b) => a - b);
  const status = daysBefore === null ? null : reminderStatusText(klagefrist, daysBefore, new Date());

  return (
    <div className="reminder">
      <label htmlFor="reminder-days">{t('reminderChoice.label')}</label>{' '}
      <select id="reminder-days" value={daysBefore ?? ''} onChange={(e) => void choose(e.target.value)} aria-describedby="reminder-note">
        <option value="">{t('reminderChoice.none')}</option>
        {choices.map((d) => (
          <option key={d} value={d}>
            {daysBeforeText(d)}
          </option>
        ))}
      </select>
      <p className="reminder-when" role="status">
        {status}
      </p>
      <p className="reminder-note" id="reminder-note">
        {t('reminderChoice.note')}
      </p>
      {problem && <p role="alert">{t('reminderChoice.problem')}</p>}
    </div>
  );
}
