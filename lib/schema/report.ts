import { z } from 'zod';
import { StatementCheck } from './statementCheck';
import { BenefitId, DeadlineUnit, LawId, LegalSource, LetterTypeId, SanctionType, SenderId } from '../rules/ids';

export const FindingKind = z.enum(['law', 'deadline', 'appointment', 'medical_quote', 'sanction']);
export type FindingKind = z.infer<typeof FindingKind>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Where a finding stands on one page: offsets into the document text. */
export const Segment = z.object({ page: z.number().int().positive(), start: z.number().int(), end: z.number().int() });
export type Segment = z.infer<typeof Segment>;

import { Explanation } from './explanation';
export { Explanation };

const FindingBase = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  segments: z.array(Segment).min(1),
  ruleId: z.string(),
  explanation: Explanation,
});

export const LawFinding = FindingBase.extend({
  kind: z.literal('law'),
  law: LawId.nullable(),
  paragraph: z.string().nullable(),
  /** How the act was identified: named in the phrase, by an earlier citation, or not at all. */
  resolvedBy: z.enum(['named', 'context', 'none']),
});

export const Period = z.object({ count: z.number().positive(), unit: DeadlineUnit });
export type Period = z.infer<typeof Period>;

export const DeadlineFinding = FindingBase.extend({
  kind: z.literal('deadline'),
  /** The absolute date the text names, else null. */
  date: IsoDate.nullable(),
  appeal: z.boolean(),
  period: Period.nullable(),
  /** What a period counts from: receipt of this letter, another event, or nothing stated. */
  anchor: z.enum(['receipt', 'letter', 'other', 'none']),
  /** The date computed from the period and the received date, where the text allows. */
  resolvedDate: IsoDate.nullable(),
});

export const AppointmentFinding = FindingBase.extend({
  kind: z.literal('appointment'),
  date: IsoDate.nullable(),
});

export const MedicalQuoteFinding = FindingBase.extend({
  kind: z.literal('medical_quote'),
  style: z.enum(['direct', 'reported']),
  /** The statement or professional named as the source, as the letter words it. */
  source: z.string(),
});

export const SanctionFinding = FindingBase.extend({
  kind: z.literal('sanction'),
  sanctionType: SanctionType.nullable(),
  status: z.enum(['imposed', 'proposed']),
  amount: z.string().nullable(),
});

export const Finding = z.discriminatedUnion('kind', [
  LawFinding,
  DeadlineFinding,
  AppointmentFinding,
  MedicalQuoteFinding,
  SanctionFinding,
]);
export type Finding = z.infer<typeof Finding>;
export type LawFinding = z.infer<typeof LawFinding>;
export type DeadlineFinding = z.infer<typeof DeadlineFinding>;
export type AppointmentFinding = z.infer<typeof AppointmentFinding>;
export type MedicalQuoteFinding = z.infer<typeof MedicalQuoteFinding>;
export type SanctionFinding = z.infer<typeof SanctionFinding>;

export const Appeal = z.object({
  /**
   * The last day a klage is on time: the legal frist (retssikkerhedslovens § 67: 4 weeks from
   * receipt), or the letter's own where it is later or the only one that can be counted. A
   * klagevejledning cannot shorten the legal frist. Null where the letter gives no right to
   * complain, or where there is a frist but no date to count it from (basis "needs-received-date").
   */
  deadline: IsoDate.nullable(),
  /**
   * The day to send a klage by, to be safe: the earlier of the frist the letter states and the
   * legal one. The banner shows this day; where it is before `deadline`, it says why.
   */
  sendBy: IsoDate.nullable(),
  /** The day the user says the letter reached their Digital Post; null until they say. */
  received: IsoDate.nullable(),
  /** The day the frist is counted from: the received day, else the letter's date. */
  countedFrom: IsoDate.nullable(),
  receivedSource: z.enum(['user', 'letter', 'none']),
  basis: z.enum(['stated-date', 'stated-period', 'law', 'no-appeal', 'needs-received-date']),
  /** False where the evidence about the right to complain is mixed: the frist is shown to be safe. */
  certain: z.boolean(),
  /** The frist the law gives (4 weeks from receipt), where it can be counted. */
  legalDeadline: IsoDate.nullable(),
  /** The frist the letter states, where it states one with a date or a period that can be counted. */
  statedDeadline: IsoDate.nullable(),
  period: Period.nullable(),
  /** The computation, step by step, in plain Danish. */
  steps: z.array(z.string()),
  warnings: z.array(z.string()),
  source: LegalSource,
  /** Where to send a klage and what happens next, for this sender; null where none is possible. */
  route: z.object({ text: z.string(), source: LegalSource }).nullable(),
  /** Who should have the klage, at which address and how, as far as the letter says; null where none is possible. */
  sendTo: z
    .object({
      recipient: z.string().nullable(),
      address: z.string().nullable(),
      /** Words to follow "Du kan klage": "i Digital Post eller ved at ringe". */
      ways: z.string(),
    })
    .nullable(),
});
export type Appeal = z.infer<typeof Appeal>;

export const ChecklistItem = z.object({
  id: z.string(),
  /** The heading the point stands under (rules/checklist.json groups). */
  group: z.string(),
  title: z.string(),
  text: z.string(),
  /** One line per thing the point is about: each medical quote, each reason for a sanction. */
  lines: z.array(z.object({ text: z.string(), finding: z.number().int().nonnegative().nullable() })),
  why: z.string(),
  source: LegalSource,
  /** Where Ankestyrelsen's own reviews found this to go wrong, where they did. */
  practice: z.string().nullable(),
  /** Indexes into findings that this point is about. */
  findings: z.array(z.number().int().nonnegative()),
  attention: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Letter = z.object({
  type: LetterTypeId,
  label: z.string(),
  date: IsoDate.nullable(),
  hasKlagevejledning: z.boolean(),
  sanction: z.boolean(),
  /** Who sent it, as far as the letter shows; null where it cannot be told. */
  sender: SenderId.nullable(),
  /** The sender's name as the letter writes it ("Jobcenter Vejle"), else a plain label. */
  senderName: z.string().nullable(),
  /** The benefit or matter the letter is about; null where it cannot be told. */
  benefit: BenefitId.nullable(),
  benefitLabel: z.string().nullable(),
  /** The set of rules Brevtjek explains the letter by (rules/benefits.json regimes). */
  regime: z.string(),
});
export type Letter = z.infer<typeof Letter>;

export const Report = z.object({
  schema: z.literal(1),
  file: z.string(),
  pages: z.number().int().nonnegative(),
  /** Pages with no text layer (a scan), 1-based. */
  pagesWithoutText: z.array(z.number().int().positive()),
  letter: Letter,
  findings: z.array(Finding),
  appeal: Appeal,
  checklist: z.array(ChecklistItem),
  /** Citat-tjek: the quotes held against the medical statement, where one was given (--statement). */
  statement: StatementCheck.optional(),
  /** The letter's text was read from images by OCR (--ocr): its words may be misread. */
  ocr: z
    .object({
      /** The pages read by OCR, 1-based. */
      pages: z.array(z.number().int().positive()),
      /** Tesseract's mean confidence in the words read, 0–100. */
      confidence: z.number().min(0).max(100),
    })
    .optional(),
});
export type Report = z.infer<typeof Report>;
