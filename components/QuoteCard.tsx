import { t, type MessageKey } from '../lib/i18n/t';
import { quoteContext, type MarkKind, type Piece } from '../lib/citat/quoteContext';
import type { QuoteCheck } from '../lib/schema/statementCheck';
import { CitatFlags, FLAG_LABEL } from './CitatFlags';

interface Props {
  check: QuoteCheck;
  /** Its number among the letter's quotes, from 1. */
  n: number;
  /** The statement's text, as the check's offsets count it. */
  statementText: string;
  /** The page of the letter the quote is on. */
  page: number | null;
  /** Its highlight is the one chosen in the letter. */
  selected: boolean;
  onJump: (finding: number) => void;
}

const HOW: Record<'exact' | 'close' | 'retold', MessageKey> = { exact: 'citat.quote.howExact', close: 'citat.quote.howClose', retold: 'citat.quote.howRetold' };

/** What a screen reader hears after marked words (a mark's colour and line are not read out). */
const AFTER_MARK: Partial<Record<MarkKind, MessageKey>> = { changed: 'citat.marks.changedAfter', 'left-out': 'citat.marks.leftOutAfter' };

/** A long quote cut at a word, to about 160 characters: the whole of it is in the letter, one click away. */
const short = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= 160) return one;
  const cut = one.slice(0, 158);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 100)).replace(/[\s,;:]+$/, '')} …`;
};

/** Pieces of the statement's text, the marked ones in <mark> (the words of the quote, changed, left out). */
function Marked({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((p, i) => {
        if (p.marks.length === 0) return <span key={i}>{p.text}</span>;
        const flagged = p.marks.find((m) => m !== 'match');
        const after = flagged ? AFTER_MARK[flagged] : undefined;
        return (
          <mark key={i} className={p.marks.map((m) => `citat-mark-${m}`).join(' ')}>
            {p.text}
            {after && <span className="visually-hidden"> {t(after)}</span>}
          </mark>
        );
      })}
    </>
  );
}

/**
 * One quote of the decision: the decision's words (a link to the highlight in the letter), then the
 * statement's sentence before, the quoted sentence(s) with the quote's words marked, and the sentence
 * after, with the changed and left-out words marked; then its flags explained.
 */
export function QuoteCard({ check, n, statementText, page, selected, onJump }: Props) {
  const context = quoteContext(check, statementText);
  const titleId = `citat-quote-${check.finding}-title`;
  const found = context !== null;
  const ok = found && check.flags.length === 0;
  const labels = check.flags.map((f) => t(FLAG_LABEL[f.kind]));
  const status = ok ? t('citat.quote.ok') : !found && !check.flags.some((f) => f.kind === 'not-found') ? t('citat.flag.notFound') : labels.join(' · ');
  return (
    <li
      className={`citat-quote${selected ? ' selected' : ''}${ok ? ' ok' : ''}${found ? '' : ' missing'}`}
      id={`citat-quote-${check.finding}`}
      data-citat-finding={check.finding}
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <h4 id={titleId}>
        {t('citat.quote.title', { n })} <span className="citat-status">– {status}</span>
      </h4>
      <p className="citat-in-letter">
        <span className="citat-label">{page ? t('citat.quote.inLetterPage', { page }) : t('citat.quote.inLetter')}</span>{' '}
        <q lang="da">{short(check.quote)}</q>{' '}
        <button type="button" className="link-button" onClick={() => onJump(check.finding)} aria-label={t('citat.quote.showLabel', { n })}>
          {t('citat.quote.show')}
        </button>
      </p>
      {context ? (
        <div className="citat-in-statement">
          <p className="citat-label">{t('citat.quote.inStatement')}</p>
          <blockquote lang="da" className="citat-context">
            {context.before.length > 0 && (
              <span className="citat-before">
                <span className="visually-hidden">{t('citat.marks.before')} </span>
                <Marked pieces={context.before} />
              </span>
            )}
            <span className="citat-quoted">
              <span className="visually-hidden">{t('citat.marks.quoted')} </span>
              <Marked pieces={context.quoted} />
            </span>
            {context.after.length > 0 && (
              <span className="citat-after">
                <span className="visually-hidden"> {t('citat.marks.after')} </span>
                <Marked pieces={context.after} />
              </span>
            )}
          </blockquote>
          {check.match && <p className="citat-how">{t(HOW[check.match.how])}</p>}
        </div>
      ) : (
        !check.flags.some((f) => f.kind === 'not-found') && <p className="citat-what">{t('citat.quote.notFound')}</p>
      )}
      <CitatFlags flags={check.flags} />
    </li>
  );
}
