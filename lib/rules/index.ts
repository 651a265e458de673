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
import * as S from './schemas';
import { KlageRules } from './klageSchema';
import { GlossaryRules } from './glossarySchema';
import { SpeechRules } from './speechSchema';
import { CitatRules } from './citatSchema';

/** Parses one rules file, naming the file in the error so a reviewer knows where to look. */
function load<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`rules/${file}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}

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

/** Every rules file, validated, and checked across files. */
export function buildRules(json: RulesJson) {
  const acts = load('acts.json', S.ActsRules, json['acts.json']);
  const rules = {
    acts: acts.acts,
    otherActs: acts.otherActs.names,
    citations: load('citations.json', S.CitationRules, json['citations.json']),
    abbreviations: load('abbreviations.json', S.AbbreviationRules, json['abbreviations.json']),
    dates: load('dates.json', S.DateRules, json['dates.json']),
    deadlines: load('deadlines.json', S.DeadlineRules, json['deadlines.json']),
    medical: load('medical.json', S.MedicalRules, json['medical.json']),
    sanctions: load('sanctions.json', S.SanctionRules, json['sanctions.json']),
    letterTypes: load('letter-types.json', S.LetterTypeRules, json['letter-types.json']),
    holidays: load('holidays.json', S.HolidayRules, json['holidays.json']).days,
    layout: load('layout.json', S.LayoutRules, json['layout.json']),
    provisions: load('provisions.json', S.ProvisionRules, json['provisions.json']).provisions,
    checklist: load('checklist.json', S.ChecklistRules, json['checklist.json']),
    explanations: load('explanations.json', S.ExplanationRules, json['explanations.json']),
    senders: load('senders.json', S.SenderRules, json['senders.json']),
    benefits: load('benefits.json', S.BenefitRules, json['benefits.json']),
    address: load('address.json', S.AddressRules, json['address.json']),
    klage: load('klage.json', KlageRules, json['klage.json']),
    glossary: load('glossary.json', GlossaryRules, json['glossary.json']).terms,
    speech: load('speech.json', SpeechRules, json['speech.json']),
    citat: load('citat.json', CitatRules, json['citat.json']),
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

/** Every rules file, in Danish, validated once at load. */
export const rules = buildRules(RULES_JSON);

export type Rules = typeof rules;
export type Act = Rules['acts'][number];
export type Regime = Rules['benefits']['regimes'][number];
