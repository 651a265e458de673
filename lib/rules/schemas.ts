import { z } from 'zod';

/** A regex source string. Checked to compile (with the 'u' flag) when the rules load. */
const regexSource = z.string().min(1).refine(
  (s) => {
    try {
      new RegExp(s.replace(/\{(date|month|weekday|number|unit|source|verb)\}/g, 'x'), 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const LawId = z.enum([
  'aktivloven',
  'beskaeftigelsesloven',
  'sygedagpengeloven',
  'pensionsloven',
  'serviceloven',
  'retssikkerhedsloven',
  'forvaltningsloven',
  'offentlighedsloven',
  'integrationsloven',
  'arbejdsloeshedsforsikringsloven',
  'digitalpostloven',
  'kompensationsloven',
  'databeskyttelsesloven',
  'principmeddelelse',
  'bekendtgoerelse',
]);
export type LawId = z.infer<typeof LawId>;

/** A legal source named by a rule: the act and the paragraph, and how to say it. */
export const LegalSource = z.object({
  law: LawId.nullable(),
  paragraph: z.string().nullable(),
  label: z.string().min(1),
});
export type LegalSource = z.infer<typeof LegalSource>;

export const ActsRules = z.object({
  acts: z
    .array(
      z.object({
        id: LawId,
        title: z.string(),
        short: z.string(),
        about: z.string().min(10),
        names: z.array(z.string().min(3)).min(1),
        abbreviations: z.array(z.string()),
        url: z.string().url(),
        source: z.string(),
        examples: z.array(z.string()).min(1),
        counterExamples: z.array(z.string()),
      }),
    )
    .min(10),
  otherActs: z.object({ names: z.array(z.string().min(3)) }),
});

const Examples = z.array(z.string());

export const CitationRules = z.object({
  section: regexSource,
  number: regexSource,
  subdivision: regexSource,
  following: regexSource,
  rangeJoin: regexSource,
  actAfter: regexSource,
  actBeforeGap: regexSource,
  anaphoraBefore: z.array(z.string()),
  anaphoraAfter: z.array(z.string()),
  decree: z.object({
    pattern: regexSource,
    types: z.record(z.string(), z.enum(['lbk', 'bek', 'lov'])),
    examples: Examples,
    counterExamples: Examples,
  }),
  decreeJoin: regexSource,
  titleIntro: z.object({ lov: z.string(), bekendtgørelse: z.string() }),
  title: regexSource,
  principle: z.object({ pattern: regexSource, examples: Examples, counterExamples: Examples }),
  chapter: regexSource,
  article: regexSource,
  examples: z.array(
    z.object({ text: z.string(), cite: z.string(), law: LawId.nullable(), paragraph: z.string().nullable() }),
  ),
  counterExamples: Examples,
});

export const AbbreviationRules = z.object({
  abbreviations: z.array(z.string().regex(/^[\p{Ll}.\d-]+$/u)),
  ordinalBefore: regexSource,
});

export const DateRules = z.object({
  months: z.array(z.object({ n: z.number().int().min(1).max(12), names: z.array(z.string()).min(1) })).length(12),
  weekdays: z.array(z.string()).min(7),
  prefix: regexSource,
  patterns: z.array(
    z.object({ id: z.string(), pattern: regexSource, examples: Examples.min(1), counterExamples: Examples }),
  ),
  slashNeedsYearOrPrefix: z.boolean(),
});

export const DeadlineUnit = z.enum(['workday', 'day', 'week', 'month']);
export type DeadlineUnit = z.infer<typeof DeadlineUnit>;

export const DeadlineRules = z.object({
  numberWords: z.record(z.string(), z.number().int().positive()),
  units: z.array(z.object({ unit: DeadlineUnit, names: z.array(z.string()).min(1), max: z.number().positive() })),
  triggers: regexSource,
  anchor: regexSource,
  timeOfDay: regexSource,
  monthEnd: regexSource,
  havePeriod: regexSource,
  statedDeadline: z.array(regexSource),
  statedPeriod: regexSource,
  appealContext: regexSource,
  notAppealInSpan: regexSource,
  notAppealInSentence: regexSource,
  receiptAnchor: regexSource,
  letterDateAnchor: regexSource,
  notDeadlineBefore: regexSource,
  selfDeadline: regexSource,
  appointmentTime: regexSource,
  examples: z.array(
    z.object({ text: z.string(), deadline: z.string(), appeal: z.boolean(), date: z.string().optional() }),
  ),
  counterExamples: Examples,
});

const Labelled = z.object({ id: z.string(), label: z.string(), pattern: regexSource });

export const MedicalRules = z.object({
  statements: z.array(Labelled).min(1),
  professionals: z.array(Labelled).min(1),
  notMedical: regexSource,
  reportingVerbs: regexSource,
  reportedLead: regexSource,
  accordingTo: regexSource,
  objectLead: regexSource,
  clauseStop: regexSource,
  negatedLead: regexSource,
  pointsBack: regexSource,
  sourceAfter: regexSource,
  quotes: z.array(z.object({ open: z.string().length(1), close: z.string().length(1) })),
  maxQuoteLength: z.number().int().positive(),
  mixedQuoteMinWords: z.number().int().positive(),
  examples: z.array(z.object({ text: z.string(), quote: z.string() })),
  counterExamples: Examples,
});

export const SanctionType = z.enum(['fradrag', 'nedsaettelse', 'skaerpet', 'ophoer', 'bortfald', 'karantaene']);
export type SanctionType = z.infer<typeof SanctionType>;

export const SanctionRules = z.object({
  types: z.array(
    z.object({
      id: SanctionType,
      label: z.string(),
      pattern: regexSource,
      law: LawId,
      paragraph: z.string().nullable(),
      source: z.string(),
    }),
  ),
  decided: regexSource,
  proposed: regexSource,
  hypothetical: regexSource,
  reasonIntro: regexSource,
  listIntro: regexSource,
  subject: regexSource,
  breach: regexSource,
  continuation: regexSource,
  listItem: regexSource,
  listItemSubject: regexSource,
  itemLead: regexSource,
  clauseEnd: regexSource,
  amount: regexSource,
  examples: z.array(z.object({ text: z.string(), reason: z.string() })),
  counterExamples: Examples,
});

export const LetterTypeId = z.enum([
  'ankestyrelsen',
  'genvurdering',
  'partshoering',
  'indkaldelse',
  'foreloebig',
  'orientering',
  'afgoerelse',
]);
export type LetterTypeId = z.infer<typeof LetterTypeId>;

export const LetterTypeRules = z.object({
  types: z.array(
    z.object({
      id: LetterTypeId,
      label: z.string(),
      appeal: z.boolean(),
      why: z.string(),
      source: LegalSource,
      any: z.array(regexSource).optional(),
      all: z.array(regexSource).optional(),
      title: z.array(regexSource).optional(),
      none: z.array(regexSource).optional(),
      noneAnywhere: z.array(regexSource).optional(),
    }),
  ),
  klagevejledning: z.array(regexSource).min(1),
  defaultAppealWeeks: z.number().int().positive(),
  defaultAppealSource: LegalSource,
  letterDate: z.array(regexSource).min(1),
});

export const HolidayRules = z.object({
  days: z.array(
    z
      .object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['helligdag', 'usikker']),
        fixed: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).optional(),
        easterOffset: z.number().int().optional(),
        firstYear: z.number().int().optional(),
        lastYear: z.number().int().optional(),
        note: z.string().optional(),
      })
      .refine((d) => (d.fixed === undefined) !== (d.easterOffset === undefined), {
        message: 'a day is either fixed or Easter-based',
      }),
  ),
});

export const LayoutRules = z.object({
  marginShare: z.number().positive().max(0.3),
  pageNumber: z.array(regexSource),
  caseLine: z.array(regexSource),
  bullets: regexSource,
  keepsHyphenBefore: regexSource,
});

export const ProvisionRules = z.object({
  provisions: z.array(
    z.object({ law: LawId, paragraph: z.string(), tag: z.enum(['V', 'P', 'U']), text: z.string().min(10) }),
  ),
});

export const ChecklistWhen = z.enum([
  'appeal',
  'noKlagevejledning',
  'decision',
  'decisionAgainst',
  'eachMedicalQuote',
  'eachSanctionReason',
  'sanction',
  'hearing',
  'always',
]);

export const ChecklistRules = z.object({
  points: z.array(
    z.object({
      id: z.string(),
      when: ChecklistWhen,
      title: z.string(),
      text: z.string(),
      why: z.string(),
      source: LegalSource,
    }),
  ),
});

const Texts = z.record(z.string(), z.union([z.string(), LegalSource]));
export const ExplanationRules = z.object({
  law: Texts,
  principle: Texts,
  decree: Texts,
  deadline: Texts,
  appointment: Texts,
  medical_quote: Texts,
  sanction: Texts,
  appeal: Texts,
});
