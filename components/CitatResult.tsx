import { t } from '../lib/i18n/t';
import type { Finding } from '../lib/schema/report';
import type { StatementCheck } from '../lib/schema/statementCheck';
import { QuoteCard } from './QuoteCard';
import { UnmentionedList } from './UnmentionedList';

interface Props {
  check: StatementCheck;
  /** The statement's text, as the check's offsets count it. */
  statementText: string;
  /** The statement's name: its file, or "Indsat tekst". */
  name: string;
  findings: Finding[];
  selected: number | null;
  onJump: (finding: number) => void;
}

/** How the quotes fared, in a few words: how many fit, how many are changed or cut, how many are not there. */
function summaryOf(check: StatementCheck): string[] {
  const found = check.quotes.filter((q) => q.match !== null && !q.flags.some((f) => f.kind === 'not-found'));
  const fit = found.filter((q) => q.flags.length === 0).length;
  const lines = [
    check.quotes.length === 0 ? t('citat.summary.noQuotes') : t('citat.summary.quotes', { count: check.quotes.length }),
    fit > 0 ? t('citat.summary.fit', { count: fit }) : null,
    found.length - fit > 0 ? t('citat.summary.flagged', { count: found.length - fit }) : null,
    check.quotes.length - found.length > 0 ? t('citat.summary.notFound', { count: check.quotes.length - found.length }) : null,
    check.unmentioned.length > 0 ? t('citat.summary.unmentioned', { count: check.unmentioned.length }) : null,
  ];
  return lines.filter((l): l is string => l !== null);
}

/** The check of one statement: a summary, each quote in its context with its flags, and what the letter leaves out. */
export function CitatResult({ check, statementText, name, findings, selected, onJump }: Props) {
  const { statement } = check;
  const about = [statement.kind, statement.pages > 1 ? t('citat.result.pages', { count: statement.pages }) : null].filter(Boolean).join(', ');
  return (
    <div className="citat-result">
      <h3 id="citat-result-title" tabIndex={-1}>
        {t('citat.result.title', { name })}
        {about && <span className="citat-about"> ({about})</span>}
      </h3>
      {statement.ocr && <p className="warning">{t('citat.result.ocr')}</p>}
      <ul className="citat-summary">
        {summaryOf(check).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {check.quotes.length > 0 && (
        <>
          <p className="citat-legend" aria-hidden="true">
            <mark className="citat-mark-match">{t('citat.legend.match')}</mark> <mark className="citat-mark-changed">{t('citat.legend.changed')}</mark>{' '}
            <mark className="citat-mark-left-out">{t('citat.legend.leftOut')}</mark>
          </p>
          <ol className="citat-quotes" aria-label={t('citat.result.quotes')}>
            {check.quotes.map((q, i) => (
              <QuoteCard key={q.finding} check={q} n={i + 1} statementText={statementText} page={findings[q.finding]?.page ?? null} selected={selected === q.finding} onJump={onJump} />
            ))}
          </ol>
        </>
      )}
      <UnmentionedList items={check.unmentioned} />
    </div>
  );
}
