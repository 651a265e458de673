import { useState } from 'react';
import type { Report } from '../lib/schema/report';
import type { ChecklistState, PointState } from '../lib/storage/records';
import { KIND_STYLE } from './kinds';

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
        Skriv en kommentar
      </button>
    );
  return (
    <>
      <label htmlFor={`comment-${id}`}>Din kommentar</label>
      <textarea id={`comment-${id}`} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}

/** The klage checklist to work through: tick a point, comment on it, jump to what it is about, add one's own. */
export function ChecklistPanel({ report, state, onPoint, onOwn, onFinding }: Props) {
  const [newPoint, setNewPoint] = useState('');
  const done = report.checklist.filter((c) => state?.points[c.id]?.done).length + (state?.own.filter((o) => o.done).length ?? 0);
  const total = report.checklist.length + (state?.own.length ?? 0);
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Tjekliste til en klage</h2>
      <p className="hint" aria-live="polite">
        {done} af {total} punkter sat kryds ved. Sæt kryds ved det, du vil have med i klagen.
      </p>
      <ol>
        {report.checklist.map((c, i) => {
          const point = state?.points[c.id];
          return (
            <li key={`${c.id}-${i}`} data-point={c.id} className={`${c.attention ? 'attention' : ''}${point?.done ? ' done' : ''}`}>
              <label className="check">
                <input type="checkbox" checked={point?.done ?? false} onChange={(e) => onPoint(c.id, { done: e.target.checked })} />
                <strong>{c.title}</strong>
              </label>
              <p>{c.text}</p>
              <p className="why">
                Hvorfor: {c.why} <span className="source">({c.source.label})</span>
              </p>
              {c.findings.length > 0 && (
                <p className="point-findings">
                  {c.findings.slice(0, 6).map((f) => (
                    <button key={f} type="button" className="link-button" onClick={() => onFinding(f)}>
                      Vis {(report.findings[f] ? KIND_STYLE[report.findings[f].kind].label : 'markering').toLowerCase()} på side {report.findings[f]?.page ?? 1}
                    </button>
                  ))}
                </p>
              )}
              <Comment id={c.id} value={point?.comment ?? ''} onChange={(comment) => onPoint(c.id, { comment })} />
            </li>
          );
        })}
        {state?.own.map((o) => (
          <li key={o.id} className={`own${o.done ? ' done' : ''}`}>
            <label className="check">
              <input type="checkbox" checked={o.done} onChange={(e) => onOwn((all) => all.map((x) => (x.id === o.id ? { ...x, done: e.target.checked } : x)))} />
              <strong>{o.title}</strong>
            </label>
            <Comment id={o.id} value={o.comment} onChange={(comment) => onOwn((all) => all.map((x) => (x.id === o.id ? { ...x, comment } : x)))} />
            <button type="button" className="link-button" onClick={() => onOwn((all) => all.filter((x) => x.id !== o.id))}>
              Fjern punktet
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
        <label htmlFor="own-point">Dit eget punkt</label>
        <input id="own-point" value={newPoint} maxLength={300} onChange={(e) => setNewPoint(e.target.value)} />
        <button type="submit" className="secondary" disabled={newPoint.trim() === ''}>
          Tilføj punkt
        </button>
      </form>
    </section>
  );
}
