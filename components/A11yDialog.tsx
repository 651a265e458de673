import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { t } from '../lib/i18n/t';

interface Props {
  id: string;
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog (the browser's own <dialog>: focus stays inside, Escape closes it), put on <body>
 * so it opens from a menu that closes. On closing, focus goes back to what had it when the dialog
 * opened (the button, or the highlight where "?" was pressed), or to the menu the button is in.
 */
export function A11yDialog({ id, title, open, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);
  return createPortal(
    <dialog
      ref={ref}
      id={id}
      className="a11y-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        onClose();
        const back = opener.current;
        opener.current = null;
        if (!(back instanceof HTMLElement) || !back.isConnected) return;
        if (back.checkVisibility?.() === false) back.closest('details')?.querySelector('summary')?.focus();
        else back.focus();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <div className="buttons">
        <button type="button" onClick={() => ref.current?.close()}>
          {t('a11yDialog.close')}
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
