import { printOnly } from './print';
import { formatDanishDate } from '../lib/dates/calendar';
import type { Report } from '../lib/schema/report';
import type { ChecklistState, Note } from '../lib/storage/records';
import { KIND_ORDER, KIND_STYLE } from './kinds';

interface Props {
  report: Report;
  notes: Note[];
  /** Where each note's words are in this copy of the letter (page), if found. */
  notePages: Map<string, number>;
  checklist: ChecklistState | null;
  onClose: () => void;
}

const one = (t: string) => t.replace(/\s+/g, ' ').trim();

/** A printable overview for a meeting: the decision in one line, the frister, the highlights with their notes, the questions, the checklist. */
export function MeetingSheet({ report, notes, notePages, checklist, onClose }: Props) {
  const { letter, appeal } = report;
  const shown = appeal.sendBy ?? appeal.deadline;
  const questions = notes.filter((n) => n.tag === 'spørg på mødet');
  const dated = report.findings.flatMap((f) =>
    (f.kind === 'deadline' && !f.appeal) || f.kind === 'appointment' ? [{ text: one(f.text), date: f.kind === 'deadline' ? (f.date ?? f.resolvedDate) : f.date, page: f.page }] : [],
  );
  const notesOn = (start: number, end: number) => notes.filter((n) => n.anchor && n.anchor.start < end && n.anchor.end > start);
  return (
    <section className="meeting-sheet" aria-labelledby="meeting-title">
      <div className="buttons no-print">
        <button
          type="button"
          onClick={() => printOnly('printing-sheet')}
        >
          Udskriv mødearket
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Tilbage til brevet
        </button>
      </div>
      <h2 id="meeting-title">Mødeark</h2>
      <p className="sheet-decision">
        <strong>{letter.label}</strong>
        {letter.senderName ? ` fra ${letter.senderName}` : ''}
        {letter.date ? `, ${formatDanishDate(letter.date)}` : ''}
        {letter.benefitLabel ? ` · ${letter.benefitLabel}` : ''}
      </p>
      <h3>Frister og datoer</h3>
      <ul>
        <li>{shown ? `Klagefrist: ${formatDanishDate(shown)}` : 'Ingen klagefrist fundet i brevet.'}</li>
        {appeal.sendTo?.recipient && (
          <li>
            Klagen sendes til {appeal.sendTo.recipient}
            {appeal.sendTo.address ? `, ${appeal.sendTo.address}` : ''}. Du kan klage {appeal.sendTo.ways}.
          </li>
        )}
        {dated.map((d, i) => (
          <li key={i}>
            {d.date ? `${formatDanishDate(d.date)}: ` : ''}
            {d.text} (side {d.page})
          </li>
        ))}
      </ul>
      {questions.length > 0 && (
        <>
          <h3>Spørg på mødet</h3>
          <ol>
            {questions.map((n) => (
              <li key={n.id}>
                {n.anchor && <q>{one(n.anchor.exact)}</q>} {n.text}
                {notePages.get(n.id) ? ` (side ${notePages.get(n.id)})` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>Det vigtige i brevet</h3>
      {KIND_ORDER.map((k) => {
        const items = report.findings.filter((f) => f.kind === k);
        if (items.length === 0) return null;
        return (
          <div key={k}>
            <h4>{KIND_STYLE[k].plural}</h4>
            <ul>
              {items.map((f, i) => (
                <li key={i}>
                  <q>{one(f.text)}</q> (side {f.page})
                  {notesOn(f.start, f.end).map((n) => (
                    <p key={n.id} className="sheet-note">
                      Note{n.tag ? ` (${n.tag})` : ''}: {n.text}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {notes.length > 0 && (
        <>
          <h3>Alle noter</h3>
          <ol>
            {notes.map((n) => (
              <li key={n.id}>
                {n.tag ? `[${n.tag}] ` : ''}
                {n.anchor && <q>{one(n.anchor.exact)}</q>} {n.text}
                {notePages.get(n.id) ? ` (side ${notePages.get(n.id)})` : n.anchor ? ' (ordene blev ikke fundet i brevet)' : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>Tjekliste</h3>
      <ul className="sheet-checklist">
        {report.checklist.map((c, i) => {
          const p = checklist?.points[c.id];
          return (
            <li key={`${c.id}-${i}`}>
              <span aria-label={p?.done ? 'Sat kryds' : 'Ikke sat kryds'}>{p?.done ? '☑' : '☐'}</span> {c.title}
              {p?.comment ? <p className="sheet-note">{p.comment}</p> : null}
            </li>
          );
        })}
        {checklist?.own.map((o) => (
          <li key={o.id}>
            <span aria-label={o.done ? 'Sat kryds' : 'Ikke sat kryds'}>{o.done ? '☑' : '☐'}</span> {o.title}
            {o.comment ? <p className="sheet-note">{o.comment}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
