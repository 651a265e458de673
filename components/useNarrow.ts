import { useEffect, useState } from 'react';

/** Below this CSS width (a phone, or a laptop at 200 % zoom) the letter and the panels share one column. */
export const NARROW_QUERY = '(max-width: 760px)';
/** Below this width the toolbar keeps its less used actions under "Flere". */
export const COMPACT_QUERY = '(max-width: 1300px)';

/** Whether a media query matches now; follows zoom and resizing. */
export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/** True while the window is narrower than `NARROW_QUERY`. */
export const useNarrow = () => useMedia(NARROW_QUERY);
