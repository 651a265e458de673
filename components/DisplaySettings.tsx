import { useState } from 'react';
import { LANGUAGES } from '../lib/i18n/language';
import { t, type MessageKey } from '../lib/i18n/t';
import { TEXT_SIZES, THEMES, type TextSize } from '../lib/viewer/displaySettings';
import { A11yDialog } from './A11yDialog';
import { setDisplaySettings, useDisplaySettings } from './useDisplaySettings';

const SIZE_MESSAGE = { normal: 'displaySettings.size.normal', stor: 'displaySettings.size.stor', 'meget-stor': 'displaySettings.size.megetStor' } as const satisfies Record<TextSize, MessageKey>;

/** "Visning": colours (Som systemet, Lys, Mørk, Høj kontrast), text size and language, shown at once and saved on this computer. */
export function DisplaySettings({ className = 'secondary' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const settings = useDisplaySettings();
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('displaySettings.button')}
      </button>
      <A11yDialog id="display-settings" title={t('displaySettings.button')} open={open} onClose={() => setOpen(false)}>
        <fieldset className="choices">
          <legend>{t('displaySettings.colours')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="check">
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => setDisplaySettings({ theme })} />
              {t(`displaySettings.theme.${theme}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>{t('displaySettings.textSize')}</legend>
          {TEXT_SIZES.map((size) => (
            <label key={size} className="check">
              <input type="radio" name="text-size" value={size} checked={settings.textSize === size} onChange={() => setDisplaySettings({ textSize: size })} />
              {t(SIZE_MESSAGE[size])}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>{t('language.legend')}</legend>
          {LANGUAGES.map((language) => (
            <label key={language} className="check" lang={language}>
              <input type="radio" name="language" value={language} checked={settings.language === language} onChange={() => setDisplaySettings({ language })} />
              {t(`language.${language}`)}
            </label>
          ))}
          <p className="hint">{t('language.hint')}</p>
        </fieldset>
        <p className="hint">{t('displaySettings.hint')}</p>
      </A11yDialog>
    </>
  );
}
