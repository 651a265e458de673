import { createEvents, type EventAttributes } from 'ics';
import { addDays, isValidDate } from '../dates/calendar';

export interface Frist {
  /** The day, YYYY-MM-DD. */
  date: string;
  label: string;
  description: string;
}

const ALARM_DAYS = 3;

/** TEXT as iCalendar escapes it (RFC 5545 §3.3.11); ics leaves an alarm's description as it is. */
const escapeText = (t: string) => t.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** A stable id for a frist, so importing the same file again updates the events instead of doubling them. */
function uidOf(title: string, frist: Frist, index: number): string {
  let h = 0x811c9dc5;
  for (const ch of `${title}\u0000${frist.date}\u0000${frist.label}\u0000${index}`) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${frist.date.replace(/-/g, '')}-${h.toString(16).padStart(8, '0')}@brevtjek`;
}

/** Folds content lines at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character; ics folds at 75 characters. */
function foldOctets(ics: string): string {
  const encoder = new TextEncoder();
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let size = 0;
      for (const ch of line) {
        const n = encoder.encode(ch).length;
        // The first line holds 75 octets; a continuation line holds 74 after its leading space.
        if (size + n > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          size = 0;
        }
        part += ch;
        size += n;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/**
 * The frister as an iCalendar file (.ics) to import into a calendar: one all-day event per
 * frist, each with a reminder 3 days before. Returns the file's text; save it as UTF-8.
 * Throws an Error naming the problem where a date is not a real day or ics refuses an event.
 */
export function fristerToIcs(input: { title: string; frister: Array<{ date: string; label: string; description: string }> }): string {
  const events: EventAttributes[] = input.frister.map((frist, index) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(frist.date);
    if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      throw new Error(`Kalenderfilen kunne ikke laves: "${frist.date}" er ikke en dato (YYYY-MM-DD) for fristen "${frist.label}".`);
    }
    const end = addDays(frist.date, 1).split('-').map(Number) as [number, number, number];
    return {
      uid: uidOf(input.title, frist, index),
      title: frist.label,
      description: frist.description,
      start: [Number(m[1]), Number(m[2]), Number(m[3])],
      end,
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      alarms: [{ action: 'display', description: escapeText(frist.label), trigger: { days: ALARM_DAYS, before: true } }],
    };
  });
  const { error, value } = createEvents(events, { calName: input.title, productId: '-//Brevtjek//Frister//DA' });
  if (error || !value) throw new Error(`Kalenderfilen kunne ikke laves: ${error?.message ?? 'ics gav ingen tekst'}`);
  // ics writes a trigger of whole days as "-P3DT", which RFC 5545 does not allow: "-P3D".
  return foldOctets(value.replace(/^(TRIGGER:-?P(?:\d+W)?(?:\d+D)?)T\r$/gm, '$1\r'));
}
