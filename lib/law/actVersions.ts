import { findDates } from '../dates/findDates';
import { formatDate } from '../i18n/formatDate';
import { rules, type Act } from '../rules';
import { prose } from '../rules/prose';
import { say } from '../analyzers/explain';
import type { ActVersion } from '../rules/schemas';
import { compileRegex } from '../text/compileRegex';

/** The version of an act in force on a day (rules/acts.json "versions"); undefined where none is listed. */
export function versionAt(act: Act, day: string | null): ActVersion | undefined {
  if (!day) return undefined;
  return act.versions.find((v) => v.from <= day && (v.to === null || day <= v.to));
}

const DECREE_NUMBER = compileRegex(rules.citations.decreeNumber, 'iu');

/** The number and date of a consolidated act cited as "lovbekendtgørelse nr. 1084 af 13/08/2024". */
export function decreeOf(phrase: string): { nr: string; date: string } | null {
  const m = DECREE_NUMBER.exec(phrase);
  const date = m?.groups?.date ? findDates(m.groups.date)[0] : undefined;
  return m?.groups?.nr && date?.yearGiven ? { nr: m.groups.nr, date: date.iso } : null;
}

/**
 * What to say about the version of an act a letter relies on: a reform in force on the
 * letter's date (its note), or a cited consolidated act older than the one in force then.
 */
export function versionNotes(act: Act, letterDate: string | null, phrase: string): string[] {
  const now = versionAt(act, letterDate);
  const notes: string[] = [];
  // The note in the language Brevtjek speaks: the same version, by its place in the act's list.
  const note = now && prose().acts.find((a) => a.id === act.id)?.versions[act.versions.indexOf(now)]?.note;
  if (note) notes.push(note);
  const cited = decreeOf(phrase);
  if (now && cited && cited.date < now.from && !now.ref.includes(`nr. ${cited.nr} `)) {
    notes.push(say('decree', 'newerVersion', { date: formatDate(letterDate ?? now.from), ref: now.ref }));
  }
  return notes;
}
