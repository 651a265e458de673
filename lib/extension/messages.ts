import { z } from 'zod';
import { MAX_LETTER_BYTES } from '../limits';

// The extension's CSP forbids eval; tell zod not to try it.
z.config({ jitless: true });

/**
 * What travels between the content script, the background and the viewer. The background and
 * the content script check these by hand (lib/extension/parseMessage.ts, letterTransfer.ts:
 * zod would be most of their bundles); tests/unit/parseMessage.test.ts holds the two alike.
 */

/** Browser tests only (built with `--mode e2e`): open a link the way the context menu does. */
export const OpenLetterUrl = z.object({ type: z.literal('brevtjek:open-url'), url: z.string().url({ protocol: /^https?$/ }) });
export const Message = z.discriminatedUnion('type', [OpenLetterUrl]);
export type Message = z.infer<typeof Message>;

/** Why a letter did not come: it could not be fetched, it is too large, it is gone (taken, or the browser restarted), or too many came at once. */
export const TransferFailure = z.enum(['fetch-failed', 'too-large', 'gone', 'busy']);

/** A letter over a port, in chunks (lib/extension/letterTransfer.ts). */
export const TransferMessage = z.discriminatedUnion('type', [
  /** The letter's header: its name, where it came from, its size. */
  z.object({ type: z.literal('letter'), name: z.string(), source: z.string(), size: z.number().int().min(0).max(MAX_LETTER_BYTES) }),
  /** Up to 1 MiB of the letter, as base64. */
  z.object({ type: z.literal('chunk'), base64: z.string().max(Math.ceil((1 << 20) / 3) * 4) }),
  z.object({ type: z.literal('end') }),
  /** The viewer is to fetch the letter itself (the background could not reach the site). */
  z.object({ type: z.literal('address'), url: z.string().regex(/^https?:/i), name: z.string() }),
  z.object({ type: z.literal('failed'), reason: TransferFailure }),
  /** The viewer asks for the letter held under `id`. */
  z.object({ type: z.literal('take'), id: z.string() }),
  /** The background has the whole letter a content script handed over. */
  z.object({ type: z.literal('handed') }),
]);
export type TransferMessage = z.infer<typeof TransferMessage>;
export type TransferFailure = z.infer<typeof TransferFailure>;
