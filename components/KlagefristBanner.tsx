import { daysBetween, formatDanishDate } from '../lib/dates/calendar';
import type { Report } from '../lib/schema/report';
import { canSpeak, speak } from './speak';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function daysLeftText(deadline: string): string {
  const left = daysBetween(today(), deadline);
  if (left > 1) return `${left} dage tilbage`;
  if (left === 1) return 'Fristen er i morgen';
  if (left === 0) return 'Fristen er i dag';
  return `Fristen var for ${-left} ${left === -1 ? 'dag' : 'dage'} siden. Klag alligevel, og forklar hvorfor.`;
}

/** The klagefrist on top: the date, days left, how it was computed, and the received date (editable). */
export function KlagefristBanner({ report, onReceived }: { report: Report; onReceived: (date: string | null) => void }) {
  const { appeal, letter } = report;
  const summary = appeal.deadline
    ? `Klagefrist: ${formatDanishDate(appeal.deadline)}. ${daysLeftText(appeal.deadline)}.`
    : `Ingen klagefrist. ${appeal.steps[0] ?? ''}`;
  return (
    <section className={`klagefrist ${appeal.deadline ? '' : 'none'}`} aria-labelledby="klagefrist-title">
      <div className="klagefrist-main">
        <h2 id="klagefrist-title">{letter.label}</h2>
        <p className="klagefrist-date" data-testid="klagefrist" data-date={appeal.deadline ?? ''}>
          {appeal.deadline ? (
            <>
              <span className="klagefrist-label">Klag senest</span>{' '}
              <strong>{formatDanishDate(appeal.deadline)}</strong>{' '}
              <span className="days-left">({daysLeftText(appeal.deadline)})</span>
            </>
          ) : (
            <strong>Ingen klagefrist i dette brev</strong>
          )}
        </p>
        {canSpeak() && (
          <button type="button" className="link-button" onClick={() => speak([summary, ...appeal.warnings].join(' '))}>
            Læs op
          </button>
        )}
      </div>
      {appeal.basis !== 'no-appeal' && (
        <label className="received">
          Dato du fik brevet
          <input
            type="date"
            value={appeal.received ?? ''}
            onChange={(e) => onReceived(e.target.value || null)}
            aria-describedby="klagefrist-how"
          />
        </label>
      )}
      <details className="klagefrist-how" id="klagefrist-how" open={appeal.warnings.length > 0}>
        <summary>{appeal.deadline ? 'Sådan er fristen regnet ud' : 'Hvorfor er der ingen klagefrist?'}</summary>
        <ul>
          {appeal.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
      {appeal.warnings.map((w) => (
        <p key={w} className="warning" role="note">
          <span aria-hidden="true">⚠ </span>
          {w}
        </p>
      ))}
    </section>
  );
}
