import { z } from 'zod';
import { regexOf } from './regexSource';

/** A regex source string, checked to compile with the 'giu' flags it is used with. */
const regex = regexOf('giu');

/**
 * rules/speech.json: how Brevtjek says a letter's written forms aloud ("§ 13, stk. 7" →
 * "paragraf 13, stykke 7"). `words` are written forms, matched whole and without regard to
 * case (a capital first letter is kept); `patterns` are regular expressions whose `say` may use
 * $1, $2 …; `dates` turn a written date into a Danish one ("2025-07-10" → "torsdag den 10. juli
 * 2025") with the named groups year, month and day. `examples` are checked by the unit tests.
 */
export const SpeechRules = z.object({
  words: z
    .array(
      z.object({
        write: z.string().min(1),
        say: z.string().min(1),
        /** A form ending in a period that often ends a sentence too ("… 500 kr. Du skal …"): before a capital letter or the end, the period is kept as a pause. */
        endsSentence: z.boolean().optional(),
      }),
    )
    .min(1),
  patterns: z.array(z.object({ id: z.string().min(1), pattern: regex, say: z.string().min(1) })),
  dates: z.array(
    z.object({
      id: z.string().min(1),
      pattern: regex.refine((s) => ['year', 'month', 'day'].every((g) => s.includes(`(?<${g}>`)), { message: 'needs the named groups year, month and day' }),
      /** Say the weekday too ("torsdag den 10. juli 2025"), except right after "den". */
      weekday: z.boolean(),
    }),
  ),
  /** Besides rules/abbreviations.json: words after whose period no sentence ends ("Hr. Hansen"), lower-case, without the period. */
  noBreakAfter: z.array(z.string().regex(/^[\p{Ll}.\d-]+$/u)),
  examples: z.array(z.object({ text: z.string().min(1), say: z.string().min(1) })).min(1),
});
export type SpeechRules = z.infer<typeof SpeechRules>;
