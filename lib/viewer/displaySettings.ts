import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/language';

/** How the viewer looks, which keys it takes and which language it speaks: chosen by the user, saved on this computer. */

export type ThemeChoice = 'system' | 'light' | 'dark' | 'contrast';
export type Theme = 'light' | 'dark' | 'contrast';
export type TextSize = 'normal' | 'stor' | 'meget-stor';

export interface DisplaySettings {
  theme: ThemeChoice;
  textSize: TextSize;
  /** Keys of one character (n, p, 1–5, f, ?): on unless turned off (WCAG 2.1.4). */
  singleKeys: boolean;
  /** Danish unless the user chooses English; the letters stay Danish. */
  language: Language;
}

export const DEFAULT_SETTINGS: DisplaySettings = { theme: 'system', textSize: 'normal', singleKeys: true, language: DEFAULT_LANGUAGE };

export const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'contrast'];
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'stor', 'meget-stor'];

/** How much larger the panels' text and the letter's zoom are. */
export const TEXT_SCALE: Record<TextSize, number> = { normal: 1, stor: 1.25, 'meget-stor': 1.5 };


/** The saved settings (a JSON string, or null), with anything missing or unknown as the default. */
export function parseSettings(saved: string | null): DisplaySettings {
  let raw: unknown = null;
  try {
    raw = saved ? JSON.parse(saved) : null;
  } catch {
    raw = null;
  }
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    theme: THEMES.includes(o.theme as ThemeChoice) ? (o.theme as ThemeChoice) : DEFAULT_SETTINGS.theme,
    textSize: TEXT_SIZES.includes(o.textSize as TextSize) ? (o.textSize as TextSize) : DEFAULT_SETTINGS.textSize,
    singleKeys: typeof o.singleKeys === 'boolean' ? o.singleKeys : DEFAULT_SETTINGS.singleKeys,
    language: isLanguage(o.language) ? o.language : DEFAULT_SETTINGS.language,
  };
}

/** What the system asks for (CSS media features). */
export interface SystemPreference {
  dark: boolean;
  moreContrast: boolean;
  forcedColors: boolean;
}

/** The theme shown: the user's choice, or for "Som systemet" high contrast where the system asks for more contrast or forces its colours, else dark or light. */
export function resolveTheme(choice: ThemeChoice, system: SystemPreference): Theme {
  if (choice !== 'system') return choice;
  if (system.forcedColors || system.moreContrast) return 'contrast';
  return system.dark ? 'dark' : 'light';
}
