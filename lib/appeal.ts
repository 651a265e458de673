import { formatDanishDate } from './dates/calendar';
import { computeFrist, periodText } from './dates/klagefrist';
import type { LetterKind } from './letter/classifyLetter';
import { say } from './analyzers/explain';
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
    warnings.push(say('appeal', 'noKlagevejledning'));
  }
  if (stated?.date) {
    return {
      deadline: stated.date,
      received,
      receivedSource,
      basis: 'stated-date',
      period: null,
      steps: [say('appeal', 'statedDate', { date: formatDanishDate(stated.date) })],
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
      steps: [say('appeal', 'unknownReceived', { period: periodText(period) })],
      warnings,
      source,
    };
  }
  const frist = computeFrist(received, period);
  const from = say('appeal', receivedSource === 'user' ? 'receivedUser' : 'receivedLetter', { date: formatDanishDate(received) });
  const why = say('appeal', basis === 'law' ? 'byLaw' : 'byLetter', { period: periodText(period), source: source.label });
  return {
    deadline: frist.deadline,
    received,
    receivedSource,
    basis,
    period,
    steps: [from, why, ...frist.steps, say('appeal', 'inGoodTime')],
    warnings: [...warnings, ...frist.warnings],
    source,
  };
}
