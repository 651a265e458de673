import { z } from 'zod';

// The extension's CSP forbids eval; tell zod not to try it.
z.config({ jitless: true });

/**
 * Messages between the content script, the background and the viewer. A letter's bytes
 * travel as base64 (extension messages are JSON) and are kept in the background's memory
 * only until the viewer takes them: nothing is stored, nothing leaves the machine.
 */
export const OpenLetterBytes = z.object({
  type: z.literal('brevtjek:open-bytes'),
  name: z.string(),
  base64: z.string(),
  /** Where the letter came from, shown to the user. */
  source: z.string(),
});
export const OpenLetterUrl = z.object({ type: z.literal('brevtjek:open-url'), url: z.string().url() });
export const TakeLetter = z.object({ type: z.literal('brevtjek:take'), id: z.string() });
export const Message = z.discriminatedUnion('type', [OpenLetterBytes, OpenLetterUrl, TakeLetter]);
export type Message = z.infer<typeof Message>;

export const HeldLetter = z.object({ name: z.string(), base64: z.string(), source: z.string() });
export type HeldLetter = z.infer<typeof HeldLetter>;
