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
const objectLead = new RegExp(fill(m.objectLead, { source: words(SOURCE), objectVerb: m.objectVerbs }), 'iu');
const invertedObjectLead = new RegExp(fill(m.invertedObjectLead, { source: words(SOURCE), objectVerb: m.objectVerbs }), 'iu');
const clauseStop = new RegExp(m.clauseStop, 'iu');
const negatedLead = new RegExp(m.negatedLead, 'iu');
const infinitiveLead = new RegExp(m.infinitiveLead, 'iu');
/** Sentences that begin by pointing back to a statement named just before: "Heraf fremgår det", "Lægen skriver også". */
const pointsBack = new RegExp(m.pointsBack, 'iu');
const sourceAfterLead = new RegExp(m.sourceAfter, 'iu');
const POINTER = `${m.pointers}|${m.backReferences}`;
const pronounLead = new RegExp(fill(m.pronounLead, { verb: m.reportingVerbs, pointer: POINTER }), 'iu');
const backReference = new RegExp(words(m.backReferences), 'iu');
const authorityVoice = new RegExp(words(m.authorityVoice), 'iu');
/** "Heri bekræfter lægen, at …"; "Samtidig vurderer hun, at …". */
const invertedLead = new RegExp(fill(m.invertedLead, { verb: m.reportingVerbs, source: words(SOURCE) }), 'iu');
const invertedPointerLead = new RegExp(fill(m.invertedLead, { verb: m.reportingVerbs, source: words(POINTER) }), 'iu');
/** "Han anbefaler et langvarigt forløb …", "Notatet beskriver en velbehandlet leddegigt". */
const pointerObjectLead = new RegExp(fill(m.objectLead, { source: words(POINTER), objectVerb: m.objectVerbs }), 'iu');
const colonLead = new RegExp(fill(m.colonLead, { verb: m.reportingVerbs }), 'iu');
const listItem = new RegExp(rules.layout.bullets, 'u');
/** How many sentences back a pronoun may point. */
const ANTECEDENT_SENTENCES = 4;
/** How far back a lead that ends in a colon is read, within its paragraph. */
const BLOCK_LEAD_MAX = 300;
const labelLead = new RegExp(fill(m.labelLead, { source: words(SOURCE) }), 'iu');
const partSplit = new RegExp(fill(m.partSplit, { verb: m.reportingVerbs }), 'giu');
const seriesSplit = new RegExp(`${fill(m.partSplit, { verb: m.reportingVerbs })}|${m.seriesSplit}`, 'giu');
const antecedentPerson = new RegExp(m.antecedentPerson, 'iu');

interface Source {
  at: number;
  text: string;
  medical: boolean;
}

/** Every source named in `window`, in reading order: statements and health professionals, and others. */
function sourcesIn(window: string, offset: number): Source[] {
  const hits = ([
    [medicalSource, true],
    [notMedical, false],
  ] as const).flatMap(([re, medical]) => {
    re.lastIndex = 0;
    return [...window.matchAll(re)].map((hit) => ({ at: offset + (hit.index ?? 0), text: hit[0], medical }));
  });
  return hits.sort((x, y) => x.at - y.at || Number(x.medical) - Number(y.medical));
}

/** The last source named in `window` (a statement, a health professional, or someone else). */
const lastSource = (window: string, offset: number): Source | null => sourcesIn(window, offset).at(-1) ?? null;

/** The first source named in a lead: its subject ("Psykologen skriver i en mail, at …" is the psykolog's). */
const firstSource = (lead: string): Source | null => sourcesIn(lead, 0)[0] ?? null;

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
  // "Lægen skriver i attesten:⏎„…“" or "Han konkluderer:⏎„…“": the quote stands on its own line after a colon.
  const index = sentence ? sentences.indexOf(sentence) : -1;
  const prev = sentences[index - 1];
  if (!own && sentence && !text.slice(start, at).trim() && prev && /:\s*$/.test(prev.text)) {
    return lastSource(prev.text, prev.start) ?? (pronounLead.test(prev.text) ? antecedent(sentences, index - 1) : null);
  }
  // "Heraf fremgår det, at …": the source is in the sentence before.
  if (sentence && pointsBack.test(text.slice(start, at))) {
    const prev = sentences[sentences.indexOf(sentence) - 1];
    if (prev) return lastSource(prev.text, prev.start) ?? own;
  }
  return own;
}

/**
 * The source a pronoun ("Hun skriver, at …") points back to: the last one named in the sentences
 * before, up to `ANTECEDENT_SENTENCES` back (a quoted statement of a few sentences may stand between).
 */
function antecedent(sentences: Sentence[], index: number): Source | null {
  const before = sentences.slice(Math.max(0, index - ANTECEDENT_SENTENCES), index).reverse();
  const named = before.flatMap((x) => sourcesIn(x.text, x.start).reverse());
  return named.find((x) => x.medical || antecedentPerson.test(x.text)) ?? null;
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
  const reported = [...findReported(input, quotes), ...findBlockQuotes(input)];
  for (const q of quotes) {
    if (reported.some((r) => r.start <= q.start && q.end <= r.end)) continue;
    const source = sourceBefore(text, sentences, q.open) ?? sourceAfter(text, q.end + 1);
    if (!source?.medical) continue;
    const span = trimSpan(text, q.start, q.end);
    if (span.end > span.start) out.push(draft(text, span, 'direct', source.text.toLowerCase()));
  }
  for (const r of reported) out.push(draft(text, r, r.style, r.source));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Reported statements: "Det fremgår af lægeattesten, at <content>". Where the content holds a
 * quote after some words of its own ("at du er sygemeldt og "kan gå korte ture""), the
 * whole content is the finding; where it starts with the quote, the quote is.
 */
type Reported = Span & { source: string; style: 'direct' | 'reported' };

function findReported(input: AnalysisInput, quotes: Quote[]): Reported[] {
  const { text, sentences } = input;
  const out: Reported[] = [];
  sentences.forEach((sentence, index) => {
    // "Lægen vurderer, at <content>", "Heri bekræfter lægen, at <content>", "Ifølge lægeattesten <content>",
    // "Lægen anbefaler <content>", "Sundhedskoordinator: <content>".
    // The first reporting verb governs: "Lægen anbefaler <content>, og han finder det ikke nødvendigt at …".
    let lead = earliest([reportedLead, invertedLead, accordingTo, objectLead, invertedObjectLead, labelLead], sentence.text);
    // "Det fremgår af erklæringen, at …": a statement named before.
    if (lead && infinitiveLead.test(lead[0])) lead = null;
    let source = lead && !negatedLead.test(lead[0]) ? (firstSource(lead[0]) ?? pointedTo(lead[0], sentences, index)) : null;
    // "Hun skriver, at <content>", "Notatet beskriver <content>": a pronoun or a noun for the medical source named just before.
    if (!source?.medical) {
      lead = earliest([pronounLead, invertedPointerLead, pointerObjectLead], sentence.text);
      // "Erklæringen ændrer ikke vores vurdering af, at …" is the letter's own voice.
      source = lead && !negatedLead.test(lead[0]) && !authorityVoice.test(lead[0]) ? antecedent(sentences, index) : null;
    }
    if (!lead || !source?.medical) return;
    const contentStart = sentence.start + (lead.index ?? 0) + lead[0].length;
    if (quotes.some((q) => q.open < contentStart && q.end > contentStart)) return;
    const rest = text.slice(contentStart, sentence.end);
    const stop = clauseStop.exec(rest);
    const contentEnd = contentStart + (stop ? (stop.index ?? 0) : rest.replace(/[.!?]\s*$/, '').length);
    // Each "og at …" goes on with the same statement and is a finding of its own.
    for (const whole of partsOf(text, contentStart, contentEnd, quotes)) {
      // ", og han vurderer, at …": the part starts with a lead of its own.
      const inner = pronounLead.exec(text.slice(whole.start, whole.end));
      if (inner && (negatedLead.test(inner[0]) || infinitiveLead.test(inner[0]))) continue;
      const part = inner ? { start: whole.start + inner[0].length, end: whole.end } : whole;
      const firstQuote = quotes.find((q) => q.open >= part.start && q.open < part.end);
      const ownWords = firstQuote ? (text.slice(part.start, firstQuote.open).match(/[\p{L}\d]+/gu)?.length ?? 0) : Infinity;
      // "skriver, at det „ikke kan forudsiges …“": the quote is the finding, and this lead its source.
      const quoted = firstQuote && ownWords < m.mixedQuoteMinWords;
      const span = quoted ? trimSpan(text, firstQuote.start, firstQuote.end) : trimSpan(text, part.start, part.end);
      if (span.end - span.start >= 3) out.push({ ...span, style: quoted ? 'direct' : 'reported', source: source.text.toLowerCase() });
    }
  });
  return out;
}

/** The match of the lead that ends first in `sentence`. */
function earliest(leads: RegExp[], sentence: string): RegExpExecArray | null {
  const hits = leads.map((re) => re.exec(sentence)).filter((x): x is RegExpExecArray => x !== null);
  return hits.sort((a, b) => a.index + a[0].length - (b.index + b[0].length))[0] ?? null;
}

/** The source a back-reference in a lead ("af erklæringen", "Heri") points to: the statement named just before. */
function pointedTo(lead: string, sentences: Sentence[], index: number): Source | null {
  return backReference.test(lead) ? antecedent(sentences, index) : null;
}

/**
 * A statement set off as its own paragraph after a lead that ends in a colon: "I journalnotatet af
 * 12. juni 2025 står der:⏎⏎<paragraph>" or "Han konkluderer:⏎<paragraph>". The paragraph is the
 * content; a list under the lead gives one finding per item. A paragraph in quote marks is a quote.
 */
function findBlockQuotes(input: AnalysisInput): Reported[] {
  const { text, sentences } = input;
  const out: Reported[] = [];
  sentences.forEach((sentence, index) => {
    if (!sentence.text.endsWith(':')) return;
    // The lead may run over a line break the PDF kept ("af⏎12. juni 2025 står der:"): read it from its paragraph's start.
    const paragraphStart = Math.max(text.lastIndexOf('\n\n', sentence.start) + 2, sentence.start - BLOCK_LEAD_MAX);
    const lead = text.slice(paragraphStart, sentence.end);
    if (!colonLead.test(lead) || negatedLead.test(lead)) return;
    const named = lastSource(lead, paragraphStart);
    const pointsToBefore = pronounLead.test(sentence.text) || backReference.test(lead) || pointsBack.test(sentence.text);
    const source = named ?? (pointsToBefore ? antecedent(sentences, index) : null);
    if (!source?.medical) return;
    const from = sentence.end + (text.slice(sentence.end).match(/^\s*/u)?.[0].length ?? 0);
    if (m.quotes.some((q) => text[from] === q.open)) return;
    const blockEnd = text.indexOf('\n\n', from);
    const to = Math.min(blockEnd < 0 ? text.length : blockEnd, from + m.maxQuoteLength);
    const lines = text.slice(from, to).split('\n');
    const list = lines.length > 1 && lines.every((l) => listItem.test(l));
    let at = from;
    for (const line of list ? lines : [text.slice(from, to)]) {
      const bullet = list ? (line.match(listItem)?.[0].length ?? 0) : 0;
      const span = trimSpan(text, at + bullet, at + line.length);
      if (span.end - span.start >= 3) out.push({ ...span, style: 'direct', source: source.text.toLowerCase() });
      at += line.length + 1;
    }
  });
  return out;
}

/** The parts of a reported statement, split at ", og at …" (outside quotes). */
function partsOf(text: string, start: number, end: number, quotes: Quote[]): Span[] {
  const parts: Span[] = [];
  let from = start;
  const content = text.slice(start, end);
  partSplit.lastIndex = 0;
  // "at A, at B, og at C": in a series each ", at" starts a part as well.
  const series = /(?:,\s*|\s)(?:og|samt)\s+at\s/iu.test(content) ? seriesSplit : partSplit;
  series.lastIndex = 0;
  for (const m of content.matchAll(series)) {
    const at = start + (m.index ?? 0);
    if (quotes.some((q) => q.start <= at && at < q.end)) continue;
    parts.push({ start: from, end: at });
    from = at + m[0].length;
  }
  parts.push({ start: from, end });
  return parts;
}
