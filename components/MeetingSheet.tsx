import { printOnly } from './print';
import { formatDate } from '../lib/i18n/formatDate';
import { t } from '../lib/i18n/t';
import type { Report } from '../lib/schema/report';
import { NOTE_TAGS, type ChecklistState, type Note } from '../lib/storage/records';
import { KIND_ORDER, KIND_STYLE } from './kinds';
import { noteTagText } from './noteTags';

interface Props {
  report: Report;
  notes: Note[];
  /** Where each note's words are in this copy of the letter (page), if found. */
  notePages: Map<string, number>;
  checklist: ChecklistState | null;
  onClose: () => void;
}

const one = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A printable overview for a meeting: the decision in one line, the frister, the highlights with their notes, the questions, the checklist. */
export function MeetingSheet({ report, notes, notePages, checklist, onClose }: Props) {
  const { letter, appeal } = report;
  const shown = appeal.sendBy ?? appeal.deadline;
  const questions = notes.filter((n) => n.tag === NOTE_TAGS[0]); // spørg på mødet
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
          {t('meetingSheet.print')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('meetingSheet.back')}
        </button>
      </div>
      <h2 id="meeting-title">{t('meetingSheet.title')}</h2>
      <p className="sheet-decision">
        <strong>{letter.label}</strong>
        {letter.senderName ? ` ${t('meetingSheet.from', { name: letter.senderName })}` : ''}
        {letter.date ? `, ${formatDate(letter.date)}` : ''}
        {letter.benefitLabel ? ` · ${letter.benefitLabel}` : ''}
      </p>
      <h3>{t('meetingSheet.fristerTitle')}</h3>
      <ul>
        <li>{shown ? t('meetingSheet.klagefrist', { date: formatDate(shown) }) : t('meetingSheet.noKlagefrist')}</li>
        {appeal.sendTo?.recipient && (
          <li>
            {appeal.sendTo.address
              ? t('meetingSheet.sendToAddress', { recipient: appeal.sendTo.recipient, address: appeal.sendTo.address, ways: appeal.sendTo.ways })
              : t('meetingSheet.sendTo', { recipient: appeal.sendTo.recipient, ways: appeal.sendTo.ways })}
          </li>
        )}
        {dated.map((d, i) => (
          <li key={i}>
            {d.date ? `${formatDate(d.date)}: ` : ''}
            <span lang="da">{d.text}</span> {t('meetingSheet.page', { page: d.page })}
          </li>
        ))}
      </ul>
      {questions.length > 0 && (
        <>
          <h3>{t('meetingSheet.ask')}</h3>
          <ol>
            {questions.map((n) => (
              <li key={n.id}>
                {n.anchor && <q lang="da">{one(n.anchor.exact)}</q>} {n.text}
                {notePages.get(n.id) ? ` ${t('meetingSheet.page', { page: notePages.get(n.id)! })}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{t('meetingSheet.important')}</h3>
      {KIND_ORDER.map((k) => {
        const items = report.findings.filter((f) => f.kind === k);
        if (items.length === 0) return null;
        return (
          <div key={k}>
            <h4>{KIND_STYLE[k].plural}</h4>
            <ul>
              {items.map((f, i) => (
                <li key={i}>
                  <q lang="da">{one(f.text)}</q> {t('meetingSheet.page', { page: f.page })}
                  {notesOn(f.start, f.end).map((n) => (
                    <p key={n.id} className="sheet-note">
                      {n.tag ? t('meetingSheet.noteWithTag', { tag: noteTagText(n.tag), text: n.text }) : t('meetingSheet.note', { text: n.text })}
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
          <h3>{t('meetingSheet.allNotes')}</h3>
          <ol>
            {notes.map((n) => (
              <li key={n.id}>
                {n.tag ? `[${noteTagText(n.tag)}] ` : ''}
                {n.anchor && <q lang="da">{one(n.anchor.exact)}</q>} {n.text}
                {notePages.get(n.id) ? ` ${t('meetingSheet.page', { page: notePages.get(n.id)! })}` : n.anchor ? ` ${t('meetingSheet.notFound')}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{t('meetingSheet.checklist')}</h3>
      <ul className="sheet-checklist">
        {report.checklist.map((c, i) => {
          const p = checklist?.points[c.id];
          return (
            <li key={`${c.id}-${i}`}>
              <span aria-label={t(p?.done ? 'meetingSheet.ticked' : 'meetingSheet.notTicked')}>{p?.done ? '☑' : '☐'}</span> {c.title}
              {p?.comment ? <p className="sheet-note">{p.comment}</p> : null}
            </li>
          );
        })}
        {checklist?.own.map((o) => (
          <li key={o.id}>
            <span aria-label={t(o.done ? 'meetingSheet.ticked' : 'meetingSheet.notTicked')}>{o.done ? '☑' : '☐'}</span> {o.title}
            {o.comment ? <p className="sheet-note">{o.comment}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
