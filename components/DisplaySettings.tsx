import { useState } from 'react';
import { TEXT_SIZE_LABEL, THEME_LABEL, type TextSize, type ThemeChoice } from '../lib/viewer/displaySettings';
import { A11yDialog } from './A11yDialog';
import { setDisplaySettings, useDisplaySettings } from './useDisplaySettings';

/** "Visning": colours (Som systemet, Lys, Mørk, Høj kontrast) and text size, shown at once and saved on this computer. */
export function DisplaySettings({ className = 'secondary' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const settings = useDisplaySettings();
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Visning
      </button>
      <A11yDialog id="display-settings" title="Visning" open={open} onClose={() => setOpen(false)}>
        <fieldset className="choices">
          <legend>Farver</legend>
          {(Object.keys(THEME_LABEL) as ThemeChoice[]).map((t) => (
            <label key={t} className="check">
              <input type="radio" name="theme" value={t} checked={settings.theme === t} onChange={() => setDisplaySettings({ theme: t })} />
              {THEME_LABEL[t]}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>Tekststørrelse</legend>
          {(Object.keys(TEXT_SIZE_LABEL) as TextSize[]).map((s) => (
            <label key={s} className="check">
              <input type="radio" name="text-size" value={s} checked={settings.textSize === s} onChange={() => setDisplaySettings({ textSize: s })} />
              {TEXT_SIZE_LABEL[s]}
            </label>
          ))}
        </fieldset>
        <p className="hint">Tekststørrelsen gør både brevet og felterne ved siden af større. Valgene gælder med det samme og bliver gemt på denne computer.</p>
      </A11yDialog>
    </>
  );
}
