import type { Message } from './messages';

/**
 * The background's check of a message (lib/extension/messages.ts has the zod schema, `Message`).
 * Written out by hand so the background and the content script carry no zod (it was most of the
 * background's bundle). It gives what `Message.safeParse` gives: the message with only its own
 * fields, the URL trimmed and without tabs or line breaks, as zod's `url()` leaves it; null
 * where zod fails. tests/unit/parseMessage.test.ts holds the two to each other.
 */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { type, name, base64, source, url, id } = raw as Record<string, unknown>;
  switch (type) {
    case 'brevtjek:open-bytes':
      return typeof name === 'string' && typeof base64 === 'string' && typeof source === 'string' ? { type, name, base64, source } : null;
    case 'brevtjek:open-url': {
      const href = typeof url === 'string' ? urlOf(url) : null;
      return href === null ? null : { type, url: href };
    }
    case 'brevtjek:take':
      return typeof id === 'string' ? { type, id } : null;
    default:
      return null;
  }
}

/** A URL as zod's `z.string().url()` takes it: one the URL parser reads, trimmed and without tabs or line breaks; else null. */
function urlOf(value: string): string | null {
  const trimmed = value.trim();
  try {
    new URL(trimmed);
  } catch {
    return null;
  }
  return trimmed.replace(/[\t\n\r]/g, '');
}
