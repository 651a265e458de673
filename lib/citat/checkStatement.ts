import { rules } from '../rules';
import { prose } from '../rules/prose';
import { findQuotes } from '../analyzers/quotes';
import type { Report } from '../schema/report';
import type { CitatFlag, QuoteCheck, StatementCheck, StatementSpan, Unmentioned } from '../schema/statementCheck';
import type { DocumentText } from '../text/types';
import { carriesClaim, compareWords, phrases } from './compareWords';
import { citatFlag } from './explain';
import { cleanQuote, findQuote, RETOLD_SURE, type Found } from './findQuote';
import { isContent, prepare, sentenceIndexAt, tokenize, type PreparedText, type Token } from './normalise';
import { findLeftOut, type DecisionContext, type Span } from './qualifiers';
import { statementKind } from './statementKind';
import { sentenceMentioned, topicalSentences } from './unmentioned';
import { compileRegex } from '../text/compileRegex';

/** The medical statement a decision relies on, as read (a text layer, pasted text or OCR). */
export interface StatementInput {
  file: string;
  doc: DocumentText;
  /** Read from images by OCR: its words may be misread. */
  ocr: boolean;
}

/** How many of the decision's words either side of a quote count as said right by it. */
const NEAR = 8;

/** The decision's words around a quote: right by it, and in its sentence and the next (the quote left out). */
function decisionContext(d: PreparedText, start: number, end: number): DecisionContext {
  const i = sentenceIndexAt(d, start);
  const j = Math.max(i, sentenceIndexAt(d, Math.max(start, end - 1)));
  const from = d.sentences[i]?.from ?? 0;
  const to = d.sentences[Math.min(d.sentences.length - 1, j + 1)]?.to ?? d.tokens.length;
  const outside = (t: Token) => t.end <= start || t.start >= end;
  const before = d.tokens.filter((t) => t.end <= start).slice(-NEAR);
  const after = d.tokens.filter((t) => t.start >= end).slice(0, NEAR);
  return { near: [...before, ...after], sentence: d.tokens.slice(from, to).filter(outside) };
}

/** The sentence before the match, the sentence(s) it stands in, and the sentence after. */
function contextOf(p: PreparedText, match: Span): StatementSpan {
  const first = sentenceIndexAt(p, match.start);
  const last = Math.max(first, sentenceIndexAt(p, Math.max(match.start, match.end - 1)));
  const start = Math.min(match.start, p.sentences[Math.max(0, first - 1)]?.start ?? match.start);
  const end = Math.max(match.end, p.sentences[Math.min(p.sentences.length - 1, last + 1)]?.end ?? match.end);
  return { start, end, text: p.text.slice(start, end) };
}

/** The keys of the statement's words in the sentences around a match (two before, two after), outside it. */
function nearbyKeys(p: PreparedText, found: Span): Set<string> {
  const first = sentenceIndexAt(p, found.start);
  const last = Math.max(first, sentenceIndexAt(p, Math.max(found.start, found.end - 1)));
  const from = p.sentences[Math.max(0, first - 2)]?.from ?? 0;
  const to = p.sentences[Math.min(p.sentences.length - 1, last + 2)]?.to ?? p.tokens.length;
  return new Set(p.tokens.slice(from, to).filter((t) => isContent(t) && (t.end <= found.start || t.start >= found.end)).map((t) => t.key));
}

/** The flags of one quote found at `found`. */
function flagsOf(p: PreparedText, quote: string, quoteTokens: Token[], found: Found, direct: boolean, decision: DecisionContext, leftOut: Span[]): CitatFlag[] {
  const flags: CitatFlag[] = [];
  const matched = p.tokens.filter((t) => t.start >= found.start && t.end <= found.end);
  const cmp = compareWords(quoteTokens, matched, { direct, ocr: p.ocr });
  // A direct quote retold with words of a claim missing ("altid" where it says "ofte"): changed, worth checking.
  const unsure = direct && found.how === 'retold' && found.similarity < RETOLD_SURE && found.missing.length > 0;
  const missing = quoteTokens.filter((t) => found.missing.some((m) => m.key === t.key));
  // "De lider af periodisk depression … samt generaliseret angst" from two lines of a diagnosis list: a word the statement has
  // right by the match, as it stands, was joined to it, not changed.
  const near = nearbyKeys(p, found);
  const changed = (unsure ? quoteTokens.filter((t) => cmp.changed.includes(t) || missing.includes(t)) : cmp.changed).filter((t) => carriesClaim(t) || !near.has(t.key));
  if (changed.length > 0) flags.push(citatFlag('changed', phrases(quote, quoteTokens, changed), { unsure }));
  const left = findLeftOut(p, found, quoteTokens.filter(isContent), cmp.dropped, decision, quoteTokens);
  if (left.length > 0) flags.push(citatFlag('left-out', left.map((l) => l.text)));
  leftOut.push(...left);
  return flags;
}

/**
 * Where a quote (or a part of one) stands in the statement. A direct quote says it gives the
 * statement's words: where only part of them are there, and those missing carry no claim that
 * was changed ("altid" for "ofte"), it is not in the statement.
 */
function place(p: PreparedText, text: string, direct: boolean, context: Set<string>): { text: string; found: Found } | null {
  const found = findQuote(p, text, context);
  if (!found) return null;
  if (direct && found.how === 'retold' && found.similarity < RETOLD_SURE && found.missing.some((t) => !carriesClaim(t))) return null;
  return { text, found };
}

const partJoin = compileRegex(rules.citat.quoteMarks.partJoin, 'giu');
const adviser = compileRegex(`(?<![\\p{L}])(?:${rules.citat.advisers.pattern})(?![\\p{L}])`, 'iu');
/** The parts of a quote that joins two things ("…, og fraråder, at …"), each of two content words or more; none where it joins nothing. */
function partsOf(quote: string): string[] {
  const parts = quote.split(partJoin).map((x) => x.trim());
  return parts.length > 1 && parts.every((x) => tokenize(x).filter(isContent).length >= 2) ? parts : [];
}

/** The parts of a reported statement that stand in quote marks, of two content words or more, where the letter's own words around them are more than a lead. */
function quotedParts(text: string): string[] {
  const quotes = findQuotes(text);
  const parts = quotes.map((q) => cleanQuote(text.slice(q.start, q.end))).filter((x) => tokenize(x).filter(isContent).length >= 2);
  let outside = text;
  for (const q of [...quotes].reverse()) outside = outside.slice(0, q.open) + ' ' + outside.slice(q.end + 1);
  return tokenize(outside).filter(isContent).length >= rules.medical.mixedQuoteMinWords ? parts : [];
}

/** One flag of each kind: the words of a quote's parts together. */
function mergeFlags(flags: CitatFlag[]): CitatFlag[] {
  const kinds = [...new Set(flags.map((f) => f.kind))];
  return kinds.map((kind) => {
    const same = flags.filter((f) => f.kind === kind);
    return same.length === 1 ? same[0]! : citatFlag(kind, same.flatMap((f) => f.words), { unsure: same.some((f) => f.explanation.todo.endsWith(prose().citat.unsure)) });
  });
}

/**
 * Citat-tjek (issue 10): each medical quote of the decision (report.findings of kind
 * medical_quote) held against the whole statement: where the statement says it (exact, close
 * or retold), the sentences around it, and what is worth checking: a quote that is not there, words that
 * differ, words by it that it leaves out; and what the statement says about work capacity,
 * limitations or prognosis that the decision does not mention. Offsets of quotes are into
 * `decisionText` (the decision's document text), all others into the statement's text.
 */
export function checkStatement(report: Report, decisionText: string, statement: StatementInput): StatementCheck {
  const p = prepare(statement.doc.text, statement.ocr);
  const d = prepare(decisionText);
  const quotes: QuoteCheck[] = [];
  const leftOut: Span[] = [];
  const places: Span[] = [];
  const statementNamesAdviser = adviser.test(p.text);
  report.findings.forEach((f, i) => {
    if (f.kind !== 'medical_quote') return;
    // "Sundhedskoordinatoren finder, at …": the kommune's own adviser, not the statement, unless the statement is theirs.
    if (f.source && adviser.test(f.source) && !statementNamesAdviser) return;
    const decision = decisionContext(d, f.start, f.end);
    const context = new Set(decision.sentence.filter(isContent).map((t) => t.key));
    const direct = f.style === 'direct';
    const quote = cleanQuote(f.text);
    const base = { finding: i, quote: f.text, quoteStart: f.start, quoteEnd: f.end };
    // The quote whole; else, where it joins two things the statement says in different places, its parts.
    // "at du, hvilket vi har lagt vægt på, »kan arbejde 30 timer«": the words in quote marks are the statement's, the rest the letter's.
    const quoted = quotedParts(f.text);
    const whole = quoted.length === 0 ? place(p, quote, direct, context) : null;
    const parts = quoted.length > 0 ? quoted.map((part) => place(p, part, true, context)) : whole ? [whole] : partsOf(quote).map((part) => place(p, part, direct, context));
    if (parts.length === 0 || parts.some((x) => x === null)) {
      quotes.push({ ...base, match: null, context: null, flags: [citatFlag('not-found', [])] });
      return;
    }
    const found = parts as { text: string; found: Found }[];
    const best = found.reduce((a, b) => (b.found.similarity * (b.found.end - b.found.start) > a.found.similarity * (a.found.end - a.found.start) ? b : a));
    const m = best.found;
    const match = { start: m.start, end: m.end, text: p.text.slice(m.start, m.end), how: m.how, similarity: Math.round(m.similarity * 1000) / 1000 };
    const flags = found.flatMap((x) => flagsOf(p, x.text, tokenize(x.text), x.found, direct, decision, leftOut));
    places.push(...found.map((x) => x.found));
    quotes.push({ ...base, match, context: contextOf(p, m), flags: mergeFlags(flags) });
  });

  // What the statement says about work, limits or prognosis, and the decision neither quotes nor retells
  // (nor was flagged as left out of a quote).
  const matches = [...places, ...leftOut];
  const unmentioned: Unmentioned[] = topicalSentences(p)
    .filter((s) => !matches.some((m) => m.start < s.end && m.end > s.start))
    .filter((s) => !sentenceMentioned(p, s, d))
    .map((s) => ({ start: s.start, end: s.end, text: s.text, topic: s.topic, flag: citatFlag('not-mentioned', [s.text], { topic: s.topic }) }));

  return {
    statement: { file: statement.file, kind: statementKind(p.text), ocr: statement.ocr, pages: statement.doc.pages.length },
    quotes,
    unmentioned,
  };
}
