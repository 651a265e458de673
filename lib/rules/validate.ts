import { CitatRules } from './citatSchema';
import { GlossaryRules } from './glossarySchema';
import { buildRules, RULES_JSON, type ParseRulesFile, type Rules, type RulesJson, type RulesSchemas } from './index';
import { KlageRules } from './klageSchema';
import { englishJson } from './prose';
import * as S from './schemas';
import { SpeechRules } from './speechSchema';

/*
 * Every rules file through its zod schema: run by the build (wxt.config.ts, lib/cli/build.mjs),
 * `wxt` when it starts, and the tests, so a rule a reviewer broke stops them with the file and
 * the place named. The extension and the command line do not import this file.
 */

export const RULES_SCHEMAS: RulesSchemas = {
  'acts.json': S.ActsRules,
  'citations.json': S.CitationRules,
  'abbreviations.json': S.AbbreviationRules,
  'dates.json': S.DateRules,
  'deadlines.json': S.DeadlineRules,
  'medical.json': S.MedicalRules,
  'sanctions.json': S.SanctionRules,
  'letter-types.json': S.LetterTypeRules,
  'holidays.json': S.HolidayRules,
  'layout.json': S.LayoutRules,
  'provisions.json': S.ProvisionRules,
  'checklist.json': S.ChecklistRules,
  'explanations.json': S.ExplanationRules,
  'senders.json': S.SenderRules,
  'benefits.json': S.BenefitRules,
  'address.json': S.AddressRules,
  'klage.json': KlageRules,
  'glossary.json': GlossaryRules,
  'speech.json': SpeechRules,
  'citat.json': CitatRules,
};

/** Parses one rules file, naming the file in the error so a reviewer knows where to look. */
export const parseRulesFile: ParseRulesFile = (file, data) => {
  const result = RULES_SCHEMAS[file].safeParse(data);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new Error(`rules/${file}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
};

/** The rules read through their schemas and checked across files. */
export const validatedRules = (json: RulesJson): Rules => buildRules(json, parseRulesFile);

/** Validates the Danish rules and the English texts laid over them; throws at the first fault. */
export function checkAllRules(): void {
  validatedRules(RULES_JSON);
  validatedRules(englishJson());
}
