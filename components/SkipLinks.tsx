import { t } from '../lib/i18n/t';
import { tabPanelId } from './ViewTabs';

/** Moves focus to an element that is not focusable by itself (a landmark, a heading), and shows it. */
function focusOn(selector: string) {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return false;
  if (!el.hasAttribute('tabindex')) {
    // Focusable for now; as it was once focus moves on (a scrolling area keeps its place in the Tab order).
    el.tabIndex = -1;
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  }
  el.scrollIntoView({ block: 'nearest' });
  el.focus({ preventScroll: true });
  return true;
}

/**
 * The first thing on the page for the keyboard: skip the klagefrist and the toolbar. Shown when
 * focused. `onShow` first shows the part (the one-column view's tab) where it is hidden.
 */
export function SkipLinks({ onShow }: { onShow?: (part: 'letter' | 'important') => void }) {
  const link = (href: string, selector: string, text: string) => (
    <a
      href={href}
      onClick={(e) => {
        e.preventDefault();
        onShow?.(selector === 'main.pages' ? 'letter' : 'important');
        // After the part is shown.
        requestAnimationFrame(() => focusOn(selector));
      }}
    >
      {text}
    </a>
  );
  return (
    <nav className="skip-links" aria-label={t('skipLinks.nav')}>
      {link(`#${tabPanelId('letter')}`, 'main.pages', t('skipLinks.letter'))}
      {link('#findings-title', '#findings-title', t('skipLinks.important'))}
    </nav>
  );
}
