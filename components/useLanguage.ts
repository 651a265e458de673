import { useSyncExternalStore } from 'react';
import { currentLanguage, DEFAULT_LANGUAGE, onLanguageChange, type Language } from '../lib/i18n/language';

/** The language Brevtjek speaks now (chosen in Visning); the component renders again when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, currentLanguage, () => DEFAULT_LANGUAGE);
}
