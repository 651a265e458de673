import type { Message } from './messages';

/**
 * The background's check of a message (lib/extension/messages.ts has the zod schema, `Message`).
 * Written out by hand so the background and the content script carry no zod (it was most of the
 * background's bundle). It gives what `Message.safeParse` gives: the message with only its own
 * fields, the URL trimmed and without tabs or line breaks, as zod's `url()` leaves it, http(s)
 * only; null where zod fails. tests/unit/parseMessage.test.ts holds the two to each other.
 */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { type, url } = raw as Record<string, unknown>;
  if (type !== 'brevtjek:open-url') return null;
  const href = typeof url === 'string' ? urlOf(url) : null;
  return href === null ? null : { type, url: href };
}

/** A URL as zod's `z.string().url({ protocol: /^https?$/ })` takes it: http(s), trimmed and without tabs or line breaks; else null. */
function urlOf(value: string): string | null {
  const trimmed = value.trim();
  try {
    if (!/^https?:$/.test(new URL(trimmed).protocol)) return null;
  } catch {
    return null;
  }
  return trimmed.replace(/[\t\n\r]/g, '');
}
