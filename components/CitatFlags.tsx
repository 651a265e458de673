import { t, type MessageKey } from '../lib/i18n/t';
import type { CitatFlag, CitatFlagKind } from '../lib/schema/statementCheck';
import type { Explanation } from '../lib/schema/explanation';
import { GlossaryText } from './GlossaryText';

/** Each flag's name, as a person reads it. */
export const FLAG_LABEL: Record<CitatFlagKind, MessageKey> = {
  'not-found': 'citat.flag.notFound',
  changed: 'citat.flag.changed',
  'left-out': 'citat.flag.leftOut',
  'not-mentioned': 'citat.flag.notMentioned',
};

/** What a flag means and what to do (the engine's explanation); why it matters and the source one click away. */
export function FlagExplanation({ explanation }: { explanation: Explanation }) {
  return (
    <>
      <p className="citat-what">
        <GlossaryText text={explanation.what} />
      </p>
      <p>
        <strong>{t('citat.flag.todo')}</strong> <GlossaryText text={explanation.todo} />
      </p>
      <details className="citat-why">
        <summary>{t('citat.flag.why')}</summary>
        <p>
          <GlossaryText text={explanation.why} />
        </p>
        <p className="source">
          {t('citat.flag.source', { source: explanation.source.label })}
          {explanation.url && (
            <>
              {' · '}
              <a href={explanation.url} target="_blank" rel="noreferrer noopener">
                {t('citat.flag.lawLink')}
              </a>
            </>
          )}
        </p>
      </details>
    </>
  );
}

/** A quote's flags: not found, changed, left out; each named, with the words it is about (unless its explanation says them) and the explanation. */
export function CitatFlags({ flags }: { flags: CitatFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="citat-flags">
      {flags.map((f, i) => (
        <li key={i} className={`citat-flag flag-${f.kind}`}>
          <p className="citat-flag-name">
            <span className="citat-flag-badge">{t(FLAG_LABEL[f.kind])}</span>
            {f.kind !== 'not-mentioned' && f.words.length > 0 && !f.words.every((w) => f.explanation.what.includes(w)) && (
              <span className="citat-flag-words">
                {' '}
                {f.words.map((w, k) => (
                  <span key={k}>
                    {k > 0 && ', '}
                    <q lang="da">{w}</q>
                  </span>
                ))}
              </span>
            )}
          </p>
          <FlagExplanation explanation={f.explanation} />
        </li>
      ))}
    </ul>
  );
}
