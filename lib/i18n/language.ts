/**
 * The language Brevtjek speaks to the user: Danish unless the user chooses English. The letters
 * stay Danish; what changes is the viewer's own words and the explanations (rules/en/).
 *
 * One language at a time for the whole page, as i18next has it: set once before the first render
 * and changed from the settings. The command line and the tests speak Danish.
 */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Whether a value read from storage is a language Brevtjek speaks (the background checks it without zod, to stay small). */
export const isLanguage = (x: unknown): x is Language => (LANGUAGES as readonly unknown[]).includes(x);
export const DEFAULT_LANGUAGE: Language = 'da';

let current: Language = DEFAULT_LANGUAGE;
const listeners = new Set<() => void>();

export const currentLanguage = (): Language => current;

export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  for (const l of listeners) l();
}

/** Calls `listener` after each change of language; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The BCP 47 tag for <html lang>, Intl and speech. */
export const LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };
