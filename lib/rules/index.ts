import type { z } from 'zod';
import actsJson from '../../rules/acts.json';
import citationsJson from '../../rules/citations.json';
import abbreviationsJson from '../../rules/abbreviations.json';
import datesJson from '../../rules/dates.json';
import deadlinesJson from '../../rules/deadlines.json';
import medicalJson from '../../rules/medical.json';
import sanctionsJson from '../../rules/sanctions.json';
import letterTypesJson from '../../rules/letter-types.json';
import holidaysJson from '../../rules/holidays.json';
import layoutJson from '../../rules/layout.json';
import provisionsJson from '../../rules/provisions.json';
import checklistJson from '../../rules/checklist.json';
import explanationsJson from '../../rules/explanations.json';
import sendersJson from '../../rules/senders.json';
import benefitsJson from '../../rules/benefits.json';
import addressJson from '../../rules/address.json';
import klageJson from '../../rules/klage.json';
import glossaryJson from '../../rules/glossary.json';
import speechJson from '../../rules/speech.json';
import citatJson from '../../rules/citat.json';
import type * as S from './schemas';
import type { KlageRules } from './klageSchema';
import type { GlossaryRules } from './glossarySchema';
import type { SpeechRules } from './speechSchema';
import type { CitatRules } from './citatSchema';

/** A rules file without its reviewers' notes ("$comment" and other keys starting with $): what zod's parse keeps of it. */
export function withoutNotes(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutNotes);
  if (typeof data !== 'object' || data === null) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('$')).map(([key, value]) => [key, withoutNotes(value)]));
}

/**
 * How a rules file is read: by default as it is, without its notes. The build (wxt.config.ts,
 * lib/cli/build.mjs) and the tests read every file through its zod schema first
 * (lib/rules/validate.ts), so a broken rule stops them, naming the file and the place; the
 * extension and the command line then carry no schemas and spend no time on them at each start.
 */
export type ParseRulesFile = (file: RulesFile, data: unknown) => unknown;
const asChecked: ParseRulesFile = (_file, data) => withoutNotes(data);

/** The JSON of every rules file, by file name: the Danish rules the analysis matches with. */
export const RULES_JSON = {
  'acts.json': actsJson,
  'citations.json': citationsJson,
  'abbreviations.json': abbreviationsJson,
  'dates.json': datesJson,
  'deadlines.json': deadlinesJson,
  'medical.json': medicalJson,
  'sanctions.json': sanctionsJson,
  'letter-types.json': letterTypesJson,
  'holidays.json': holidaysJson,
  'layout.json': layoutJson,
  'provisions.json': provisionsJson,
  'checklist.json': checklistJson,
  'explanations.json': explanationsJson,
  'senders.json': sendersJson,
  'benefits.json': benefitsJson,
  'address.json': addressJson,
  'klage.json': klageJson,
  'glossary.json': glossaryJson,
  'speech.json': speechJson,
  'citat.json': citatJson,
} as const;
export type RulesFile = keyof typeof RULES_JSON;
export type RulesJson = Record<RulesFile, unknown>;

/**
 * The schema that reads each rules file, as types (the extension loads no schemas): the values
 * are lib/rules/validate.ts's RULES_SCHEMAS, which this type holds to the same files.
 */
export interface RulesSchemas {
  'acts.json': typeof S.ActsRules;
  'citations.json': typeof S.CitationRules;
  'abbreviations.json': typeof S.AbbreviationRules;
  'dates.json': typeof S.DateRules;
  'deadlines.json': typeof S.DeadlineRules;
  'medical.json': typeof S.MedicalRules;
  'sanctions.json': typeof S.SanctionRules;
  'letter-types.json': typeof S.LetterTypeRules;
  'holidays.json': typeof S.HolidayRules;
  'layout.json': typeof S.LayoutRules;
  'provisions.json': typeof S.ProvisionRules;
  'checklist.json': typeof S.ChecklistRules;
  'explanations.json': typeof S.ExplanationRules;
  'senders.json': typeof S.SenderRules;
  'benefits.json': typeof S.BenefitRules;
  'address.json': typeof S.AddressRules;
  'klage.json': typeof KlageRules;
  'glossary.json': typeof GlossaryRules;
  'speech.json': typeof SpeechRules;
  'citat.json': typeof CitatRules;
}

/** Every rules file, read by `parse`, and checked across files. */
export function buildRules(json: RulesJson, parse: ParseRulesFile = asChecked) {
  const load = <F extends RulesFile>(file: F) => parse(file, json[file]) as z.infer<RulesSchemas[F]>;
  const acts = load('acts.json');
  const rules = {
    acts: acts.acts,
    otherActs: acts.otherActs.names,
    citations: load('citations.json'),
    abbreviations: load('abbreviations.json'),
    dates: load('dates.json'),
    deadlines: load('deadlines.json'),
    medical: load('medical.json'),
    sanctions: load('sanctions.json'),
    letterTypes: load('letter-types.json'),
    holidays: load('holidays.json').days,
    layout: load('layout.json'),
    provisions: load('provisions.json').provisions,
    checklist: load('checklist.json'),
    explanations: load('explanations.json'),
    senders: load('senders.json'),
    benefits: load('benefits.json'),
    address: load('address.json'),
    klage: load('klage.json'),
    glossary: load('glossary.json').terms,
    speech: load('speech.json'),
    citat: load('citat.json'),
  };

  // Every benefit points to a regime that exists.
  const regimeIds = new Set(rules.benefits.regimes.map((r) => r.id));
  for (const b of rules.benefits.benefits) {
    if (!regimeIds.has(b.regime)) throw new Error(`rules/benefits.json: benefit ${b.id}: no regime ${b.regime}`);
  }
  if (!regimeIds.has(rules.benefits.fallbackRegime)) throw new Error(`rules/benefits.json: no fallbackRegime ${rules.benefits.fallbackRegime}`);
  // Every checklist point stands under a heading that exists.
  const groupIds = new Set(rules.checklist.groups.map((g) => g.id));
  for (const p of rules.checklist.points) {
    if (!groupIds.has(p.group)) throw new Error(`rules/checklist.json: point ${p.id}: no group ${p.group}`);
  }
  const pointIds = new Set(rules.checklist.points.map((p) => p.id));
  for (const id of rules.checklist.firstView) {
    if (!pointIds.has(id)) throw new Error(`rules/checklist.json: firstView: no point ${id}`);
  }
  return rules;
}

/** Every rules file, in Danish (validated by the build and the tests: lib/rules/validate.ts). */
export const rules = buildRules(RULES_JSON);

export type Rules = typeof rules;
export type Act = Rules['acts'][number];
export type Regime = Rules['benefits']['regimes'][number];
