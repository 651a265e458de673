import { findTerms, type TermMatch } from '../glossary/findTerms';
import { currentLanguage, type Language } from '../i18n/language';

let last: { text: string; language: Language; matches: TermMatch[] } | null = null;

/**
 * The glossary words of a letter, each marked once where it first occurs (lib/glossary/findTerms):
 * computed once per letter and language, and shared by all its pages. A long letter's are found
 * by its analysis, off the page's thread, and given here first (primeLetterTerms).
 */
export function letterTerms(text: string, language: Language = currentLanguage()): TermMatch[] {
  if (last?.text !== text || last.language !== language) last = { text, language, matches: findTerms(text) };
  return last.matches;
}

/** The glossary words of `text` in `language`, found elsewhere (the analysis worker). */
export function primeLetterTerms(text: string, language: Language, matches: TermMatch[]): void {
  last = { text, language, matches };
}
