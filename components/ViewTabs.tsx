import { useRef } from 'react';

export type ViewTab = 'letter' | 'overview' | 'findings' | 'checklist' | 'notes';

const TABS: Array<{ id: ViewTab; label: string }> = [
  { id: 'overview', label: 'Overblik' },
  { id: 'letter', label: 'Brevet' },
  { id: 'findings', label: 'Fund' },
  { id: 'checklist', label: 'Tjekliste' },
  { id: 'notes', label: 'Noter' },
];

/** The tab that shows each part when the window is narrow; the tab panels carry these ids. */
export const tabPanelId = (tab: ViewTab) => `panel-${tab}`;

/** A row of tabs for the one-column view (the ARIA tabs pattern: arrows move, Home and End jump). */
export function ViewTabs({ tab, onTab, counts }: { tab: ViewTab; onTab: (tab: ViewTab) => void; counts: Partial<Record<ViewTab, number>> }) {
  const refs = useRef(new Map<ViewTab, HTMLButtonElement>());
  const move = (to: number) => {
    const next = TABS[(to + TABS.length) % TABS.length] as (typeof TABS)[number];
    onTab(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label="Vis">
      {TABS.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => {
            if (el) refs.current.set(t.id, el);
          }}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={tab === t.id}
          aria-controls={tabPanelId(t.id)}
          tabIndex={tab === t.id ? 0 : -1}
          onClick={() => onTab(t.id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(i + 1);
            else if (e.key === 'ArrowLeft') move(i - 1);
            else if (e.key === 'Home') move(0);
            else if (e.key === 'End') move(TABS.length - 1);
            else return;
            e.preventDefault();
          }}
        >
          {t.label}
          {counts[t.id] !== undefined ? ` (${counts[t.id]})` : ''}
        </button>
      ))}
    </div>
  );
}
