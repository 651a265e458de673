import type { FoundDate } from '../dates/findDates';
import { rules } from '../rules';
import type { Clause } from './sanctionClauses';
import type { AnalysisInput } from './types';
import { compileRegex } from '../text/compileRegex';

const s = rules.sanctions;
const b = s.breach;
/** The weight of each signal (rules/sanctions.json `weights`). */
export const w = s.weights;

const alt = (parts: readonly string[]) => parts.map((p) => `(?:${p})`).join('|');
const NEG = `(?:${b.negation.join('|')})`;
const DUTY = alt(b.dutyVerbs);
const OBJECT = b.dutyObjects.join('|');
const LATE = b.late.join('|');
const LATE_DUTY = alt(b.lateDuties);
const CITIZEN = b.citizen;
const WORD = '(?<![\\p{L}])';
const END = '(?![\\p{L}])';
/**
 * A duty verb or object under negation, in either word order; an act of refusal or absence; another subject saying it.
 * Every alternative starts at a word's start: that test stands once before them all, so it is asked once at each place
 * rather than once for each alternative (the same matches; a quarter of the time).
 */
const breach = compileRegex(
  `${WORD}(?:${[
    // "du ikke har mødt", "har hverken søgt", "Ingen afbud", "ikke registreret fremmøde"
    `${NEG}${END}(?:\\s+\\S+){0,4}?\\s+(?:${DUTY})${END}`,
    // "du ikke inden for den frist, a-kassen havde givet dig, uploadede …": a relative clause set off by commas between
    `${NEG}${END}(?:\\s+[^\\s,]+){0,4}?\\s*,[^,.;]{1,60},\\s+(?:${DUTY})${END}`,
    // An object after at most two words, none of which points back ("ikke blev det svar, du håbede på" is none)
    `${NEG}${END}(?:\\s+(?!(?:${b.notBeforeObject})${END})\\S+){0,2}?\\s+(?:${OBJECT})${END}`,
    `${NEG}\\s+(?:${OBJECT})${END}`,
    // "Du mødte ikke op", "mødte du ikke", "bookede ikke"
    `(?:${DUTY})(?:\\s+(?:${b.invertedSubjects}))?\\s+${NEG}${END}`,
    // "Du bookede den først den 18. november", "du først godkendte dit CV"
    `(?:${CITIZEN})\\s+(?:${LATE_DUTY})(?:\\s+\\S+){0,3}?\\s+(?:${LATE})${END}`,
    `(?:${CITIZEN})\\s+(?:(?:${b.lateAuxiliaries})\\s+)?(?:${LATE})\\s+(?:${LATE_DUTY})${END}`,
    `(?:${LATE_DUTY})\\s+(?:${CITIZEN})\\s+(?:\\S+\\s+){0,2}?(?:${LATE})${END}`,
    `(?:${alt(b.acts)})${END}`,
    `(?:${alt(b.otherSubjects)})${END}`,
  ].join('|')})`,
  'iu',
);
const subject = compileRegex(s.subject, 'u');
/** Whether a clause names who did it ("du", "der", "din joblog"). */
export const namesSubject = (text: string) => subject.test(text);
const sharedSubjectLead = compileRegex(s.sharedSubjectLead, 'iu');
const hypothetical = compileRegex(s.hypothetical, 'iu');
const rimeligGrund = compileRegex(s.notReason.rimeligGrund, 'iu');
/** "Rimelig grund: ikke oplyst": the clause answers the label. */
const rimeligGrundLabel = compileRegex(s.notReason.rimeligGrundLabel, 'iu');
const citizenSays = compileRegex(s.notReason.citizenSays, 'iu');
/** "sagde, at du ikke ville have jobbet": the citizen's words that are the refusal itself. */
const refusalSaid = compileRegex(s.notReason.refusalSaid, 'iu');
const duty = compileRegex(s.notReason.duty, 'iu');
const history = compileRegex(s.notReason.history, 'iu');
const explanationMissing = compileRegex(s.notReason.explanationMissing, 'iu');
const conclusion = compileRegex(s.notReason.conclusion, 'iu');
const statusPeriod = compileRegex(s.notReason.statusPeriod, 'iu');
const informed = compileRegex(s.notReason.informed, 'iu');
const notSanctioned = compileRegex(s.notReason.notSanctioned, 'iu');
const questionHeading = compileRegex(s.clauses.questionHeading, 'iu');
const notSanctionedBack = compileRegex(s.notReason.notSanctionedBack, 'iu');
const legalRule = compileRegex(s.notReason.legalRule, 'iu');
const subjectLine = compileRegex(s.notReason.subjectLine, 'iu');
const genericSubject = compileRegex(s.notReason.genericSubject, 'iu');
const citizen = compileRegex(`${WORD}(?:${CITIZEN})${END}`, 'iu');
const otherActor = compileRegex(s.notReason.otherActor, 'iu');
const authorityOmission = compileRegex(s.notReason.authorityOmission, 'iu');
const reported = compileRegex(s.notReason.reported, 'iu');
const hearing = compileRegex(s.notReason.hearing, 'iu');
const hearingContext = compileRegex(s.notReason.hearingContext, 'iu');
const temporal = compileRegex(s.notReason.temporal, 'iu');
/** "du ikke tog problemet op": the citizen, a negation and a verb, whatever the verb. */
const negatedAct = compileRegex(`^(?:${CITIZEN})\\s+(?:\\S+\\s+){0,2}?${NEG}\\s+(?:${b.negatedActVerb})${END}`, 'iu');
/** "vi har ikke modtaget din leveattest": what the authority waited for from the citizen. */
const missingReceipt = compileRegex(b.missingReceipt, 'iu');
/** "du ikke bad din arbejdsgiver om …": what someone did not do, whatever the verb. */
const omission = compileRegex(`${WORD}(?:${CITIZEN})\\s+(?:\\S+\\s+)?${NEG}${END}`, 'iu');
const namesSanction = compileRegex(s.notReason.namesSanction, 'iu');
const breachWithoutGrund = compileRegex(s.notReason.breachWithoutGrund, 'iu');
const quotedDecision = compileRegex(s.notReason.quotedDecision, 'iu');
/** The last "og"/"," and what follows it: the part a missing explanation is joined to ends there. */
const lastJoin = compileRegex(s.notReason.explanationJoin, 'isu');
const conditionalClause = compileRegex(s.notReason.conditionalClause, 'iu');
const conclusionContinues = compileRegex(s.notReason.conclusionContinues, 'giu');
/** Quoted words: the citizen's own ("ikke gad møde op"), not a quoted name ("Jobsøgning i praksis"). */
const QUOTED = /["„“”»«]([^"„“”»«]{1,200})["“”»«]/gu;
const quotesSpeech = (t: string) => [...t.matchAll(QUOTED)].some((q) => /^\s*\p{Ll}/u.test(q[1] ?? '') || (q[1] ?? '').trim().split(/\s+/).length >= 5) || /^[^"„“”»«]*["„“”»«][^"„“”»«]*$/u.test(t);
const DAY = 86_400_000;

/** Whether the clause states a breached duty (exported for the variation harness). */
export const statesBreach = (text: string) => breach.test(text);

const monthOf = new Map(rules.dates.months.flatMap((m) => m.names.map((n) => [n.toLowerCase(), m.n] as const)));
/** "I marts 2025": a month and year with no day. */
const MONTH_YEAR = compileRegex(`(?<![\\p{L}])(${[...monthOf.keys()].sort((a, b) => b.length - a.length).join('|')})\\s+(\\d{4})(?!\\d)`, 'giu');

const sorted = new WeakMap<readonly FoundDate[], boolean>();
/** Whether the dates stand in order of start, as findDates gives them (asked once for each list). */
function inOrder(dates: readonly FoundDate[]): boolean {
  let known = sorted.get(dates);
  if (known === undefined) {
    known = dates.every((d, i) => i === 0 || (dates[i - 1] as FoundDate).start <= d.start);
    sorted.set(dates, known);
  }
  return known;
}

/** The index of the first date that starts at or after `at`, in dates in order of start. */
function firstDateFrom(dates: readonly FoundDate[], at: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as FoundDate).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A clause about an incident long before the letter: a date in it more than `historyDays`
 * before the letter, or a month named with its year in its sentence ("I marts 2025 trak vi …,
 * fordi du ikke mødte op").
 */
function longAgo(clause: Clause, input: AnalysisInput): boolean {
  if (!input.letterDate) return false;
  const letter = Date.parse(input.letterDate);
  const old = (ms: number) => letter - ms > s.notReason.historyDays * DAY;
  const inClause = (d: FoundDate) => d.start >= clause.start && d.end <= clause.end && d.yearGiven && old(Date.parse(d.iso));
  const dates = input.dates;
  if (!inOrder(dates)) {
    if (dates.some(inClause)) return true;
  } else {
    // In order of start, only the dates from the clause's start up to its end can be inside it.
    for (let i = firstDateFrom(dates, clause.start); i < dates.length && (dates[i] as FoundDate).start <= clause.end; i++) {
      if (inClause(dates[i] as FoundDate)) return true;
    }
  }
  for (const m of input.text.slice(clause.sentence.start, clause.end).matchAll(MONTH_YEAR)) {
    const month = monthOf.get((m[1] ?? '').toLowerCase());
    if (month && old(Date.UTC(Number(m[2]), month, 0))) return true;
  }
  return false;
}

/**
 * How strongly a clause reads as a reason for the sanction: the sum of the weights of the
 * signals it shows. A breach is the core; a subject, a reason marker, a reason section or a
 * list under a reason back it; a warning, the rimelig-grund reasoning, the citizen's account,
 * a duty stated with a modal verb, a quote or an earlier incident veto it.
 */
export function scoreReason(clause: Clause, input: AnalysisInput): number {
  const t = clause.text;
  // Where the letter says it gives its reason ("fordi …", a list under "Vi har lagt vægt på"), any
  // negated verb of the citizen's states a breach ("du ikke tog problemet op med din arbejdsgiver").
  const stated = clause.afterMarker || clause.listUnderReason;
  if (!breach.test(t) && !(stated && (negatedAct.test(t) || missingReceipt.test(t)))) return 0;
  // A missing explanation joined to a breach ("du ikke deltog …, og ikke har givet os en forklaring") goes on with it.
  const missing = explanationMissing.exec(t);
  let score = w.breach;
  if (subject.test(t) || sharedSubjectLead.test(clause.before)) score += w.subject;
  if (clause.afterMarker) score += w.reasonMarker;
  if (clause.inReasonSection) score += w.reasonSection;
  if (clause.listUnderReason) score += w.listUnderReason;
  // "Torsdag den 19. marts: Ingen fremmøde": a log's entry is about the person whose day it logs.
  if (clause.dateRow && !subject.test(t)) score += w.datedEntry;
  if (hypothetical.test(clause.before + t) || conditionalClause.test(t)) score += w.hypothetical;
  if ((rimeligGrund.test(t) && !breachWithoutGrund.test(t)) || rimeligGrundLabel.test(clause.before)) score += w.rimeligGrund;
  if ((citizenSays.test(clause.before) || citizenSays.test(t)) && !refusalSaid.test(clause.before + t)) score += w.citizenSays;
  if (duty.test(t)) score += w.duty;
  // "Kommunen begrundede afgørelsen således:⏎»Du udeblev …«": an authority's words, no one's speech.
  if (quotesSpeech(t) && !quotedDecision.test(clause.previous)) score += w.quote;
  // An earlier incident named before the breach or in it; what follows it ("…, efter at du tidligere er blevet sanktioneret") is not.
  if (history.test(clause.before + t) || longAgo(clause, input)) score += w.history;
  const joined = missing ? lastJoin.exec(t.slice(0, missing.index)) : null;
  if (missing && !(joined && statesBreach(t.slice(0, joined.index)))) score += w.explanationMissing;
  // "…, og du deltog derfor ikke i samtalen" carries the breach on; any other "derfor" concludes.
  if (conclusion.test(t.replace(conclusionContinues, ''))) score += w.conclusion;
  if (statusPeriod.test(t)) score += w.statusPeriod;
  if (informed.test(t)) score += w.informed;
  // "Den 13. april mødte du først kl. 8.50. … har vi ikke foretaget fradrag for denne dag."
  if (notSanctioned.test(clause.sentence.text) || (notSanctioned.test(clause.next) && notSanctionedBack.test(clause.next))) score += w.notSanctioned;
  if (legalRule.test(clause.before + t)) score += w.legalRule;
  if (genericSubject.test(t) && !citizen.test(t)) score += w.genericSubject;
  if (subjectLine.test(clause.sentence.text)) score += w.subjectLine;
  if (otherActor.test(t)) score += w.otherActor;
  if (authorityOmission.test(t)) score += w.authorityOmission;
  if (reported.test(t)) score += w.reported;
  // "Du har ikke svaret" on a partshøring is no breach of a duty.
  if (hearing.test(t) && (hearingContext.test(clause.sentence.text) || hearingContext.test(clause.previous))) score += w.hearing;
  if (clause.heading) score += w.heading;
  // "Hvorfor er du ikke til rådighed?": a heading that asks is no answer.
  if (clause.heading && questionHeading.test(clause.sentence.text)) score += w.questionHeading;
  // "efter at du havde sagt op": the breach as the time of something else. After a breach, or after
  // what the citizen did not do first ("du ikke bad om andre opgaver, før du sagde op"), it only dates it.
  const when = temporal.exec(t);
  const first = when ? t.slice(0, when.index) : '';
  if (when && !statesBreach(first) && !omission.test(first)) score += w.temporal;
  // "Fradrag for udeblivelse fra samtale": the sanction's name, not its reason.
  if (namesSanction.test(t)) score += w.namesSanction;
  return score;
}
