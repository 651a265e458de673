import { useEffect, useRef } from 'react';
import { t } from '../lib/i18n/t';

interface Props {
  query: string;
  count: number;
  current: number;
  onQuery: (q: string) => void;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
}

/** Find in the letter (Ctrl+F): Enter for the next match, Shift+Enter for the one before, Escape to close and go back to what opened it. */
export function FindBar({ query, count, current, onQuery, onStep, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // What opened the search (the button, a highlight where Ctrl+F was pressed) gets focus back when it closes.
    const opener = document.activeElement;
    input.current?.focus();
    // Ctrl+F while the search is open goes back to the field.
    const again = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', again);
    return () => {
      window.removeEventListener('keydown', again);
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <div className="findbar" role="search">
      <label>
        {t('findBar.label')}
        <input
          ref={input}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onStep(e.shiftKey ? -1 : 1);
            if (e.key === 'Escape') onClose();
          }}
        />
      </label>
      <span aria-live="polite">{query.trim().length >= 2 ? (count ? t('findBar.position', { current: current + 1, count }) : t('findBar.none')) : ''}</span>
      <button type="button" onClick={() => onStep(-1)} disabled={!count}>
        {t('findBar.previous')}
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={!count}>
        {t('findBar.next')}
      </button>
      <button type="button" onClick={onClose}>
        {t('findBar.close')}
      </button>
    </div>
  );
}
