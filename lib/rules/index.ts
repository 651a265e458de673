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
import * as S from './schemas';
import { KlageRules } from './klageSchema';
import { GlossaryRules } from './glossarySchema';
import { SpeechRules } from './speechSchema';

/** Parses one rules file, naming the file in the error so a reviewer knows where to look. */
function load<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`rules/${file}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Every rules file, validated once at load. */
export const rules = {
  acts: load('acts.json', S.ActsRules, actsJson).acts,
  otherActs: load('acts.json', S.ActsRules, actsJson).otherActs.names,
  citations: load('citations.json', S.CitationRules, citationsJson),
  abbreviations: load('abbreviations.json', S.AbbreviationRules, abbreviationsJson),
  dates: load('dates.json', S.DateRules, datesJson),
  deadlines: load('deadlines.json', S.DeadlineRules, deadlinesJson),
  medical: load('medical.json', S.MedicalRules, medicalJson),
  sanctions: load('sanctions.json', S.SanctionRules, sanctionsJson),
  letterTypes: load('letter-types.json', S.LetterTypeRules, letterTypesJson),
  holidays: load('holidays.json', S.HolidayRules, holidaysJson).days,
  layout: load('layout.json', S.LayoutRules, layoutJson),
  provisions: load('provisions.json', S.ProvisionRules, provisionsJson).provisions,
  checklist: load('checklist.json', S.ChecklistRules, checklistJson),
  explanations: load('explanations.json', S.ExplanationRules, explanationsJson),
  senders: load('senders.json', S.SenderRules, sendersJson),
  benefits: load('benefits.json', S.BenefitRules, benefitsJson),
  address: load('address.json', S.AddressRules, addressJson),
  klage: load('klage.json', KlageRules, klageJson),
  glossary: load('glossary.json', GlossaryRules, glossaryJson).terms,
  speech: load('speech.json', SpeechRules, speechJson),
};

// Cross-file checks a schema cannot make: every benefit points to a regime that exists.
const regimeIds = new Set(rules.benefits.regimes.map((r) => r.id));
for (const b of rules.benefits.benefits) {
  if (!regimeIds.has(b.regime)) throw new Error(`rules/benefits.json: benefit ${b.id}: no regime ${b.regime}`);
}
if (!regimeIds.has(rules.benefits.fallbackRegime)) throw new Error(`rules/benefits.json: no fallbackRegime ${rules.benefits.fallbackRegime}`);

export type Rules = typeof rules;
export type Act = Rules['acts'][number];
export type Regime = Rules['benefits']['regimes'][number];
// Every checklist point stands under a heading that exists.
const groupIds = new Set(rules.checklist.groups.map((g) => g.id));
for (const p of rules.checklist.points) {
  if (!groupIds.has(p.group)) throw new Error(`rules/checklist.json: point ${p.id}: no group ${p.group}`);
}
const pointIds = new Set(rules.checklist.points.map((p) => p.id));
for (const id of rules.checklist.firstView) {
  if (!pointIds.has(id)) throw new Error(`rules/checklist.json: firstView: no point ${id}`);
}
