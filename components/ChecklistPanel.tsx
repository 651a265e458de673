import { useState } from 'react';
import { checklistGroups } from '../lib/checklist/groups';
import { t } from '../lib/i18n/t';
import type { ChecklistItem, Report } from '../lib/schema/report';
import type { ChecklistState, PointState } from '../lib/storage/records';
import { KIND_STYLE } from './kinds';
import { GlossaryText } from './GlossaryText';

interface Props {
  report: Report;
  state: ChecklistState | null;
  onPoint: (id: string, change: Partial<PointState>) => void;
  onOwn: (change: (own: ChecklistState['own']) => ChecklistState['own']) => void;
  onFinding: (index: number) => void;
}

function Comment({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const [opened, setOpen] = useState(false);
  // A comment saved earlier shows when it has been read from disk.
  if (!opened && value === '')
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('checklistPanel.writeComment')}
      </button>
    );
  return (
    <>
      <label htmlFor={`comment-${id}`}>{t('checklistPanel.comment')}</label>
      <textarea id={`comment-${id}`} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}

const findingLabel = (report: Report, f: number) =>
  t('checklistPanel.showFinding', {
    what: (report.findings[f] ? KIND_STYLE[report.findings[f].kind].label : t('checklistPanel.highlight')).toLowerCase(),
    page: report.findings[f]?.page ?? 1,
  });

/** How many of a point's lines show before "Vis alle". */
export const LINES_SHOWN = 8;

/** One point: tick it, read why and the source, jump to its highlights, comment on it. */
function Point({ item: c, report, state, onPoint, onFinding }: { item: ChecklistItem; report: Report; state: PointState | undefined } & Pick<Props, 'onPoint' | 'onFinding'>) {
  const lined = new Set(c.lines.map((l) => l.finding));
  const others = c.findings.filter((f) => !lined.has(f));
  // A long letter can give a point hundreds of lines: the first few, and the rest when asked for.
  const [allLines, setAllLines] = useState(false);
  const lines = allLines ? c.lines : c.lines.slice(0, LINES_SHOWN);
  return (
    <li data-point={c.id} className={`${c.attention ? 'attention' : ''}${state?.done ? ' done' : ''}`}>
      <label className="check">
        <input type="checkbox" checked={state?.done ?? false} onChange={(e) => onPoint(c.id, { done: e.target.checked })} />
        <strong>{c.title}</strong>
      </label>
      <p><GlossaryText text={c.text} /></p>
      {c.lines.length > 0 && (
        <ul className="point-lines">
          {lines.map((l, i) => (
            <li key={i}>
              <q lang="da">{l.text}</q>{' '}
              {l.finding !== null && (
                <button type="button" className="link-button" onClick={() => onFinding(l.finding as number)}>
                  {findingLabel(report, l.finding)}
                </button>
              )}
            </li>
          ))}
          {lines.length < c.lines.length && (
            <li>
              <button type="button" className="link-button" onClick={() => setAllLines(true)}>
                {t('checklistPanel.allLines', { count: c.lines.length })}
              </button>
            </li>
          )}
        </ul>
      )}
      <p className="why">
        {t('checklistPanel.why')} <GlossaryText text={c.why} /> <span className="source">({c.source.label})</span>
      </p>
      {c.practice && <p className="why">{t('checklistPanel.practice', { practice: c.practice })}</p>}
      {others.length > 0 && (
        <p className="point-findings">
          {others.slice(0, 6).map((f) => (
            <button key={f} type="button" className="link-button" onClick={() => onFinding(f)}>
              {findingLabel(report, f)}
            </button>
          ))}
        </p>
      )}
      <Comment id={c.id} value={state?.comment ?? ''} onChange={(comment) => onPoint(c.id, { comment })} />
    </li>
  );
}

/** The klage checklist to work through: tick a point, comment on it, jump to what it is about, add one's own. */
export function ChecklistPanel({ report, state, onPoint, onOwn, onFinding }: Props) {
  const [newPoint, setNewPoint] = useState('');
  const done = report.checklist.filter((c) => state?.points[c.id]?.done).length + (state?.own.filter((o) => o.done).length ?? 0);
  const total = report.checklist.length + (state?.own.length ?? 0);
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklistPanel.title')}</h2>
      <p className="hint" aria-live="polite">
        {t('checklistPanel.progress', { done, total })}
      </p>
      {checklistGroups().map((g) => {
        const items = report.checklist.filter((c) => c.group === g.id);
        if (items.length === 0) return null;
        return (
          <section key={g.id} className="checklist-group" aria-labelledby={`checklist-group-${g.id}`}>
            <h3 id={`checklist-group-${g.id}`}>{g.title}</h3>
            <ol>
              {items.map((c) => (
                <Point key={c.id} item={c} report={report} state={state?.points[c.id]} onPoint={onPoint} onFinding={onFinding} />
              ))}
            </ol>
          </section>
        );
      })}
      {state && state.own.length > 0 && <h3>{t('checklistPanel.ownPoints')}</h3>}
      <ol>
        {state?.own.map((o) => (
          <li key={o.id} className={`own${o.done ? ' done' : ''}`}>
            <label className="check">
              <input type="checkbox" checked={o.done} onChange={(e) => onOwn((all) => all.map((x) => (x.id === o.id ? { ...x, done: e.target.checked } : x)))} />
              <strong>{o.title}</strong>
            </label>
            <Comment id={o.id} value={o.comment} onChange={(comment) => onOwn((all) => all.map((x) => (x.id === o.id ? { ...x, comment } : x)))} />
            <button type="button" className="link-button" onClick={() => onOwn((all) => all.filter((x) => x.id !== o.id))}>
              {t('checklistPanel.removePoint')}
            </button>
          </li>
        ))}
      </ol>
      <form
        className="own-point"
        onSubmit={(e) => {
          e.preventDefault();
          const title = newPoint.trim();
          if (!title) return;
          onOwn((all) => [...all, { id: `egen-${crypto.randomUUID()}`, title, done: true, comment: '' }]);
          setNewPoint('');
        }}
      >
        <label htmlFor="own-point">{t('checklistPanel.ownPoint')}</label>
        <input id="own-point" value={newPoint} maxLength={300} onChange={(e) => setNewPoint(e.target.value)} />
        <button type="submit" className="secondary" disabled={newPoint.trim() === ''}>
          {t('checklistPanel.addPoint')}
        </button>
      </form>
    </section>
  );
}
