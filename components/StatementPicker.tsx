import { useEffect, useId, useState } from 'react';
import { t } from '../lib/i18n/t';
import { database } from '../lib/storage/db';
import { listLetters } from '../lib/storage/letterStore';
import type { SavedLetter } from '../lib/storage/records';

interface Props {
  /** The open letter: not offered as its own statement. */
  letterId: string | null;
  onFile: (file: File) => void;
  onText: (text: string) => void;
  onSaved: (letter: SavedLetter) => void;
}

const nameOf = (l: SavedLetter) => [l.summary.subject ?? l.name, l.summary.senderName].filter(Boolean).join(' – ');

/**
 * Where the user gives the medical statement: a file (PDF, image or text; or dropped on the panel,
 * see CitatPanel), its text pasted, or a letter already saved in Mine breve (in the same Sag).
 */
export function StatementPicker({ letterId, onFile, onText, onSaved }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<SavedLetter[]>([]);
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    let cancelled = false;
    // Only the same person's letters (the open letter's Sag), so a bisidder never mixes two people's papers.
    listLetters(database())
      .then((all) => {
        const sagId = all.find((l) => l.id === letterId)?.sagId ?? null;
        if (!cancelled) setSaved(all.filter((l) => l.id !== letterId && l.sagId === sagId));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [letterId]);

  const picked = saved.find((l) => l.id === chosen) ?? null;
  return (
    <div className="statement-picker">
      <div className="statement-open">
        <label className="file-button">
          {t('citat.picker.chooseFile')}
          <input
            type="file"
            accept="application/pdf,.pdf,.txt,text/plain,image/png,image/jpeg,.png,.jpg,.jpeg"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) onFile(f);
            }}
          />
        </label>
        <p className="hint">{t('citat.picker.drop')}</p>
      </div>
      <details className="statement-paste">
        <summary>{t('citat.picker.pasteSummary')}</summary>
        <label htmlFor={`${id}-paste`}>{t('citat.picker.pasteLabel')}</label>
        <textarea id={`${id}-paste`} rows={8} value={text} onChange={(e) => setText(e.target.value)} lang="da" />
        <button type="button" onClick={() => onText(text)} disabled={text.trim() === ''}>
          {t('citat.picker.check')}
        </button>
      </details>
      {saved.length > 0 && (
        <details className="statement-saved">
          <summary>{t('citat.picker.savedSummary')}</summary>
          <label htmlFor={`${id}-saved`}>{t('citat.picker.savedLabel')}</label>
          <select id={`${id}-saved`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('citat.picker.savedNone')}</option>
            {saved.map((l) => (
              <option key={l.id} value={l.id}>
                {nameOf(l)}
              </option>
            ))}
          </select>
          <button type="button" disabled={!picked} onClick={() => picked && onSaved(picked)}>
            {t('citat.picker.savedUse')}
          </button>
        </details>
      )}
    </div>
  );
}
