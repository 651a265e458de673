import { z } from 'zod';
import { regexOf } from './regexSource';
import { KlageRequest } from '../storage/records';

/** A regex source string, checked to compile with the given flags when the rules load. */
const regex = regexOf;

/**
 * A text with {placeholders}: it must keep every one of `keys` and may use no other, so a
 * reviewer who rewords a sentence cannot drop the date or add a blank that is never filled.
 */
const template = (...keys: string[]) =>
  z
    .string()
    .min(1)
    .refine((s) => keys.every((k) => s.includes(`{${k}}`)), { message: `must keep ${keys.map((k) => `{${k}}`).join(', ') || 'no placeholder'}` })
    .refine((s) => [...s.matchAll(/\{(\w+)\}/g)].every((m) => keys.includes(m[1] as string)), {
      message: `may only use ${keys.map((k) => `{${k}}`).join(', ') || 'no placeholder'}`,
    });
/** A plain sentence: no placeholder at all. */
const plain = template();

const Examples = z.array(z.string());

/** A checklist point (rules/checklist.json, by id) in the klage. */
const PointUse = z.discriminatedUnion('use', [
  /** A paragraph under "Det er jeg uenig i", the lead before the user's comment. */
  z.object({ use: z.literal('reason'), lead: plain, quoteFindings: z.boolean().optional() }),
  /** A Citat-tjek point (one per flag): the decision's {quote} and the statement's whole passage, {statement}. */
  z.object({
    use: z.literal('citat'),
    lead: z
      .string()
      .min(1)
      .refine((s) => [...s.matchAll(/\{(\w+)\}/g)].every((m) => m[1] === 'quote' || m[1] === 'statement'), { message: 'may only use {quote} and {statement}' })
      .refine((s) => s.includes('{statement}') || s.includes('{quote}'), { message: 'must cite {quote} or {statement}' }),
  }),
  /** The point asks for one of the requests. */
  z.object({ use: z.literal('request'), request: KlageRequest }),
  /** A task for the user; nothing to tell the sender. */
  z.object({ use: z.literal('skip') }),
]);

/** rules/klage.json: the klage draft's fixed sentences and the case facts it names. */
export const KlageRules = z.object({
  /** Tested on the text before a label: where a line or a table cell starts. */
  cellStart: regex('iu'),
  caseNumber: z.object({
    labels: z.array(z.object({ id: z.string().min(1), pattern: regex('iu'), rank: z.number().int().positive() })).min(1),
    /** The letter's own number: "Vores sagsnr.". */
    ownPrefix: regex('iu'),
    /** Another body's number: "Kommunens j.nr."; ranked `otherRank` lower. */
    otherPrefix: regex('iu'),
    otherRank: z.number().int().positive(),
    /** The number itself (flags 'u'), at the start of what follows the label. */
    value: regex('u'),
    /** What is never a case number (a CPR number). */
    notValue: regex('iu'),
    /** How many digits a case number has at the least. */
    minDigits: z.number().int().nonnegative(),
    examples: z.array(z.object({ text: z.string(), value: z.string() })).min(1),
    counterExamples: Examples,
  }),
  subject: z.object({
    headLines: z.number().int().positive(),
    label: regex('iu'),
    cellGap: regex('u'),
    mailPrefix: regex('iu'),
    /** A person's name (flags 'u'), read before the first comma. */
    personName: regex('u'),
    notSubject: regex('iu'),
    heading: regex('iu'),
    underline: regex('u'),
    maxLength: z.number().int().positive(),
    examples: z.array(z.object({ text: z.string(), subject: z.string() })).min(1),
    counterExamples: Examples,
  }),
  draft: z.object({
    title: template('date'),
    titleNoDate: plain,
    /** A title line ("Klage over …"), as the first line of a draft the user may have edited. */
    titleLine: regex('iu'),
    to: template('name'),
    /** The recipient's address under "Til", where the letter gives it. */
    toAddress: template('address'),
    unknownRecipient: plain,
    date: template('date'),
    regarding: template('date'),
    regardingNoDate: plain,
    caseNumber: template('number'),
    subject: template('subject'),
    opening: template('date'),
    openingNoDate: plain,
    deadline: template('date'),
    disagree: plain,
    noReasons: plain,
    quoted: template('quotes'),
    quote: template('text'),
    and: plain,
    medical: z.object({
      intro: plain,
      quote: template('text', 'source'),
      quoteNoSource: template('text'),
      ask: plain,
      /** The source's words in the klage's own voice: "din læge" → "min læge". */
      ownWords: z.array(z.object({ letter: z.string().regex(/^\p{L}+$/u), klage: z.string().regex(/^\p{L}+$/u) })),
    }),
    contact: plain,
    regards: plain,
    nameLine: plain,
  }).superRefine((draft, ctx) => {
    // The draft's own title must read as a title line, or the .docx loses its heading.
    let re: RegExp;
    try {
      re = new RegExp(draft.titleLine, 'iu');
    } catch {
      return;
    }
    if (!re.test(draft.title) || !re.test(draft.titleNoDate)) ctx.addIssue({ code: 'custom', path: ['titleLine'], message: 'must match title and titleNoDate' });
  }),
  checklist: z.object({ points: z.record(z.string(), PointUse) }),
  notes: z.object({
    tags: z
      .array(z.object({ tag: z.string().trim().min(1), quote: template('exact'), says: z.union([z.literal(''), plain]), ifNoText: z.union([z.literal(''), plain]) }))
      .min(1),
  }),
  requests: z.object({ sentences: z.record(KlageRequest, plain) }),
  route: z.object({
    /** Each has a group "name" (who gets the klage), or none where the sentence says "us". */
    recipient: z.array(z.object({ pattern: regex('iu'), weak: z.boolean().optional() })).min(1),
    /** A sentence about sending the klage on, after a genvurdering: it names no recipient. */
    forwarding: regex('iu'),
    /** Who decides a klage, not who receives it first: a weak pattern naming one of these does not count. */
    klageinstans: regex('u'),
    name: regex('u'),
    sameAsSender: regex('iu'),
    orgLine: regex('iu'),
    postcode: regex('u'),
    street: regex('iu'),
    /** A sentence that says how to klage, and one that only speaks of a klage (it was received, read more). */
    waySentence: regex('iu'),
    notWaySentence: regex('iu'),
    /** Each way is written or oral; where one is named, the generic word for its mode ("skriftligt") is not said as well. */
    ways: z.array(z.object({ pattern: regex('iu'), says: z.string().min(1), mode: z.enum(['written', 'oral']) })).min(1),
    generic: z.object({ written: plain, oral: plain }),
    or: plain,
    defaultWays: z.object({ kommune: plain, 'udbetaling-danmark': plain, 'a-kasse': plain, other: plain }),
    address: template('address'),
  }),
});
export type KlageRules = z.infer<typeof KlageRules>;
