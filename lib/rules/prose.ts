import { currentLanguage, type Language } from '../i18n/language';
import acts from '../../rules/en/acts.json';
import benefits from '../../rules/en/benefits.json';
import checklist from '../../rules/en/checklist.json';
import explanations from '../../rules/en/explanations.json';
import glossary from '../../rules/en/glossary.json';
import holidays from '../../rules/en/holidays.json';
import klage from '../../rules/en/klage.json';
import letterTypes from '../../rules/en/letter-types.json';
import provisions from '../../rules/en/provisions.json';
import sanctions from '../../rules/en/sanctions.json';
import senders from '../../rules/en/senders.json';
import citat from '../../rules/en/citat.json';
import { buildRules, rules, RULES_JSON, type Rules, type RulesFile, type RulesJson } from './index';
import { applyOverlay } from './overlay';

/**
 * The English texts of the rules (rules/en/), laid over the Danish files: explanations,
 * checklist points, letter types, advice, the meaning of each glossary word, how a klage can
 * be sent. The klage's own sentences (rules/klage.json draft) stay Danish: the klage goes to a
 * Danish authority.
 */
export const ENGLISH: Partial<Record<RulesFile, unknown>> = {
  'acts.json': acts,
  'benefits.json': benefits,
  'checklist.json': checklist,
  'explanations.json': explanations,
  'glossary.json': glossary,
  'holidays.json': holidays,
  'klage.json': klage,
  'letter-types.json': letterTypes,
  'provisions.json': provisions,
  'sanctions.json': sanctions,
  'senders.json': senders,
  'citat.json': citat,
};

/** The Danish rules files with the English texts laid over them. */
export const englishJson = (): RulesJson =>
  Object.fromEntries(
    Object.entries(RULES_JSON).map(([file, json]) => {
      const overlay = ENGLISH[file as RulesFile];
      return [file, overlay === undefined ? json : applyOverlay(json, overlay, `rules/en/${file}`)];
    }),
  ) as RulesJson;

/** The rules with their texts in `language`: the same patterns, other words. */
export function rulesIn(language: Language): Rules {
  if (language === 'da') return rules;
  english ??= buildRules(englishJson());
  return english;
}
let english: Rules | undefined;

/** The rules with their texts in the language Brevtjek speaks now (lib/i18n/language). */
export const prose = (): Rules => rulesIn(currentLanguage());
