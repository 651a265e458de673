import { findDates } from './dates/findDates';
import { findLawCitations } from './analyzers/findLawCitations';
import type { AnalysisInput, Draft } from './analyzers/types';
import { classifyLetter } from './letter/classifyLetter';
import { findLetterDate } from './letter/letterDate';
import { findSender, klagefristSourceOf, klageRouteOf } from './letter/findSender';
import { findKlageRoute } from './letter/klageRoute';
import { pageLines } from './text/pageLines';
import { benefitsNamed, findBenefit, regimeFor } from './letter/findBenefit';
import { addressedAsDu } from './nlp/politeForm';
import { splitSentences } from './nlp/sentences';
import type { Finding, Report } from './schema/report';
import { APPEAL_KEYS, FINDING_KEYS } from './schema/reportKeys';
import { insideAny } from './analyzers/patterns';
import { segmentsOf } from './text/segments';
import type { DocumentText } from './text/types';
import { findDeadlines } from './analyzers/findDeadlines';
import { findMedicalQuotes } from './analyzers/findMedicalQuotes';
import { findSanction, findSanctionReasons } from './analyzers/findSanctionReasons';
import { appealFor } from './appeal';
import { buildChecklist } from './checklist/buildChecklist';
import { prose } from './rules/prose';
import { checkStatement, type StatementInput } from './citat/checkStatement';

export interface AnalyzeOptions {
  file: string;
  /** The day the letter reached the user's Digital Post (YYYY-MM-DD), if the user says. */
  received?: string | null;
  /** Citat-tjek: the medical statement the decision relies on, to hold its quotes against. */
  statement?: StatementInput | null;
}

/**
 * The report is not checked against its schema here (tests and the command line's --check do);
 * its objects are built with the schema's keys in the schema's order, as a parse would give them,
 * so the JSON is the same.
 */
const inOrder = <T>(keys: readonly string[], value: object): T =>
  Object.fromEntries(keys.map((k) => [k, (value as Record<string, unknown>)[k]])) as T;

function place(doc: DocumentText, draft: Draft): Finding {
  const segments = segmentsOf(doc, draft.start, draft.end);
  return inOrder<Finding>(FINDING_KEYS[draft.kind], { ...draft, page: segments[0]?.page ?? 1, segments });
}

/** The whole analysis of one letter: who sent it and about what, findings, klagefrist and checklist. */
export function analyzeLetter(doc: DocumentText, options: AnalyzeOptions): Report {
  // The analyzers read a letter in the polite form as if it said du; a finding keeps the letter's words.
  const text = addressedAsDu(doc.text);
  const letterDate = findLetterDate(text);
  const received = options.received ?? letterDate;
  const referenceYear = Number((received ?? letterDate ?? new Date().toISOString()).slice(0, 4));
  const sender = findSender(text);
  const benefit = findBenefit(text, sender.id);
  const kind = classifyLetter(text, sender.id);
  const sentences = splitSentences(text);
  const sanction = findSanction(sentences);
  // The regime's advice and the sender's short name as a person reads them (rules/en/ in English); the same rules otherwise.
  const words = prose();
  const danishRegime = regimeFor(benefit.id, sender.id, sanction?.type ?? null);
  const regime = words.benefits.regimes.find((r) => r.id === danishRegime.id) ?? danishRegime;
  const senderShort = sender.id === null ? words.senders.unknownShort : (words.senders.senders.find((s) => s.id === sender.id)?.short ?? sender.short);
  const input: AnalysisInput = {
    text,
    sentences,
    dates: findDates(text, referenceYear),
    letterDate,
    received,
    referenceYear,
    appealPossible: kind.appeal,
    regime,
    hearing: kind.type === 'partshoering',
    appealSource: klagefristSourceOf(sender.id),
  };
  const sanctions = findSanctionReasons(input, sanction);
  const quotes = findMedicalQuotes(input);
  // A time inside a doctor's words is a prognosis ("inden for et år"), not a frist to act by; a klagefrist is always kept.
  const inQuote = insideAny(quotes);
  const deadlines = findDeadlines(input).filter((d) => (d.kind === 'deadline' && d.appeal) || !inQuote(d));
  const drafts = [...findLawCitations(input), ...deadlines, ...quotes, ...sanctions.findings];
  const findings = drafts
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((d) => place(doc, { ...d, text: doc.text.slice(d.start, d.end) }));
  const printed = doc.pages.flatMap((page) => pageLines(page).map((line) => line.text)).join('\n');
  const sendTo = findKlageRoute(text, { id: sender.id, name: sender.name }, printed);
  const appeal = inOrder<Report['appeal']>(
    APPEAL_KEYS,
    appealFor(kind, findings, { received: options.received ?? null, letterDate }, klageRouteOf(sender.id), input.appealSource, sendTo),
  );
  const letter = {
    type: kind.type,
    label: kind.label,
    date: letterDate,
    hasKlagevejledning: kind.hasKlagevejledning,
    sanction: sanctions.present,
    sender: sender.id,
    senderName: sender.name,
    benefit: benefit.id,
    benefitLabel: benefit.label,
    regime: regime.id,
  };
  const base = { schema: 1 as const, file: options.file, pages: doc.pages.length, pagesWithoutText: doc.pagesWithoutText, letter, findings, appeal, checklist: [] };
  // The decision's quotes held against the statement (the decision's own text: offsets are the letter's).
  const statement = options.statement ? checkStatement(base, doc.text, options.statement) : null;
  return {
    ...base,
    checklist: buildChecklist(letter, kind, findings, appeal, {
      regime,
      senderShort,
      sanctionType: sanction?.type ?? null,
      text,
      benefitsNamed: benefitsNamed(text),
      statement,
    }),
    ...(statement ? { statement } : {}),
  };
}
