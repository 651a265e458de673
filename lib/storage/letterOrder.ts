import { localToday } from '../dates/calendar';
import type { SavedLetter } from './records';

/** "Mine breve": open klagefrister first, nearest first; then the rest, newest opened first. */
export function byNearestFrist(a: SavedLetter, b: SavedLetter, today = localToday()): number {
  const open = (l: SavedLetter) => (l.summary.klagefrist && l.summary.klagefrist >= today ? l.summary.klagefrist : null);
  const fa = open(a);
  const fb = open(b);
  if (fa && fb) return fa.localeCompare(fb);
  if (fa || fb) return fa ? -1 : 1;
  return b.opened.localeCompare(a.opened);
}
