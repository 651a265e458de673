import { useSyncExternalStore } from 'react';
import { LOCALE, setLanguage } from '../lib/i18n/language';
import { DEFAULT_SETTINGS, parseSettings, resolveTheme, TEXT_SCALE, type DisplaySettings } from '../lib/viewer/displaySettings';

/**
 * The display settings (theme, text size, single keys), kept in localStorage, which every
 * Brevtjek page of this extension shares: a change shows at once on this page and, through the
 * `storage` event, on every other open Brevtjek tab. The chosen theme and size are put on <html>
 * as data-theme (light, dark or contrast: "Som systemet" is resolved from the media features,
 * and follows them when they change) and data-text-size, which components/a11y.css styles.
 */
const KEY = 'brevtjek:visning';
const listeners = new Set<() => void>();
let current: DisplaySettings = DEFAULT_SETTINGS;
let started = false;

function read(): DisplaySettings {
  try {
    return parseSettings(localStorage.getItem(KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

const media = (q: string) => (typeof matchMedia === 'function' ? matchMedia(q) : null);

function apply() {
  const root = document.documentElement;
  const theme = resolveTheme(current.theme, {
    dark: !!media('(prefers-color-scheme: dark)')?.matches,
    moreContrast: !!media('(prefers-contrast: more)')?.matches,
    forcedColors: !!media('(forced-colors: active)')?.matches,
  });
  root.dataset.theme = theme;
  root.dataset.themeChoice = current.theme;
  root.dataset.textSize = current.textSize;
  // The language Brevtjek speaks: its own words, the explanations, the dates (lib/i18n).
  root.lang = LOCALE[current.language];
  setLanguage(current.language);
  // Form controls and scrollbars drawn by the browser follow the theme too.
  root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
}

function changed(next: DisplaySettings) {
  current = next;
  apply();
  for (const l of listeners) l();
}

/** Reads the saved settings and applies them to the page; call once, before the first render. */
export function startDisplaySettings(): void {
  if (started) return;
  started = true;
  current = read();
  apply();
  window.addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) changed(read());
  });
  for (const q of ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)']) media(q)?.addEventListener('change', apply);
}

/** Changes some settings, saves them and shows them at once. */
export function setDisplaySettings(change: Partial<DisplaySettings>): void {
  const next = { ...current, ...change };
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Not saved (storage full or off): still shown on this page.
  }
  changed(next);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** The current settings; the component renders again when they change. */
export function useDisplaySettings(): DisplaySettings {
  return useSyncExternalStore(subscribe, () => current, () => DEFAULT_SETTINGS);
}

/** How much the text size setting enlarges the letter's zoom (1, 1.25, 1.5). */
export function useTextScale(): number {
  return TEXT_SCALE[useDisplaySettings().textSize];
}

/** Whether the one-character keys are on, read outside React (in a key handler). */
export const singleKeysOn = () => current.singleKeys;
