import { z } from 'zod';
import { regexOf } from './regexSource';
import { LegalSource } from './schemas';

/** A regex source, compiled with flags 'iu' (and matched as whole words) when the rules load. */
const pattern = regexOf('iu');
const lower = z.string().min(1).refine((s) => s === s.toLowerCase(), { message: 'write the word in lower case' });
const words = z.array(lower);

/**
 * A text a person reads: it may use only the {placeholders} given, so a reviewer who rewords it
 * cannot add a blank that is never filled.
 */
const text = (...keys: string[]) =>
  z
    .string()
    .min(10)
    .refine((s) => [...s.matchAll(/\{(\w+)\}/g)].every((m) => keys.includes(m[1] as string)), {
      message: `may only use ${keys.map((k) => `{${k}}`).join(', ') || 'no placeholder'}`,
    });

/** What a flag's explanation says (lib/citat/explain.ts fills {words} and {topic}). */
const FlagTexts = (...keys: string[]) => z.object({ what: text(...keys), why: text(), todo: text(), source: LegalSource });

export const QualifierKind = z.enum(['negation', 'limit', 'number', 'condition', 'contrast', 'doubt']);
export type QualifierKind = z.infer<typeof QualifierKind>;

export const TopicId = z.enum(['arbejdsevne', 'begraensninger', 'prognose']);
export type TopicId = z.infer<typeof TopicId>;

/** rules/citat.json: the Danish the Citat-tjek (lib/citat) holds a decision's quotes against a statement with. */
export const CitatRules = z.object({
  statementKinds: z.object({
    /** How many lines at the top of the statement name its kind. */
    headLines: z.number().int().positive(),
    kinds: z.array(z.object({ id: z.string().regex(/^[a-z-]+$/), label: z.string().min(3), pattern })).min(1),
  }),
  words: z.object({
    persons: words.min(1),
    neutral: words.min(1),
    lemmas: z.array(z.object({ lemma: lower, forms: words.min(1) })),
    numbers: z.object({
      words: z.record(lower, z.number().positive()),
      /** Number words that are also articles ("en", "et"): a number only before a unit. */
      onlyBeforeUnit: words,
      units: words.min(1),
      /** Words before a day's number or a time ("den 10.", "kl. 10.15"): the number is a date. */
      dateLead: words,
      /** Units of one measure (time, weight, length): a number in one put where the statement has another is a change. */
      measures: z.array(words.min(2)).min(1),
    }),
    /** Words and phrases that say the same: each group is read as one word. */
    same: z.array(z.object({ id: z.string().regex(/^[a-z-]+$/), phrases: words.min(2) })),
    negatingPrefixes: words,
    scales: z.object({ groups: z.array(z.object({ id: z.string(), words: words.min(2) })).min(1) }),
    strongWords: z.object({ words: words.min(1), same: z.array(z.string()) }),
  }),
  stemming: z.object({
    vowels: lower,
    minStem: z.number().int().min(2),
    /** Longest first. */
    step1: words.min(1).refine((s) => s.every((x, i) => i === 0 || (s[i - 1] as string).length >= x.length), { message: 'longest suffix first' }),
    sEndings: lower,
    step2: words,
    step3: z.array(z.object({ suffix: lower, replace: z.string() })),
  }),
  ocr: z.object({ confusions: z.array(z.tuple([z.string().min(1), z.string().min(1)])) }),
  quoteMarks: z.object({ ellipsis: pattern, insertion: pattern, lead: pattern, partJoin: pattern }),
  /** Abbreviations a sentence may be cut after by mistake ("maks. 20 timer"): regex source, without the full stop. */
  abbreviations: pattern,
  /** A form's boxes: an unticked one with its words, and a ticked one's mark, are no words of the statement. */
  forms: z.object({ unticked: pattern, ticked: pattern }),
  /** The kommune's own health advisers, who speak in their own name. */
  advisers: z.object({ pattern }),
  clauses: z.object({
    boundary: pattern,
    complementLead: pattern,
    nextSentenceLead: pattern,
    /** A clause with a subject of its own: its numbers and limits are its own. */
    ownSubject: pattern,
    /** The most words a left-out clause is quoted with. */
    maxWords: z.number().int().positive(),
  }),
  qualifiers: z.object({
    items: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z-]+$/),
          kind: QualifierKind,
          pattern,
          examples: z.array(z.string()).min(1),
          counterExamples: z.array(z.string()),
        }),
      )
      .min(1),
  }),
  topics: z.object({
    items: z.array(z.object({ id: TopicId, name: z.string().min(3), headings: pattern, strong: pattern, words: pattern })).length(3),
    neutralHeadings: pattern,
    skip: pattern,
    /** A sentence about what was: background, unless it also says what can or should be (`assessment`). */
    history: pattern,
    /** What the patient tells or asks ("Han beskriver …"): the anamnese, unless it says what can or should be. */
    patientVoice: pattern,
    /** A sentence that reports what was seen or measured: only strong words make it about a topic. */
    observation: pattern,
    assessment: pattern,
    minWords: z.number().int().positive(),
  }),
  mention: z.object({ share: z.number().min(0).max(1), minWords: z.number().int().positive(), common: z.number().int().positive() }),
  texts: z.object({
    'not-found': FlagTexts(),
    changed: FlagTexts('words'),
    'left-out': FlagTexts('words'),
    'not-mentioned': FlagTexts('topic'),
  }),
  /** Added to what to do where Brevtjek is not sure (fail safe: flagged, to be checked). */
  unsure: text(),
});
export type CitatRules = z.infer<typeof CitatRules>;
