import { daysLeftText } from './daysLeft';
import { download, fileStem } from './download';
import { localToday } from '../lib/dates/calendar';
import { periodText } from '../lib/dates/klagefrist';
import { formatDate } from '../lib/i18n/formatDate';
import { t } from '../lib/i18n/t';
import type { Report } from '../lib/schema/report';
import { parseReceivedDate } from './receivedDate';
import { ReminderChoice } from './ReminderChoice';
import { GlossaryText } from './GlossaryText';
import { ReadAloudButton } from './ReadAloudBar';


/** "Fra Jobcenter Vejle · Sygedagpenge", skipping what the letter does not show. */
export function letterAbout(letter: Report['letter']): string | null {
  const parts = [letter.senderName ? t('klagefristBanner.from', { name: letter.senderName }) : null, letter.benefitLabel].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : null;
}

/**
 * The klagefrist on top: who sent the letter and what it is about, the date and days left
 * (or the question of when the letter came, where Brevtjek cannot count without it), how it
 * was counted, where to send a klage, and the day the letter came into the digital postkasse.
 * `letterId` is the letter as saved on this computer (null: not saved), for a reminder.
 */
export function KlagefristBanner({ report, onReceived, letterId = null }: { report: Report; onReceived: (date: string | null) => void; letterId?: string | null }) {
  const { appeal, letter } = report;
  const noAppeal = appeal.basis === 'no-appeal';
  // A frist with no day to count from: ask for the day (never "Ingen klagefrist").
  const needs = appeal.basis === 'needs-received-date' || (!noAppeal && !appeal.deadline);
  const unsure = !appeal.certain && !noAppeal;
  const about = letterAbout(letter);
  const userReceived = appeal.receivedSource === 'user' ? appeal.received : null;
  const countedFromLetter = appeal.receivedSource === 'letter' && appeal.countedFrom ? appeal.countedFrom : null;
  const deadlinesDiffer = !!appeal.statedDeadline && !!appeal.legalDeadline && appeal.statedDeadline !== appeal.legalDeadline;
  const needsText = appeal.period ? t('klagefristBanner.needs', { period: periodText(appeal.period) }) : t('klagefristBanner.needsNoPeriod');
  const whyId = appeal.warnings.length > 0 ? 'klagefrist-notes' : 'klagefrist-how';
  const state = needs ? 'needs' : noAppeal ? 'none' : 'frist';

  // The day to send by: the letter's own, where it is earlier than the law's (fail safe).
  const shown = appeal.sendBy ?? appeal.deadline;
  const summary = needs
    ? `${t('klagefristBanner.question')} ${needsText}`
    : shown
      ? `${t('klagefristBanner.summaryDate', { date: formatDate(shown) })} ${daysLeftText(shown)}.`
      : `${t('klagefristBanner.summaryNone')} ${appeal.steps[0] ?? ''}`;

  return (
    <section className={`klagefrist ${state}${unsure ? ' unsure' : ''}`} aria-labelledby="klagefrist-title">
      <div className="klagefrist-head">
        <h2 id="klagefrist-title">{letter.label}</h2>
        {about && <p className="letter-about">{about}</p>}
      </div>
      <p className="klagefrist-date" data-testid="klagefrist" data-date={shown ?? ''} data-legal={appeal.deadline ?? ''} data-basis={appeal.basis} data-certain={String(appeal.certain)}>
        {needs ? (
          <label htmlFor="received-date" className="question">
            {t('klagefristBanner.question')}
          </label>
        ) : shown ? (
          <>
            <span className="klagefrist-label">{t('klagefristBanner.sendBy')}</span> <strong>{formatDate(shown)}</strong>{' '}
            <span className="days-left">({daysLeftText(shown)})</span>
          </>
        ) : (
          <strong>{t('klagefristBanner.none')}</strong>
        )}
      </p>
      <div className="klagefrist-extra">
        {unsure && (
          <p className="unsure-marker">
            <span aria-hidden="true">?</span>
            <a
              href={`#${whyId}`}
              onClick={(e) => {
                const el = document.getElementById(whyId);
                if (!el) return;
                e.preventDefault();
                if (el instanceof HTMLDetailsElement) el.open = true;
                el.scrollIntoView({ block: 'nearest' });
                (el.querySelector('summary') ?? el).focus();
              }}
            >
              {t('klagefristBanner.unsure')}
            </a>
          </p>
        )}
        {appeal.route && !noAppeal && <p className="klagefrist-route"><GlossaryText text={appeal.route.text} /></p>}
        <ReadAloudButton
          readingKey="klagefrist"
          label={t('klagefristBanner.readAloudLabel')}
          pieces={() => [{ text: summary }, ...(appeal.route ? [{ text: appeal.route.text, target: noAppeal ? null : { kind: 'element' as const, selector: '.klagefrist-route' } }] : []), ...appeal.warnings.map((text) => ({ text }))]}
        />
        {shown && !needs && <CalendarButton report={report} />}
        {shown && !needs && letterId && shown >= localToday() && <ReminderChoice letterId={letterId} klagefrist={shown} senderName={letter.senderName} />}
      </div>
      {!noAppeal && (
        // One element in every state, so the field keeps focus (and what is typed) when the frist appears.
        <div className="received">
          {!needs && <label htmlFor="received-date">{t('klagefristBanner.receivedLabel')}</label>}
          <input
            id="received-date"
            type="date"
            defaultValue={userReceived ?? ''}
            onChange={(e) => {
              if (e.target.value === '') onReceived(null);
              else {
                const date = parseReceivedDate(e.target.value);
                if (date) onReceived(date);
              }
            }}
            aria-describedby={[needs ? 'received-needs' : '', 'received-why', countedFromLetter ? 'received-until' : ''].filter(Boolean).join(' ')}
          />
          {needs && (
            <p className="needs-why" id="received-needs">
              {needsText}
            </p>
          )}
          <p className="received-why" id="received-why">
            {t('klagefristBanner.receivedWhy')}
          </p>
          {countedFromLetter && (
            <p className="received-until" id="received-until">
              {t('klagefristBanner.countedFromLetter', { date: formatDate(countedFromLetter, false) })}
            </p>
          )}
        </div>
      )}
      <details className="klagefrist-how" id="klagefrist-how" open={deadlinesDiffer}>
        <summary>{t(appeal.deadline ? 'klagefristBanner.howCounted' : noAppeal ? 'klagefristBanner.whyNone' : 'klagefristBanner.howCounting')}</summary>
        <ul>
          {appeal.steps.map((s) => (
            <li key={s}><GlossaryText text={s} /></li>
          ))}
        </ul>
      </details>
      {appeal.warnings.length > 0 && (
        <div className="klagefrist-notes" id="klagefrist-notes" tabIndex={-1}>
          {appeal.warnings.map((w) => (
            <p key={w} className="warning" role="note">
              <span aria-hidden="true">⚠ </span>
              <GlossaryText text={w} />
            </p>
          ))}
        </div>
      )}
    </section>
  );
}

/** The klagefrist and the letter's other dated frister as a calendar file (.ics), with a reminder before each. */
function CalendarButton({ report }: { report: Report }) {
  const save = () => {
    const shown = report.appeal.sendBy ?? report.appeal.deadline;
    const sender = report.letter.senderName ?? t('klagefristBanner.calendar.sender');
    const frister = [
      ...(shown
        ? [
            {
              date: shown,
              label: t('klagefristBanner.calendar.appealLabel', { subject: report.letter.label }),
              description: `${t('klagefristBanner.calendar.appealDescription', { sender })} ${report.appeal.route?.text ?? ''}`.trim(),
            },
          ]
        : []),
      ...report.findings.flatMap((f) =>
        f.kind === 'deadline' && !f.appeal && (f.date ?? f.resolvedDate)
          ? [{ date: (f.date ?? f.resolvedDate) as string, label: t('klagefristBanner.calendar.fristLabel', { text: f.text }), description: t('klagefristBanner.calendar.fristDescription', { sender }) }]
          : [],
      ),
    ];
    // The calendar writer (ics) loads only when asked for.
    void import('../lib/export/ics')
      .then(({ fristerToIcs }) => download(fristerToIcs({ title: t('klagefristBanner.calendar.title', { sender }), frister }), `frister-${fileStem(report.letter.label)}.ics`, 'text/calendar;charset=utf-8'))
      .catch(() => alert(t('klagefristBanner.calendar.failed')));
  };
  return (
    <button type="button" className="link-button" onClick={save}>
      {t('klagefristBanner.calendar.button')}
    </button>
  );
}
