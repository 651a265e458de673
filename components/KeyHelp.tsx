import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { A11yDialog } from './A11yDialog';
import { KIND_ORDER, KIND_STYLE } from './kinds';
import { isTypingTarget, withModifier } from './useHighlightKeys';
import { setDisplaySettings, singleKeysOn, useDisplaySettings } from './useDisplaySettings';

/** The keys of the letter view, as the "Tastatur" help lists them. */
export const KEYS: Array<[string, string]> = [
  ['n', 'Næste markering i brevet'],
  ['p', 'Forrige markering'],
  ...KIND_ORDER.map((k, i): [string, string] => [`${i + 1}`, `Næste af ${KIND_STYLE[k].plural.toLowerCase()} (med Shift: forrige)`]),
  ['f', 'Klagefristen i brevet'],
  ['Enter', 'På en markering: gå til det, der står om den i panelet'],
  ['Escape', 'Fra forklaringen: retur til markeringen. Fra en markering: retur til der, du kom fra'],
  ['Ctrl+F', 'Søg i brevet (Escape lukker og går tilbage)'],
  ['?', 'Denne hjælp'],
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
        Tastatur (?)
      </button>
      {/* On <body>: heard also when the button is in a closed menu. */}
      {createPortal(
        <p className="visually-hidden" role="status">
          {message}
        </p>,
        document.body,
      )}
      <A11yDialog id="key-help" title="Tastatur" open={open} onClose={() => setOpen(false)}>
        <table className="key-table">
          <thead>
            <tr>
              <th scope="col">Tast</th>
              <th scope="col">Gør</th>
            </tr>
          </thead>
          <tbody>
            {KEYS.map(([key, what]) => (
              <tr key={key}>
                <td>
                  <kbd>{key}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">Tab og Shift+Tab går gennem knapper og felter. Først på siden: «Gå til brevet» og «Gå til det vigtige».</p>
        <label className="check">
          <input type="checkbox" checked={singleKeys} onChange={(e) => setDisplaySettings({ singleKeys: e.target.checked })} />
          Brug taster med ét tegn (n, p, 1–5, f og ?). Slå dem fra, hvis de driller dig eller dit skærmlæserprogram.
        </label>
      </A11yDialog>
    </>
  );
}
