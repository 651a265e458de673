import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../lib/i18n/t';

/**
 * "Flere" in the toolbar: the less used actions in a small menu, so the toolbar keeps to one
 * line on a small or zoomed screen. Escape or choosing an action closes it, focus back on "Flere".
 */
export function MoreActions({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = () => {
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && details.open) close();
    };
    const onClick = (e: MouseEvent) => {
      if ((e.target as HTMLElement).closest('button')) details.open = false;
    };
    details.addEventListener('keydown', onKey);
    details.addEventListener('click', onClick);
    return () => {
      details.removeEventListener('keydown', onKey);
      details.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <details className="more-actions" ref={ref}>
      <summary>{t('moreActions.summary')}</summary>
      <div className="more-actions-menu">{children}</div>
    </details>
  );
}
