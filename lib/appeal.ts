import { formatDanishDate } from './dates/calendar';
import { computeFrist, periodText } from './dates/klagefrist';
import type { LetterKind } from './letter/classifyLetter';
import { rules } from './rules';
import type { Appeal, DeadlineFinding, Finding } from './schema/report';

interface Dates {
  /** The user's received date, if given. */
  received: string | null;
  letterDate: string | null;
}

/**
 * The klagefrist of a letter (GUIDE.md "The klagefrist"; domain notes §2.8). Letters that
 * give no right to complain get none. Otherwise the frist the letter states (a date, or a
 * period from receipt), else 4 weeks (retssikkerhedslovens § 67), counted from the day the
 * user received the letter, else from the letter's own date.
 */
export function appealFor(kind: LetterKind, findings: Finding[], dates: Dates): Appeal {
  const source = rules.letterTypes.defaultAppealSource;
  const received = dates.received ?? dates.letterDate;
  const receivedSource = dates.received ? 'user' : dates.letterDate ? 'letter' : 'none';
  if (!kind.appeal) {
    return { deadline: null, received, receivedSource, basis: 'no-appeal', period: null, steps: [`${kind.label}. ${kind.why}`], warnings: [], source: kind.source };
  }
  const stated = findings.find((f): f is DeadlineFinding => f.kind === 'deadline' && f.appeal);
  const warnings: string[] = [];
  if (!kind.hasKlagevejledning) {
    warnings.push('Brevet har ingen klagevejledning. Fristen er måske ikke begyndt at løbe, men klag hurtigst muligt.');
  }
  if (stated?.date) {
    return {
      deadline: stated.date,
      received,
      receivedSource,
      basis: 'stated-date',
      period: null,
      steps: [`Brevet skriver, at fristen er ${formatDanishDate(stated.date)}.`],
      warnings,
      source,
    };
  }
  const period = stated?.period ?? { count: rules.letterTypes.defaultAppealWeeks, unit: 'week' as const };
  const basis = stated?.period ? 'stated-period' : 'law';
  if (!received) {
    return {
      deadline: null,
      received: null,
      receivedSource,
      basis: 'unknown-received',
      period,
      steps: [`Fristen er ${periodText(period)} fra den dag, du fik brevet. Skriv datoen, så regner Brevtjek fristen ud.`],
      warnings,
      source,
    };
  }
  const frist = computeFrist(received, period);
  const from =
    receivedSource === 'user'
      ? `Du fik brevet ${formatDanishDate(received)}.`
      : `Brevet er dateret ${formatDanishDate(received)}. Brevtjek regner fra den dag, fordi du ikke har skrevet, hvornår du fik det.`;
  const why = basis === 'law' ? `Klagefristen er ${periodText(period)} (${source.label}).` : `Brevet siger, at fristen er ${periodText(period)}.`;
  return {
    deadline: frist.deadline,
    received,
    receivedSource,
    basis,
    period,
    steps: [from, why, ...frist.steps, 'Send klagen i god tid. Den skal være modtaget senest kl. 23.59 den sidste dag.'],
    warnings: [...warnings, ...frist.warnings],
    source,
  };
}
