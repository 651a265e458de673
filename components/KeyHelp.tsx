import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { t } from '../lib/i18n/t';
import { A11yDialog } from './A11yDialog';
import { KIND_ORDER, KIND_STYLE } from './kinds';
import { isTypingTarget, withModifier } from './useHighlightKeys';
import { setDisplaySettings, singleKeysOn, useDisplaySettings } from './useDisplaySettings';

/** The keys of the letter view, as the "Tastatur" help lists them, in the current language. */
export const keyList = (): Array<[string, string]> => [
  ['n', t('keyHelp.keys.next')],
  ['p', t('keyHelp.keys.previous')],
  ...KIND_ORDER.map((k, i): [string, string] => [`${i + 1}`, t('keyHelp.keys.nextOfKind', { kinds: KIND_STYLE[k].plural.toLowerCase() })]),
  ['f', t('keyHelp.keys.klagefrist')],
  ['Enter', t('keyHelp.keys.enter')],
  ['Escape', t('keyHelp.keys.escape')],
  ['Ctrl+F', t('keyHelp.keys.find')],
  ['?', t('keyHelp.keys.help')],
];

/**
 * "Tastatur": the keys, opened with the button or "?", with the switch for the one-character keys
 * (WCAG 2.1.4); `message` is what the keys have to say (no more highlights, starting over), read out.
 */
export function KeyHelp({ message = '' }: { message?: string }) {
  const [open, setOpen] = useState(false);
  const { singleKeys } = useDisplaySettings();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.defaultPrevented || withModifier(e) || !singleKeysOn() || isTypingTarget(e.target)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('keyHelp.button')}
      </button>
      {/* On <body>: heard also when the button is in a closed menu. */}
      {createPortal(
        <p className="visually-hidden" role="status">
          {message}
        </p>,
        document.body,
      )}
      <A11yDialog id="key-help" title={t('keyHelp.title')} open={open} onClose={() => setOpen(false)}>
        <table className="key-table">
          <thead>
            <tr>
              <th scope="col">{t('keyHelp.key')}</th>
              <th scope="col">{t('keyHelp.does')}</th>
            </tr>
          </thead>
          <tbody>
            {keyList().map(([key, what]) => (
              <tr key={key}>
                <td>
                  <kbd>{key}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t('keyHelp.tabHint')}</p>
        <label className="check">
          <input type="checkbox" checked={singleKeys} onChange={(e) => setDisplaySettings({ singleKeys: e.target.checked })} />
          {t('keyHelp.singleKeys')}
        </label>
      </A11yDialog>
    </>
  );
}
