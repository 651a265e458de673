import { daysBetween, localToday } from '../lib/dates/calendar';

/** How long is left until a frist, in words; a frist passed says to complain anyway. */
export function daysLeftText(deadline: string, today = localToday()): string {
  const left = daysBetween(today, deadline);
  if (left > 1) return `${left} dage tilbage`;
  if (left === 1) return 'Fristen er i morgen';
  if (left === 0) return 'Fristen er i dag';
  return `Fristen var for ${-left} ${left === -1 ? 'dag' : 'dage'} siden. Klag alligevel, og skriv, hvorfor klagen kommer sent.`;
}
