import type { Finding } from '../lib/schema/report';
import type { Note } from '../lib/storage/records';
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

const short = (t: string, max = 90) => {
  const one = t.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 2)} …` : one;
};

/** After the letter: what each numbered highlight is, and each note. */
export function PrintList({ findings, notes, notePages, lost, withPages }: Props) {
  const where = (n: Note) => {
    if (lost.has(n.id)) return 'Ordene blev ikke fundet i denne udgave af brevet.';
    if (!n.anchor) return 'Til hele brevet.';
    const page = notePages.get(n.id);
    return withPages && page ? `Side ${page}.` : '';
  };
  return (
    <section className="print-list" aria-label="Markeringer og noter">
      <h2>Markeringer</h2>
      <ol className="print-findings">
        {findings.map((f, i) => (
          <li key={i}>
            <span className={`print-label kind-${f.kind}`}>
              <KindIcon kind={f.kind} />
              {i + 1}
            </span>{' '}
            <strong>{KIND_STYLE[f.kind].label}</strong>
            {withPages ? ` (side ${f.page})` : ''}: <q>{short(f.text)}</q> – {f.explanation.what}
          </li>
        ))}
      </ol>
      {notes.length > 0 && (
        <>
          <h2>Noter</h2>
          <ol className="print-notes">
            {notes.map((n, i) => (
              <li key={n.id}>
                <span className="note-badge">{i + 1}</span> {n.tag && <span className="note-tag">{n.tag}</span>}{' '}
                {n.anchor && <q>{short(n.anchor.exact)}</q>} {where(n)}
                <p className="note-text">{n.text || 'Ingen tekst.'}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
