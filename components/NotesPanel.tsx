import { useEffect, useRef, useState } from 'react';
import { t } from '../lib/i18n/t';
import { NOTE_TAGS, type Note } from '../lib/storage/records';
import { noteTagText } from './noteTags';

interface FormProps {
  quote: string | null;
  initial?: Note;
  onSave: (tag: string | null, text: string) => void;
  onCancel: () => void;
}

/** Writing or editing one note: the words it is about, a tag, the note itself. */
export function NoteForm({ quote, initial, onSave, onCancel }: FormProps) {
  const preset = initial?.tag && (NOTE_TAGS as readonly string[]).includes(initial.tag) ? initial.tag : initial?.tag ? 'egen' : '';
  const [tag, setTag] = useState<string>(preset);
  const [own, setOwn] = useState(preset === 'egen' ? (initial?.tag ?? '') : '');
  const [text, setText] = useState(initial?.text ?? '');
  const chosen = tag === 'egen' ? own.trim() || null : tag || null;
  return (
    <form
      className="note-form"
      aria-label={t('notesPanel.form')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(chosen, text);
      }}
    >
      {quote && <blockquote className="note-quote">{quote}</blockquote>}
      <label htmlFor="note-tag">{t('notesPanel.tag')}</label>
      <select id="note-tag" value={tag} onChange={(e) => setTag(e.target.value)}>
        <option value="">{t('notesPanel.noTag')}</option>
        {NOTE_TAGS.map((tag) => (
          <option key={tag} value={tag}>
            {noteTagText(tag)}
          </option>
        ))}
        <option value="egen">{t('notesPanel.ownTagOption')}</option>
      </select>
      {tag === 'egen' && (
        <>
          <label htmlFor="note-own-tag">{t('notesPanel.ownTag')}</label>
          <input id="note-own-tag" value={own} maxLength={40} onChange={(e) => setOwn(e.target.value)} />
        </>
      )}
      <label htmlFor="note-text">{t('notesPanel.note')}</label>
      <textarea id="note-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <div className="buttons">
        <button type="submit">{t('notesPanel.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('notesPanel.cancel')}
        </button>
      </div>
    </form>
  );
}

interface Props {
  notes: Note[];
  /** Notes whose words were not found again in this copy of the letter. */
  lost: Set<string>;
  onJump: (note: Note) => void;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
  onAddForLetter: () => void;
  /** The note chosen by its badge in the letter: shown and focused in the list. */
  selected?: string | null;
}

/** The notes on this letter, in the order of the letter. */
export function NotesPanel({ notes, lost, onJump, onEdit, onDelete, onAddForLetter, selected = null }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!selected) return;
    const item = [...(listRef.current?.children ?? [])].find((li) => li.getAttribute('data-note') === selected) as HTMLElement | undefined;
    item?.scrollIntoView({ block: 'nearest' });
    item?.focus({ preventScroll: true });
  }, [selected]);
  return (
    <section className="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notesPanel.title')}</h2>
      {notes.length === 0 && <p className="hint">{t('notesPanel.empty')}</p>}
      <ol ref={listRef}>
        {notes.map((n, i) => (
          <li
            key={n.id}
            data-note={n.id}
            tabIndex={-1}
            aria-current={selected === n.id ? 'true' : undefined}
            className={[lost.has(n.id) && 'lost', selected === n.id && 'selected'].filter(Boolean).join(' ')}
          >
            <span className="note-badge" aria-label={t('notesPanel.badge', { number: i + 1 })}>
              {i + 1}
            </span>{' '}
            {n.tag && <span className="note-tag">{noteTagText(n.tag)}</span>}
            {n.anchor && <blockquote className="note-quote">{n.anchor.exact.length > 160 ? `${n.anchor.exact.slice(0, 157)} …` : n.anchor.exact}</blockquote>}
            {lost.has(n.id) && <p className="note-lost">{t('notesPanel.lost')}</p>}
            <p className="note-text">{n.text || <em>{t('notesPanel.noText')}</em>}</p>
            <div className="buttons">
              {n.anchor && !lost.has(n.id) && (
                <button type="button" className="link-button" onClick={() => onJump(n)}>
                  {t('notesPanel.show')}
                </button>
              )}
              <button type="button" className="link-button" onClick={() => onEdit(n)}>
                {t('notesPanel.edit')}
              </button>
              <button type="button" className="link-button" onClick={() => onDelete(n)}>
                {t('notesPanel.delete')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={onAddForLetter}>
        {t('notesPanel.forLetter')}
      </button>
    </section>
  );
}
