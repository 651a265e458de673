import { sentenceAt, type Sentence } from '../nlp/sentences';
import { rules } from '../rules';
import { explanation, say, sourceOf } from './explain';
import { fill, words, type Span } from './patterns';
import { findQuotes, type Quote } from './quotes';
import type { AnalysisInput, Draft } from './types';

const m = rules.medical;
const SOURCE = [...m.statements, ...m.professionals].map((s) => s.pattern).join('|');
const medicalSource = new RegExp(words(SOURCE), 'giu');
const notMedical = new RegExp(words(m.notMedical), 'giu');
const reportedLead = new RegExp(fill(m.reportedLead, { source: words(SOURCE), verb: m.reportingVerbs }), 'iu');
const accordingTo = new RegExp(fill(m.accordingTo, { source: words(SOURCE) }), 'iu');
const objectLead = new RegExp(fill(m.objectLead, { source: words(SOURCE) }), 'iu');
const clauseStop = new RegExp(m.clauseStop, 'iu');
const negatedLead = new RegExp(m.negatedLead, 'iu');
/** Sentences that begin by pointing back to a statement named just before: "Heraf fremgår det", "Lægen skriver også". */
const pointsBack = new RegExp(m.pointsBack, 'iu');
const sourceAfterLead = new RegExp(m.sourceAfter, 'iu');

interface Source {
  at: number;
  text: string;
  medical: boolean;
}

/** The last source named in `window` (a statement, a health professional, or someone else). */
function lastSource(window: string, offset: number): Source | null {
  let best: Source | null = null;
  for (const [re, medical] of [
    [medicalSource, true],
    [notMedical, false],
  ] as const) {
    re.lastIndex = 0;
    for (const hit of window.matchAll(re)) {
      const at = offset + (hit.index ?? 0);
      if (!best || at >= best.at) best = { at, text: hit[0], medical };
    }
  }
  return best;
}

/** "„…“, skriver speciallægen.": the source named right after the quote. */
function sourceAfter(text: string, at: number): Source | null {
  const lead = sourceAfterLead.exec(text.slice(at, at + 120));
  if (!lead) return null;
  const window = text.slice(at + lead[0].length, at + lead[0].length + 60);
  medicalSource.lastIndex = 0;
  notMedical.lastIndex = 0;
  const med = medicalSource.exec(window);
  const other = notMedical.exec(window);
  if (med && (!other || med.index <= other.index)) return { at: at + med.index, text: med[0], medical: true };
  return other ? { at, text: other[0], medical: false } : null;
}

function sourceBefore(text: string, sentences: Sentence[], at: number): Source | null {
  const sentence = sentenceAt(sentences, at);
  const start = sentence?.start ?? Math.max(0, at - 200);
  const own = lastSource(text.slice(start, at), start);
  if (own && (own.medical || !pointsBack.test(text.slice(start, at)))) return own;
  // "Heraf fremgår det, at …": the source is in the sentence before.
  if (sentence && pointsBack.test(text.slice(start, at))) {
    const prev = sentences[sentences.indexOf(sentence) - 1];
    if (prev) return lastSource(prev.text, prev.start) ?? own;
  }
  return own;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function draft(text: string, span: Span, style: 'direct' | 'reported', source: string): Draft {
  return {
    kind: 'medical_quote',
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    style,
    source,
    ruleId: `medical_quote.${style}`,
    explanation: explanation(
      say('medical_quote', 'what', { source }),
      say('medical_quote', 'why'),
      say('medical_quote', 'todo'),
      sourceOf('medical_quote', 'source'),
    ),
  };
}

/**
 * Fragments of a medical statement that the letter quotes („…“, "…", »…«, '…') or reports
 * ("Det fremgår af lægeattesten, at …", "Speciallægen vurderer, at …"). A quote counts
 * when the nearest source named before it is a statement or a health professional, not
 * the citizen, the caseworker, an employer or a praktiksted. The span is the content only.
 */
export function findMedicalQuotes(input: AnalysisInput): Draft[] {
  const { text, sentences } = input;
  const out: Draft[] = [];
  const quotes = findQuotes(text);
  const reported = findReported(input, quotes);
  for (const q of quotes) {
    if (reported.some((r) => r.start <= q.open && q.end <= r.end)) continue;
    const source = sourceBefore(text, sentences, q.open) ?? sourceAfter(text, q.end + 1);
    if (!source?.medical) continue;
    const span = trimSpan(text, q.start, q.end);
    if (span.end > span.start) out.push(draft(text, span, 'direct', source.text.toLowerCase()));
  }
  for (const r of reported) out.push(draft(text, r, 'reported', r.source));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Reported statements: "Det fremgår af lægeattesten, at <content>". Where the content holds a
 * quote after some words of its own ("at du er sygemeldt og "kan gå korte ture""), the
 * whole content is the finding; where it starts with the quote, the quote is.
 */
function findReported(input: AnalysisInput, quotes: Quote[]): Array<Span & { source: string }> {
  const { text, sentences } = input;
  const out: Array<Span & { source: string }> = [];
  for (const sentence of sentences) {
    // "Lægen vurderer, at <content>", "Ifølge lægeattesten <content>", "Lægen anbefaler <content>".
    const lead = reportedLead.exec(sentence.text) ?? accordingTo.exec(sentence.text) ?? objectLead.exec(sentence.text);
    if (!lead) continue;
    const leadText = lead[0];
    if (negatedLead.test(leadText)) continue;
    const source = lastSource(leadText, 0);
    if (!source?.medical) continue;
    const contentStart = sentence.start + (lead.index ?? 0) + leadText.length;
    const firstQuote = quotes.find((q) => q.open >= contentStart && q.open < sentence.end);
    if (firstQuote) {
      const ownWords = text.slice(contentStart, firstQuote.open).match(/[\p{L}\d]+/gu)?.length ?? 0;
      if (ownWords < m.mixedQuoteMinWords) continue;
    }
    if (quotes.some((q) => q.open < contentStart && q.end > contentStart)) continue;
    const rest = text.slice(contentStart, sentence.end);
    const stop = clauseStop.exec(rest);
    const span = trimSpan(text, contentStart, contentStart + (stop ? (stop.index ?? 0) : rest.replace(/[.!?]\s*$/, '').length));
    if (span.end - span.start >= 3) out.push({ ...span, source: source.text.toLowerCase() });
  }
  return out;
}
