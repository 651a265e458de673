import { firstThings } from '../lib/checklist/firstThings';
import { formatDate } from '../lib/i18n/formatDate';
import { t } from '../lib/i18n/t';
import type { Report } from '../lib/schema/report';
import { daysLeftText } from './daysLeft';
import { GlossaryText } from './GlossaryText';

/** The parts of the panel a person can go on to from the first view. */
export type PanelSection = 'findings' | 'notes' | 'checklist' | 'citat';

interface Props {
  report: Report;
  /** The letter's own subject line or heading, where it has one. */
  subject: string | null;
  notes: number;
  onShow: (section: PanelSection, point?: string) => void;
}

/**
 * The first view: what the letter is, the frist with days left, and the three things most
 * worth checking, before any list; the findings, notes and the whole checklist one step away.
 */
export function Overview({ report, subject, notes, onShow }: Props) {
  const { letter, appeal } = report;
  const shown = appeal.sendBy ?? appeal.deadline;
  const first = firstThings(report.checklist);
  const quotes = report.findings.filter((f) => f.kind === 'medical_quote').length;
  const citatButton = (
    <button type="button" className={quotes > 0 ? 'citat-open' : 'secondary'} onClick={() => onShow('citat')}>
      {t('citat.open')}
    </button>
  );
  const what = [letter.senderName ? t('overview.from', { sender: letter.senderName }) : null, letter.date ? formatDate(letter.date, false) : null].filter(Boolean).join(', ');
  // The date stands out in its sentence: the message is split where the date goes.
  const [sendByBefore, sendByAfter = ''] = shown ? t('overview.sendBy', { daysLeft: daysLeftText(shown) }).split('{date}') : [];
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <p className="overview-what">
        <strong>{letter.label}</strong>
        {what ? ` ${what}` : ''}
      </p>
      {subject && <p className="overview-subject">{t('overview.about', { subject })}</p>}
      <p className="overview-frist">
        {appeal.basis === 'needs-received-date' ? (
          t('overview.needsReceivedDate')
        ) : shown ? (
          <>
            {sendByBefore}
            <strong>{formatDate(shown)}</strong>
            {sendByAfter}
          </>
        ) : (
          t('overview.noFrist')
        )}
      </p>
      {first.length > 0 && (
        <>
          <h3>{t('overview.firstThings')}</h3>
          <ol className="overview-points">
            {first.map((c) => (
              <li key={c.id}>
                <strong>{c.title}</strong>
                <p>
                  <GlossaryText text={c.text} />
                </p>
                {c.lines.length > 0 && (
                  <ul className="overview-lines">
                    {c.lines.slice(0, 3).map((l, i) => (
                      <li key={i}>
                        <q lang="da">{l.text}</q>
                      </li>
                    ))}
                  </ul>
                )}
                <button type="button" className="link-button" onClick={() => onShow('checklist', c.id)}>
                  {t('overview.seePoint')}
                </button>
                {/* The point about the doctor's quotes: Citat-tjek holds them against the doctor's paper. */}
                {c.id === 'laegecitat' && (
                  <>
                    {' '}
                    <button type="button" className="link-button" onClick={() => onShow('citat')}>
                      {t('citat.openFromPoint')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="overview-more">
        {/* Citat-tjek: first, and a main button, where the letter quotes a doctor; else last (the user may know better). */}
        {quotes > 0 && citatButton}
        <button type="button" className="secondary" onClick={() => onShow('findings')}>
          {t('overview.allFindings', { count: report.findings.length })}
        </button>
        <button type="button" className="secondary" onClick={() => onShow('checklist')}>
          {t('overview.wholeChecklist', { count: report.checklist.length })}
        </button>
        <button type="button" className="secondary" onClick={() => onShow('notes')}>
          {t('overview.notes', { count: notes })}
        </button>
        {quotes === 0 && citatButton}
      </p>
    </section>
  );
}
