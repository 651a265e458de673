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

/**
 * Set by the build (wxt.config.ts, lib/cli/build.mjs) once it has validated every rules file: the
 * shipped extension and command line then read the files as they are, without zod at each start
 * (a tenth of a second on every page and worker that loads them). Unset in tests and `wxt` dev.
 */
declare const __BREVTJEK_RULES_CHECKED__: boolean | undefined;
const checkedAtBuild = typeof __BREVTJEK_RULES_CHECKED__ !== 'undefined' && __BREVTJEK_RULES_CHECKED__;

/** A rules file without its reviewers' notes ("$comment" and other keys starting with $): what zod's parse keeps of it. */
export function withoutNotes(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutNotes);
  if (typeof data !== 'object' || data === null) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('$')).map(([key, value]) => [key, withoutNotes(value)]));
}

/** Parses one rules file, naming the file in the error so a reviewer knows where to look. */
function load<T extends z.ZodType>(file: string, schema: T, data: unknown, validate: boolean): z.infer<T> {
  if (!validate) return withoutNotes(data) as z.infer<T>;
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

/** Every rules file, validated (unless the build has), and checked across files. */
export function buildRules(json: RulesJson, { validate = !checkedAtBuild }: { validate?: boolean } = {}) {
  const acts = load('acts.json', S.ActsRules, json['acts.json'], validate);
  const rules = {
    acts: acts.acts,
    otherActs: acts.otherActs.names,
    citations: load('citations.json', S.CitationRules, json['citations.json'], validate),
    abbreviations: load('abbreviations.json', S.AbbreviationRules, json['abbreviations.json'], validate),
    dates: load('dates.json', S.DateRules, json['dates.json'], validate),
    deadlines: load('deadlines.json', S.DeadlineRules, json['deadlines.json'], validate),
    medical: load('medical.json', S.MedicalRules, json['medical.json'], validate),
    sanctions: load('sanctions.json', S.SanctionRules, json['sanctions.json'], validate),
    letterTypes: load('letter-types.json', S.LetterTypeRules, json['letter-types.json'], validate),
    holidays: load('holidays.json', S.HolidayRules, json['holidays.json'], validate).days,
    layout: load('layout.json', S.LayoutRules, json['layout.json'], validate),
    provisions: load('provisions.json', S.ProvisionRules, json['provisions.json'], validate).provisions,
    checklist: load('checklist.json', S.ChecklistRules, json['checklist.json'], validate),
    explanations: load('explanations.json', S.ExplanationRules, json['explanations.json'], validate),
    senders: load('senders.json', S.SenderRules, json['senders.json'], validate),
    benefits: load('benefits.json', S.BenefitRules, json['benefits.json'], validate),
    address: load('address.json', S.AddressRules, json['address.json'], validate),
    klage: load('klage.json', KlageRules, json['klage.json'], validate),
    glossary: load('glossary.json', GlossaryRules, json['glossary.json'], validate).terms,
    speech: load('speech.json', SpeechRules, json['speech.json'], validate),
    citat: load('citat.json', CitatRules, json['citat.json'], validate),
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

/** Every rules file, in Danish, validated once at load (or at build). */
export const rules = buildRules(RULES_JSON);

export type Rules = typeof rules;
export type Act = Rules['acts'][number];
export type Regime = Rules['benefits']['regimes'][number];
