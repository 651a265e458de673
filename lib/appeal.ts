import { daysBetween } from './dates/calendar';
import { formatDate } from './i18n/formatDate';
import { computeFrist, periodText } from './dates/klagefrist';
import type { LetterKind } from './letter/classifyLetter';
import { say } from './analyzers/explain';
import { rules } from './rules';
import type { Advice, LegalSource } from './rules/schemas';
import type { Appeal, DeadlineFinding, Finding, Period } from './schema/report';
import type { KlageRoute } from './letter/klageRoute';

interface Dates {
  /** The user's received date, if given. */
  received: string | null;
  letterDate: string | null;
}

/** A received day this many days after the letter's date gets a warning (Digital Post-loven § 10). */
const LATE_RECEIPT_DAYS = 7;

function receiptWarnings(dates: Dates): string[] {
  const { received, letterDate } = dates;
  if (!received || !letterDate) return [];
  const late = daysBetween(letterDate, received);
  if (late > LATE_RECEIPT_DAYS) {
    return [say('appeal', 'receivedLate', { received: formatDate(received), days: String(late), letter: formatDate(letterDate) })];
  }
  if (late < 0) return [say('appeal', 'receivedEarly', { received: formatDate(received), letter: formatDate(letterDate) })];
  return [];
}

/** The frist the letter states, counted where it can be: a date, or a period from receipt or from the letter's date. */
function statedFrist(stated: DeadlineFinding | undefined, countedFrom: string | null, letterDate: string | null): string | null {
  if (!stated) return null;
  if (stated.date) return stated.date;
  const from = stated.anchor === 'letter' ? letterDate : countedFrom;
  return stated.period && from ? computeFrist(from, stated.period).deadline : null;
}

/**
 * The klagefrist of a letter (GUIDE.md "The klagefrist"; domain notes §2.5-2.8). Letters that
 * give no right to complain get none. Otherwise the earlier of the frist the letter states
 * and the legal one (4 weeks, retssikkerhedslovens § 67), counted from the day the letter
 * reached the user's Digital Post, else from the letter's own date (never later than the
 * real day, so the safe choice). With neither, the report says a date is needed: never
 * "no klagefrist" for a letter that has one.
 */
export function appealFor(kind: LetterKind, findings: Finding[], dates: Dates, route: Advice | null, source: LegalSource, sendTo: KlageRoute): Appeal {
  const countedFrom = dates.received ?? dates.letterDate;
  const receivedSource = dates.received ? 'user' : dates.letterDate ? 'letter' : 'none';
  const base = { received: dates.received, countedFrom, receivedSource, certain: kind.certain } as const;
  if (!kind.appeal) {
    return {
      ...base,
      deadline: null,
      sendBy: null,
      basis: 'no-appeal',
      legalDeadline: null,
      statedDeadline: null,
      period: null,
      steps: [`${kind.label}. ${kind.why}`],
      warnings: [],
      // A genvurdering forwards the klage along the sender's own route (an a-kasse: to STAR).
      source: kind.type === 'genvurdering' && route ? route.source : kind.source,
      route: null,
      sendTo: null,
    };
  }
  const warnings: string[] = [];
  if (kind.doubt) warnings.push(kind.doubt);
  if (!kind.hasKlagevejledning) warnings.push(say('appeal', 'noKlagevejledning'));
  warnings.push(...receiptWarnings(dates));

  const legalPeriod: Period = { count: rules.letterTypes.defaultAppealWeeks, unit: 'week' };
  const stated = findings.find((f): f is DeadlineFinding => f.kind === 'deadline' && f.appeal);
  const legal = countedFrom ? computeFrist(countedFrom, legalPeriod) : null;
  const statedDeadline = statedFrist(stated, countedFrom, dates.letterDate);
  const legalDeadline = legal?.deadline ?? null;
  const common = { ...base, legalDeadline, statedDeadline, source, route: route ? { text: route.text, source: route.source } : null, sendTo };
  const from = countedFrom
    ? say('appeal', receivedSource === 'user' ? 'receivedUser' : 'receivedLetter', { date: formatDate(countedFrom) })
    : null;

  if (!statedDeadline && !legal) {
    return {
      ...common,
      deadline: null,
      sendBy: null,
      basis: 'needs-received-date',
      period: stated?.period ?? legalPeriod,
      steps: [say('appeal', 'needsReceived', { period: periodText(stated?.period ?? legalPeriod) })],
      warnings,
    };
  }
  // The stated frist is the day to send by where it is the earlier one (or the only one that can
  // be counted); the klagefrist itself stays the legal one, which a letter cannot shorten.
  if (statedDeadline && (!legalDeadline || statedDeadline <= legalDeadline)) {
    const counted = !stated?.date && stated?.period && countedFrom ? computeFrist(stated.anchor === 'letter' && dates.letterDate ? dates.letterDate : countedFrom, stated.period) : null;
    const steps = [
      ...(from ? [from] : []),
      stated?.date
        ? say('appeal', 'statedDate', { date: formatDate(statedDeadline) })
        : say('appeal', 'byLetter', { period: periodText(stated?.period ?? legalPeriod) }),
      ...(counted?.steps ?? []),
      ...(legalDeadline && legalDeadline !== statedDeadline ? [say('appeal', 'statedEarlier', { legal: formatDate(legalDeadline) })] : []),
      say('appeal', 'inGoodTime'),
    ];
    const shorter = !!legalDeadline && legalDeadline !== statedDeadline;
    return {
      ...common,
      deadline: legalDeadline ?? statedDeadline,
      sendBy: statedDeadline,
      basis: shorter ? 'law' : stated?.date ? 'stated-date' : 'stated-period',
      period: stated?.period ?? null,
      steps,
      warnings: [...warnings, ...(counted?.warnings ?? [])],
    };
  }
  if (!legal || !legalDeadline) throw new Error('unreachable: a legal frist without a day to count from');
  const steps = [
    ...(from ? [from] : []),
    say('appeal', 'byLaw', { period: periodText(legalPeriod), source: source.label }),
    ...legal.steps,
    ...(statedDeadline ? [say('appeal', 'statedLater', { stated: formatDate(statedDeadline), legal: formatDate(legalDeadline) })] : []),
    say('appeal', 'inGoodTime'),
  ];
  return { ...common, deadline: legalDeadline, sendBy: legalDeadline, basis: 'law', period: legalPeriod, steps, warnings: [...warnings, ...legal.warnings] };
}
