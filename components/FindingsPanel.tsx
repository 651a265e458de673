import { memo, useMemo, useRef, useState } from 'react';
import { t } from '../lib/i18n/t';
import { useLanguage } from './useLanguage';
import type { Finding, FindingKind, Report } from '../lib/schema/report';
import { KindIcon } from './KindIcon';
import { GlossaryText } from './GlossaryText';
import { KIND_ORDER, KIND_STYLE } from './kinds';
import { ReadAloudButton } from './ReadAloudBar';
import type { SpeechPiece } from './useReadAloud';

interface Props {
  report: Report;
  hidden: Set<FindingKind>;
  onToggle: (kind: FindingKind) => void;
  selected: number | null;
  onSelect: (index: number) => void;
  /** Write a note on this highlight's words (also by keyboard, where selecting text is hard). */
  onNote?: (index: number) => void;
  /** "Tilbage til brevet": focus back on the highlight (Escape in the explanation does the same). */
  onBack?: (index: number) => void;
  /** Citat-tjek: a medical quote held against the doctor's statement (CitatPanel). */
  onCitat?: (index: number) => void;
}

/** A highlight read aloud: its words (marked in the letter), then what it is, why it matters and what to do (marked in the panel). */
function findingPieces(f: Finding): SpeechPiece[] {
  const e = f.explanation;
  const at = (selector: string) => ({ kind: 'element' as const, selector: `.findings li.selected ${selector}` });
  return [
    { text: f.text, target: { kind: 'letter', start: f.start } },
    { text: e.what, target: at('.finding-what') },
    { text: e.why, target: at('[data-speak="why"]') },
    { text: t('findingsPanel.todo') },
    { text: e.todo, target: at('[data-speak="todo"]') },
  ];
}

function Explanation({ f, index, onNote, onBack, onCitat }: { f: Finding; index: number; onNote?: () => void; onBack?: () => void; onCitat?: () => void }) {
  const e = f.explanation;
  return (
    // Enter on a highlight in the letter brings focus here.
    <div className="explanation" id={`explanation-${index}`} tabIndex={-1} role="group" aria-label={t('findingsPanel.explanation', { what: f.explanation.what })}>
      <p data-speak="why"><GlossaryText text={e.why} /></p>
      <p>
        <strong>{t('findingsPanel.todo')}</strong> <span data-speak="todo"><GlossaryText text={e.todo} /></span>
      </p>
      <p className="source">
        {t('findingsPanel.source', { source: e.source.label })}
        {e.url && (
          <>
            {' · '}
            <a href={e.url} target="_blank" rel="noreferrer noopener">
              {t('findingsPanel.lawLink')}
            </a>
          </>
        )}
      </p>
      <div className="buttons">
        <ReadAloudButton readingKey={`finding-${f.kind}-${f.start}-${f.end}`} label={t('findingsPanel.readAloudLabel')} pieces={() => findingPieces(f)} />
        {onNote && (
          <button type="button" className="link-button" onClick={onNote}>
            {t('findingsPanel.note')}
          </button>
        )}
        {onCitat && f.kind === 'medical_quote' && (
          <button type="button" className="link-button" onClick={onCitat}>
            {t('citat.openFromFinding')}
          </button>
        )}
        {onBack && (
          <button type="button" className="link-button back" onClick={onBack}>
            {t('findingsPanel.back')}
          </button>
        )}
      </div>
    </div>
  );
}

const short = (text: string) => {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 110 ? `${one.slice(0, 107).trimEnd()} …` : one;
};

/**
 * How many findings of a kind are listed at first, and how many more each "Vis flere" adds: a
 * long file of case papers can cite a law thousands of times, and a list that long would cost
 * the page seconds to draw and no one reads it. The chosen finding is always listed.
 */
export const LIST_STEP = 50;

/** What an item does when used: the panel's latest handlers (so an item need not draw again for a new function). */
interface Handlers {
  onSelect: (index: number) => void;
  onNote?: (index: number) => void;
  onBack?: (index: number) => void;
  onCitat?: (index: number) => void;
}

/** One finding in the list; the same finding, choice and actions draw nothing again (a long letter has thousands). */
const FindingItem = memo(function FindingItem({
  f,
  i,
  chosen,
  handlers,
  has,
}: {
  f: Finding;
  i: number;
  chosen: boolean;
  handlers: { current: Handlers };
  /** Which actions the explanation offers, and the language (an item says its words again in another). */
  has: { note: boolean; back: boolean; citat: boolean; language: string };
}) {
  return (
    <li className={chosen ? 'selected' : ''}>
      <button type="button" className="finding" data-finding={i} aria-expanded={chosen} onClick={() => handlers.current.onSelect(i)}>
        <span className="finding-text">
          <span className="finding-quote" lang="da">{short(f.text)}</span>
          <span className="finding-what">{f.explanation.what}</span>
        </span>
        <span className="finding-page">{t('findingsPanel.page', { page: f.page })}</span>
      </button>
      {chosen && (
        <Explanation
          f={f}
          index={i}
          onNote={has.note ? () => handlers.current.onNote?.(i) : undefined}
          onBack={has.back ? () => handlers.current.onBack?.(i) : undefined}
          onCitat={has.citat ? () => handlers.current.onCitat?.(i) : undefined}
        />
      )}
    </li>
  );
});

/** The findings by kind, with their explanation and source; a click or Enter jumps to the highlight. */
export function FindingsPanel({ report, hidden, onToggle, selected, onSelect, onNote, onBack, onCitat }: Props) {
  const handlers = useRef<Handlers>({ onSelect });
  handlers.current = { onSelect, onNote, onBack, onCitat };
  const note = !!onNote;
  const back = !!onBack;
  const citat = !!onCitat;
  const language = useLanguage();
  const has = useMemo(() => ({ note, back, citat, language }), [note, back, citat, language]);
  const groups = useMemo(() => {
    const by = new Map<FindingKind, Array<readonly [Finding, number]>>();
    report.findings.forEach((f, i) => {
      const list = by.get(f.kind);
      if (list) list.push([f, i]);
      else by.set(f.kind, [[f, i]]);
    });
    return by;
  }, [report.findings]);
  const byKind = (k: FindingKind) => groups.get(k) ?? [];
  const [listed, setListed] = useState<Partial<Record<FindingKind, number>>>({});
  const chosen = selected === null ? undefined : report.findings[selected];
  /** How many of kind `k` to list: as many as asked for, and down to the chosen one. */
  const limitOf = (k: FindingKind) => {
    const asked = listed[k] ?? LIST_STEP;
    if (!chosen || chosen.kind !== k) return asked;
    return Math.max(asked, byKind(k).findIndex(([, i]) => i === selected) + 1);
  };
  return (
    <section className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('findingsPanel.title')}</h2>
      <div className="filters" role="group" aria-label={t('findingsPanel.filters')}>
        {KIND_ORDER.filter((k) => byKind(k).length > 0).map((k) => (
          <button
            key={k}
            type="button"
            className={`filter kind-${k}`}
            aria-pressed={!hidden.has(k)}
            onClick={() => onToggle(k)}
          >
            <KindIcon kind={k} /> {KIND_STYLE[k].plural} ({byKind(k).length})
          </button>
        ))}
      </div>
      {KIND_ORDER.filter((k) => !hidden.has(k) && byKind(k).length > 0).map((k) => (
        <section key={k} className={`kind-group kind-${k}`} aria-labelledby={`group-${k}`}>
          <h3 id={`group-${k}`}>
            <KindIcon kind={k} /> {KIND_STYLE[k].plural}
          </h3>
          <ol>
            {byKind(k)
              .slice(0, limitOf(k))
              .map(([f, i]) => (
                <FindingItem key={i} f={f} i={i} chosen={selected === i} handlers={handlers} has={has} />
              ))}
          </ol>
          {byKind(k).length > limitOf(k) && (
            <p className="list-more">
              <span>{t('findingsPanel.moreOf', { shown: limitOf(k), total: byKind(k).length })}</span>{' '}
              <button type="button" className="link-button" onClick={() => setListed((l) => ({ ...l, [k]: limitOf(k) + LIST_STEP }))}>
                {t('findingsPanel.more', { count: Math.min(LIST_STEP, byKind(k).length - limitOf(k)) })}
              </button>
            </p>
          )}
        </section>
      ))}
      {report.findings.length === 0 && <p>{t('findingsPanel.none')}</p>}
    </section>
  );
}
