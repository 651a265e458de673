import { z } from 'zod';
import { Explanation } from './explanation';

/**
 * Citat-tjek (issue 10): the decision's quotes from a medical statement held against the whole
 * statement. One schema for the engine (lib/citat), the report (--statement), storage and the view.
 * Offsets: `quote*` into the decision's text, everything else into the statement's text.
 */

/** A span of the statement's text. */
export const StatementSpan = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });
export type StatementSpan = z.infer<typeof StatementSpan>;

/**
 * What is wrong, or worth checking, about a quote or the statement:
 * - not-found: the quote is not in the statement (not even reworded);
 * - changed: words differ between the statement and the quote;
 * - left-out: the statement has words right by the quoted ones that change their meaning
 *   (ikke, kun, højst, men, dog, under forudsætning af, hours and days) and the quote leaves them out;
 * - not-mentioned: the statement says something about work capacity, limitations or prognosis
 *   that the decision does not mention.
 */
export const CitatFlagKind = z.enum(['not-found', 'changed', 'left-out', 'not-mentioned']);
export type CitatFlagKind = z.infer<typeof CitatFlagKind>;

export const CitatFlag = z.object({
  kind: CitatFlagKind,
  /** The words the flag is about: the changed or left-out words, or the unmentioned sentence. */
  words: z.array(z.string()),
  explanation: Explanation,
});
export type CitatFlag = z.infer<typeof CitatFlag>;

/** How the quote was found: word for word, with small changes, or retold (reported speech, paraphrase). */
export const MatchHow = z.enum(['exact', 'close', 'retold']);

/** One quote of the decision, held against the statement. */
export const QuoteCheck = z.object({
  /** Index of the medical_quote finding in the decision's report. */
  finding: z.number().int().nonnegative(),
  /** The quote as the decision words it. */
  quote: z.string(),
  quoteStart: z.number().int().nonnegative(),
  quoteEnd: z.number().int().nonnegative(),
  /** Where the statement says it, or null where it was not found. */
  match: StatementSpan.extend({ how: MatchHow, similarity: z.number().min(0).max(1) }).nullable(),
  /** The sentences around the match (before and after), to read the quote in its context. */
  context: StatementSpan.nullable(),
  flags: z.array(CitatFlag),
});
export type QuoteCheck = z.infer<typeof QuoteCheck>;

/** What the statement says about work, limits or prognosis that the decision does not mention. */
export const Unmentioned = StatementSpan.extend({
  topic: z.enum(['arbejdsevne', 'begraensninger', 'prognose']),
  flag: CitatFlag,
});
export type Unmentioned = z.infer<typeof Unmentioned>;

export const StatementCheck = z.object({
  statement: z.object({
    file: z.string(),
    /** lægeattest, lægeerklæring, speciallægeerklæring, statusattest, journaludskrift, psykolograpport, or null. */
    kind: z.string().nullable(),
    /** The statement was read from images (OCR): its words may be misread. */
    ocr: z.boolean(),
    pages: z.number().int().nonnegative(),
  }),
  quotes: z.array(QuoteCheck),
  unmentioned: z.array(Unmentioned),
});
export type StatementCheck = z.infer<typeof StatementCheck>;
