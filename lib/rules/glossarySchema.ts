import { z } from 'zod';
import { regexOf } from './regexSource';
import { LegalSource } from './schemas';

/** A form of a term: a regex source, compiled with flags 'iu' (or 'u' for a case-sensitive term) when the rules load. */
const form = regexOf('iu', 2)
  // A form may not match the empty string, or a term would be marked everywhere.
  .refine((s) => !new RegExp(`^(?:${s})$`, 'iu').test(''), { message: 'a form must not match the empty string' });

/** One word of the ordliste (rules/glossary.json): how it is written, and what it means in plain Danish. */
export const GlossaryTerm = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The word as the tooltip names it. */
  term: z.string().min(2),
  /** Every way it is written in letters, inflections and compounds that mean the same. */
  forms: z.array(form).min(1),
  /** Match the forms with their capitals only (a short name such as STAR). */
  caseSensitive: z.boolean().optional(),
  /** One line in plain common Danish (LIX at most 35: the unit tests check it). */
  meaning: z
    .string()
    .min(10)
    .max(160)
    .refine((s) => !/[\n\r]/.test(s), { message: 'one line' })
    .refine((s) => /[.!?]$/.test(s), { message: 'ends a sentence' }),
  /** The rule the word comes from, where useful. */
  source: LegalSource.optional(),
  /** Texts that must contain the term, and texts that must not. */
  examples: z.array(z.string()).min(1),
  counterExamples: z.array(z.string()),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const GlossaryRules = z.object({
  terms: z
    .array(GlossaryTerm)
    .min(60)
    .refine((terms) => new Set(terms.map((t) => t.id)).size === terms.length, { message: 'every id is used once' }),
});
