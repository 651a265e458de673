import type { Finding } from '../lib/schema/report';
import type { Note } from '../lib/storage/records';
import { t } from '../lib/i18n/t';
import { noteTagText } from './noteTags';
import { KindIcon } from './KindIcon';
import { KIND_STYLE } from './kinds';

interface Props {
  findings: Finding[];
  notes: Note[];
  /** The page each note's words are on, when found in this copy of the letter. */
  notePages: Map<string, number>;
  /** Notes whose words were not found again. */
  lost: Set<string>;
  /** Say the page of each highlight and note (a PDF letter). */
  withPages: boolean;
}

const short = (text: string, max = 90) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 2)} …` : one;
};

/** After the letter: what each numbered highlight is, and each note. */
export function PrintList({ findings, notes, notePages, lost, withPages }: Props) {
  const where = (n: Note) => {
    if (lost.has(n.id)) return t('printList.lost');
    if (!n.anchor) return t('printList.wholeLetter');
    const page = notePages.get(n.id);
    return withPages && page ? t('printList.notePage', { page }) : '';
  };
  return (
    <section className="print-list" aria-label={t('printList.label')}>
      <h2>{t('printList.findings')}</h2>
      <ol className="print-findings">
        {findings.map((f, i) => (
          <li key={i}>
            <span className={`print-label kind-${f.kind}`}>
              <KindIcon kind={f.kind} />
              {i + 1}
            </span>{' '}
            <strong>{KIND_STYLE[f.kind].label}</strong>
            {withPages ? ` ${t('printList.findingPage', { page: f.page })}` : ''}: <q lang="da">{short(f.text)}</q> – {f.explanation.what}
          </li>
        ))}
      </ol>
      {notes.length > 0 && (
        <>
          <h2>{t('printList.notes')}</h2>
          <ol className="print-notes">
            {notes.map((n, i) => (
              <li key={n.id}>
                <span className="note-badge">{i + 1}</span> {n.tag && <span className="note-tag">{noteTagText(n.tag)}</span>}{' '}
                {n.anchor && <q lang="da">{short(n.anchor.exact)}</q>} {where(n)}
                <p className="note-text">{n.text || t('printList.noText')}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
