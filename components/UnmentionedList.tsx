import { t, type MessageKey } from '../lib/i18n/t';
import type { Unmentioned } from '../lib/schema/statementCheck';
import { FlagExplanation } from './CitatFlags';

const TOPIC: Record<Unmentioned['topic'], MessageKey> = {
  arbejdsevne: 'citat.unmentioned.arbejdsevne',
  begraensninger: 'citat.unmentioned.begraensninger',
  prognose: 'citat.unmentioned.prognose',
};
const ORDER: Unmentioned['topic'][] = ['arbejdsevne', 'begraensninger', 'prognose'];

/** What the statement says about work capacity, limits or prognosis that the decision does not mention. */
export function UnmentionedList({ items }: { items: Unmentioned[] }) {
  const sorted = [...items].sort((a, b) => ORDER.indexOf(a.topic) - ORDER.indexOf(b.topic) || a.start - b.start);
  return (
    <section className="citat-unmentioned" aria-labelledby="citat-unmentioned-title">
      <h3 id="citat-unmentioned-title">{t('citat.unmentioned.title')}</h3>
      {sorted.length === 0 ? (
        <p>{t('citat.unmentioned.none')}</p>
      ) : (
        <ul>
          {sorted.map((u) => (
            <li key={`${u.start}-${u.end}`} className="citat-flag flag-not-mentioned">
              <p className="citat-flag-name">
                <span className="citat-flag-badge">{t(TOPIC[u.topic])}</span>
              </p>
              <blockquote lang="da" className="citat-context">
                {u.text}
              </blockquote>
              <FlagExplanation explanation={u.flag.explanation} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
