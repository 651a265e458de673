import { isValidDate } from '../lib/dates/calendar';

/**
 * A received date as the user or the address gives it: YYYY-MM-DD, a real day, in a
 * plausible year (a date field gives year 0002 while the year is still being typed).
 * Anything else is null.
 */
export function parseReceivedDate(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2100 || !isValidDate(y, mo, d)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** `viewer.html?…&received=YYYY-MM-DD`: the received date named in the address, as `--received` in the CLI. */
export function receivedFromAddress(search: string = location.search): string | null {
  return parseReceivedDate(new URLSearchParams(search).get('received'));
}
