import { useRef } from 'react';
import { t, type MessageKey } from '../lib/i18n/t';

export type ViewTab = 'letter' | 'overview' | 'findings' | 'citat' | 'checklist' | 'notes';

/** The tabs in order; each is named by its message viewTabs.tab.<id>, or by `label`. */
const TABS: Array<{ id: ViewTab; label?: MessageKey }> = [{ id: 'overview' }, { id: 'letter' }, { id: 'findings' }, { id: 'checklist' }, { id: 'citat', label: 'citat.tab' }, { id: 'notes' }];

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
    <div className="view-tabs" role="tablist" aria-label={t('viewTabs.nav')}>
      {TABS.map((tb, i) => (
        <button
          key={tb.id}
          ref={(el) => {
            if (el) refs.current.set(tb.id, el);
          }}
          type="button"
          role="tab"
          id={`tab-${tb.id}`}
          aria-selected={tab === tb.id}
          aria-controls={tabPanelId(tb.id)}
          tabIndex={tab === tb.id ? 0 : -1}
          onClick={() => onTab(tb.id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(i + 1);
            else if (e.key === 'ArrowLeft') move(i - 1);
            else if (e.key === 'Home') move(0);
            else if (e.key === 'End') move(TABS.length - 1);
            else return;
            e.preventDefault();
          }}
        >
          {t(tb.label ?? (`viewTabs.tab.${tb.id}` as MessageKey))}
          {counts[tb.id] !== undefined ? ` (${counts[tb.id]})` : ''}
        </button>
      ))}
    </div>
  );
}
