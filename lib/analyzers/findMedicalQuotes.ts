import { rules } from '../rules';
import { explanation, say, sourceOf } from './explain';
import { findBlockQuotes, findTableQuotes, type Reported } from './medicalBlocks';
import { antecedent, firstSource, INVERTED_POINTER, lastNamed, POINTER, pointedTo, pronounLead, SOURCE, sourceAfter, sourceBefore } from './medicalSources';
import { fill, insideAny, SpanSet, trimSpan, words, type Span } from './patterns';
import { prefilters } from './prefilter';
import { findQuotes, quotesNear, quotesStartingIn, type Quote } from './quotes';
import { sentenceIndexAt, type Sentence } from '../nlp/sentences';
import type { AnalysisInput, Draft } from './types';
import { compileRegex } from '../text/compileRegex';

const m = rules.medical;
const attributionAfter = compileRegex(m.attributionAfter, 'iu');
const asStatedLead = compileRegex(fill(m.asStatedLead, { source: words(SOURCE) }), 'iu');
const reportedLead = compileRegex(fill(m.reportedLead, { source: words(SOURCE), verb: `${m.reportingVerbs}|${m.speechVerbs}`, thatless: m.thatless }), 'iu');
const accordingTo = compileRegex(fill(m.accordingTo, { source: words(SOURCE) }), 'iu');
/** "Du skal ifølge speciallægen skånes for …": the source inside the clause. */
const accordingToInside = compileRegex(fill(m.accordingToInside, { source: words(`${SOURCE}|${m.backReferences}`) }), 'u');
/** ", og at Jobcentret vil …": a part whose subject is the authority is the letter's own. */
const authoritySubject = compileRegex(m.authoritySubject, 'iu');
const fremgaarObject = compileRegex(fill(m.fremgaarObject, { source: words(SOURCE) }), 'iu');
const pointerFremgaarObject = compileRegex(fill(m.fremgaarObject, { source: words(POINTER) }), 'iu');
const fremgaarAlone = compileRegex(m.fremgaarAlone, 'iu');
const objectLead = compileRegex(fill(m.objectLead, { source: words(SOURCE), objectVerb: m.objectVerbs }), 'iu');
const invertedObjectLead = compileRegex(fill(m.invertedObjectLead, { source: words(SOURCE), objectVerb: m.objectVerbs }), 'iu');
const clauseStop = compileRegex(m.clauseStop, 'iu');
const negatedLead = compileRegex(m.negatedLead, 'iu');
const infinitiveLead = compileRegex(m.infinitiveLead, 'iu');
const leadPrefix = compileRegex(m.leadPrefix, 'iu');
const requestContent = compileRegex(m.requestContent.pattern, 'iu');
const authorityVoice = compileRegex(words(m.authorityVoice), 'iu');
const citizenVoice = compileRegex(m.citizenVoice, 'iu');
/** "Heri bekræfter lægen, at …"; "Samtidig vurderer hun, at …". */
const invertedLead = compileRegex(fill(m.invertedLead, { verb: `${m.reportingVerbs}|${m.speechVerbs}`, source: words(SOURCE) }), 'iu');
const invertedPointerLead = compileRegex(fill(m.invertedLead, { verb: m.reportingVerbs, source: words(INVERTED_POINTER) }), 'iu');
/** "Han anbefaler et langvarigt forløb …", "Notatet beskriver en velbehandlet leddegigt". */
const pointerObjectLead = compileRegex(fill(m.objectLead, { source: words(POINTER), objectVerb: m.objectVerbs }), 'iu');
const invertedPointerObjectLead = compileRegex(fill(m.invertedObjectLead, { source: words(INVERTED_POINTER), objectVerb: m.objectVerbs }), 'iu');
const labelLead = compileRegex(fill(m.labelLead, { source: words(SOURCE) }), 'iu');
/** "- Samme erklæring: Ingen løft over 10 kg": a label that points back to the statement before. */
const pointerLabelLead = compileRegex(fill(m.labelLead, { source: words(m.backReferences) }), 'iu');
const partSplit = compileRegex(fill(m.partSplit, { verb: m.reportingVerbs }), 'giu');
const seriesMarker = compileRegex(m.seriesMarker, 'iu');
const seriesSplit = compileRegex(`${fill(m.partSplit, { verb: m.reportingVerbs })}|${m.seriesSplit}`, 'giu');

/** A reporting or speech verb, "fremgår", or reportedLead's "lægens vurdering er, at". */
const LEAD_VERB = `fremgår|${m.reportingVerbs}|${m.speechVerbs}|vurdering|konklusion|opfattelse|anbefaling`;
/** The verbs of "som det fremgår af …" and "Af erklæringen fremgår …". */
const FREMGAAR = 'fremgår|står|beskrives|nævnes|anføres|oplyses|angives|noteres|skrives|konstateres';
/**
 * For each pattern a sentence is read with (the leads, their pointer forms, and attributionAfter),
 * what it cannot match without: a piece of its rule that is no optional part of it, or a wider
 * one (tests/unit/prefilters.test.ts checks each rule holds the piece). A sentence with none of
 * them reports nothing, so it is not read (the same output: accordingToInside's lack of `i` only
 * makes it match less). Tested one by one, each small regex is quicker than their union.
 */
export const LEAD_PIECES: Record<string, string> = {
  reportedLead: LEAD_VERB,
  invertedLead: LEAD_VERB,
  pronounLead: LEAD_VERB,
  accordingTo: 'følge',
  accordingToInside: 'følge',
  asStatedLead: FREMGAAR,
  objectLead: m.objectVerbs,
  invertedObjectLead: m.objectVerbs,
  fremgaarObject: FREMGAAR,
  fremgaarAlone: 'fremgår',
  labelLead: ':',
  attributionAfter: m.attributionAfter,
};
/** The pieces, each once, the cheapest first. */
const leadPrefilter = [...new Set([':', 'følge', m.attributionAfter, FREMGAAR, m.objectVerbs, LEAD_VERB])].map((p) => compileRegex(p, 'iu'));
const mayReport = (sentence: string) => leadPrefilter.some((re) => re.test(sentence));

/** "(jf. lægeerklæringen s. 2)" at a quote's end: where the statement says it, not what. */
const referenceAfter = compileRegex(m.referenceAfter, 'iu');

function draft(text: string, whole: Span, style: 'direct' | 'reported', source: string): Draft {
  const reference = referenceAfter.exec(text.slice(whole.start, whole.end));
  const span = reference && reference.index > 0 ? trimSpan(text, whole.start, whole.start + reference.index) : whole;
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
  const reported = [...findReported(input, quotes), ...findBlockQuotes(input), ...findTableQuotes(input.text)];
  const insideReported = insideAny(reported);
  const readInSentence = new Map<number, number>();
  for (const q of quotes) {
    if (insideReported(q)) continue;
    const span = trimSpan(text, q.start, q.end);
    if (span.end <= span.start || !sourceSought(readInSentence, sentenceIndexAt(sentences, q.open))) continue;
    const source = sourceBefore(text, sentences, q.open) ?? sourceAfter(text, q.end + 1);
    if (source?.medical) out.push(draft(text, span, 'direct', source.text.toLowerCase()));
  }
  for (const r of reported) out.push(draft(text, r, r.style, r.source));
  return widest(out).sort((a, b) => a.start - b.start);
}

/**
 * How many quotes of one sentence are given a source: each is read back to the sentence's start,
 * and a sentence of a letter quotes a statement a few times at most; a "sentence" of hundreds of
 * quote marks is no letter's, and its further quotes are not read.
 */
const MAX_QUOTES_IN_SENTENCE = 40;

/** Whether the quote in sentence `index` is one to give a source (counting the quotes read in each sentence; in no sentence, -1, always). */
function sourceSought(read: Map<number, number>, index: number): boolean {
  if (index < 0) return true;
  const n = (read.get(index) ?? 0) + 1;
  read.set(index, n);
  return n <= MAX_QUOTES_IN_SENTENCE;
}

/** Two ways of reading one statement ("Sundhedskoordinator | … | Anbefaler …" as a row and as a lead) give the wider span. */
function widest(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  const keptSpans = new SpanSet();
  const holds = (d: Span) => (k: Span) => k.start <= d.start && d.end <= k.end;
  for (const d of [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    // A span of no length overlaps no span: it is held against each span kept.
    const inside = d.end > d.start ? keptSpans.someOverlapping(d, holds(d)) : kept.some(holds(d));
    if (inside) continue;
    kept.push(d);
    keptSpans.add(d);
  }
  return kept;
}

/**
 * Reported statements: "Det fremgår af lægeattesten, at <content>". Where the content holds a
 * quote after some words of its own ("at du er sygemeldt og "kan gå korte ture""), the
 * whole content is the finding; where it starts with the quote, the quote is.
 */
function findReported(input: AnalysisInput, quotes: Quote[]): Reported[] {
  const { text, sentences } = input;
  const out: Reported[] = [];
  /** Reads one sentence; returns where its statement stopped short of the sentence's end, if it did. */
  const readSentence = (sentence: Sentence, index: number): number | null => {
    if (prefilters.enabled && !mayReport(sentence.text)) return null;
    // "Lægen vurderer, at <content>", "Heri bekræfter lægen, at <content>", "Ifølge lægeattesten <content>",
    // "Lægen anbefaler <content>", "Sundhedskoordinator: <content>".
    // The first reporting verb governs: "Lægen anbefaler <content>, og han finder det ikke nødvendigt at …".
    let lead = earliest([reportedLead, invertedLead, accordingTo, accordingToInside, asStatedLead, objectLead, invertedObjectLead, fremgaarObject, labelLead], sentence.text);
    // "Det fremgår af erklæringen, at …": a statement named before.
    if (lead && infinitiveLead.test(lead[0])) lead = null;
    let source = lead && !negatedLead.test(lead[0]) ? (firstSource(lead[0]) ?? pointedTo(lead[0], sentences, index)) : null;
    // "Hun skriver, at <content>", "Notatet beskriver <content>": a pronoun or a noun for the medical source named just before.
    if (!source?.medical) {
      lead = earliest([pronounLead, invertedPointerLead, pointerObjectLead, invertedPointerObjectLead, pointerFremgaarObject, pointerLabelLead], sentence.text);
      // "Erklæringen ændrer ikke vores vurdering af, at …" is the letter's own voice.
      source = lead && !negatedLead.test(lead[0]) && !authorityVoice.test(lead[0]) ? antecedent(sentences, index) : null;
    }
    // "Lægen skriver, at …. Det fremgår også, at <content>": the same statement goes on, when the sentences just before named it last.
    if (!source?.medical) {
      lead = fremgaarAlone.exec(sentence.text);
      source = lead ? lastNamed(sentences, index) : null;
    }
    // "Du kan genoptage arbejdet på nedsat tid, skriver din læge": the statement before its source.
    const attribution = attributionAfter.exec(sentence.text);
    const after = attribution && (!lead || (lead.index ?? 0) > attribution.index) ? sourceAfter(text, sentence.start + attribution.index) : null;
    // "Din læge, Hans Kragelund, skriver, at …": words that name the source are its subject, no statement.
    const named = attribution ? firstSource(sentence.text.slice(0, attribution.index)) : null;
    if (attribution && after?.medical && !named && !quotesStartingIn(quotes, sentence.start - m.maxQuoteLength, sentence.start + attribution.index).some((q) => q.end > sentence.start)) {
      const span = trimSpan(text, sentence.start, sentence.start + attribution.index);
      if (span.end - span.start >= 3) out.push({ ...span, style: 'reported', source: after.text.toLowerCase() });
    }
    if (!lead || !source?.medical) return null;
    const contentStart = sentence.start + (lead.index ?? 0) + lead[0].length;
    if (requestContent.test(text.slice(contentStart, sentence.end))) return null;
    // Content that starts inside a quote is that quote's, unless lead and content are both quoted from a
    // text that reports the statement (a rehabiliteringsteam's »Psykologen vurderer, at …«) and not the citizen.
    const around = quotesNear(quotes, contentStart).find((q) => q.open < contentStart && q.end > contentStart);
    if (around && (around.start > sentence.start + (lead.index ?? 0) || quotedFromCitizen(input, around))) return null;
    // Inside such a quote its own quotes count ('…' within »…«), and the content ends where it does.
    const local = around ? quotesWithin(text, around) : quotes;
    const rest = text.slice(contentStart, around ? Math.min(sentence.end, around.end) : sentence.end);
    const stop = clauseStop.exec(rest);
    const contentEnd = contentStart + (stop ? (stop.index ?? 0) : rest.replace(/[.!?]\s*$/, '').length);
    // Each "og at …" goes on with the same statement and is a finding of its own.
    for (const whole of partsOf(text, contentStart, contentEnd, local)) {
      // ", og han vurderer, at …": the part starts with a lead of its own.
      // ", og at lægekonsulenten vurderer, at …": a part that starts with a named source's lead.
      const partText = text.slice(whole.start, whole.end);
      if (authoritySubject.test(partText.trimStart())) continue;
      const ownLead = reportedLead.exec(partText);
      // "og at kommunens lægekonsulent har vurderet, at …": a genitive or determiner may stand before the source.
      const ownLeadFirst = ownLead && leadPrefix.test(partText.slice(0, ownLead.index));
      const inner = pronounLead.exec(partText) ?? (ownLeadFirst ? ownLead : null);
      if (inner && (negatedLead.test(inner[0]) || infinitiveLead.test(inner[0]))) continue;
      const part = inner ? { start: whole.start + inner.index + inner[0].length, end: whole.end } : whole;
      const firstQuote = quotesStartingIn(local, part.start + 1, part.end + 1).find((q) => q.open >= part.start && q.open < part.end);
      const ownWords = firstQuote ? (text.slice(part.start, firstQuote.open).match(/[\p{L}\d]+/gu)?.length ?? 0) : Infinity;
      // "skriver, at det „ikke kan forudsiges …“": the quote is the finding, and this lead its source.
      const quoted = firstQuote && ownWords < m.mixedQuoteMinWords;
      const span = quoted ? trimSpan(text, firstQuote.start, firstQuote.end) : trimSpan(text, part.start, part.end);
      // "Hun beskriver forløbet sådan:": a few words before a colon lead to the statement, they are none.
      if (!quoted && /^\s*:/u.test(text.slice(span.end)) && (text.slice(span.start, span.end).match(/\p{L}+/gu)?.length ?? 0) <= 3) continue;
      if (span.end - span.start >= 3) out.push({ ...span, style: quoted ? 'direct' : 'reported', source: source.text.toLowerCase() });
    }
    return stop ? contentEnd : null;
  };
  sentences.forEach((whole, index) => {
    // ", og fordi speciallægen anbefaler en gradvis optrapning": after a statement stops, the sentence may report another.
    let part: Sentence = whole;
    for (let stopAt = readSentence(whole, index), n = 0; stopAt !== null && n < 4; stopAt = readSentence(part, index), n++) {
      part = { start: stopAt, end: whole.end, text: text.slice(stopAt, whole.end) };
    }
    // "Lægen har ikke skrevet, at …, og i statusattesten står der, at …": a statement after one not made.
    const tail = tailAfterNegatedLead(whole);
    if (tail) readSentence(tail, index);
  });
  return out;
}

/** The rest of a sentence after ", og" or ", men" that follows a lead saying what a statement does not say. */
function tailAfterNegatedLead(sentence: Sentence): Sentence | null {
  const negated = negatedLead.exec(sentence.text);
  if (!negated) return null;
  const joins = compileRegex(m.afterNotSaid, 'giu');
  joins.lastIndex = negated.index + negated[0].length;
  const join = joins.exec(sentence.text);
  if (!join) return null;
  const from = join.index + join[0].length;
  return { start: sentence.start + from, end: sentence.end, text: sentence.text.slice(from) };
}

/** The quotes inside a quote, at their places in `text`. */
function quotesWithin(text: string, outer: Quote): Quote[] {
  return findQuotes(text.slice(outer.start, outer.end)).map((q) => ({ open: q.open + outer.start, start: q.start + outer.start, end: q.end + outer.start }));
}

/** Whether the quote is the citizen's own words ("Du skrev: »…«"). */
function quotedFromCitizen(input: AnalysisInput, quote: Quote): boolean {
  const source = sourceBefore(input.text, input.sentences, quote.open);
  return source !== null && citizenVoice.test(source.text);
}

/** The match of the lead that ends first in `sentence`. */
function earliest(leads: RegExp[], sentence: string): RegExpExecArray | null {
  const hits = leads.map((re) => re.exec(sentence)).filter((x): x is RegExpExecArray => x !== null);
  return hits.sort((a, b) => a.index + a[0].length - (b.index + b[0].length))[0] ?? null;
}

/** The parts of a reported statement, split at ", og at …" (outside quotes). */
function partsOf(text: string, start: number, end: number, quotes: Quote[]): Span[] {
  const parts: Span[] = [];
  let from = start;
  const content = text.slice(start, end);
  partSplit.lastIndex = 0;
  // "at A, at B, og at C": in a series each ", at" starts a part as well.
  const series = seriesMarker.test(content) ? seriesSplit : partSplit;
  series.lastIndex = 0;
  for (const m of content.matchAll(series)) {
    const at = start + (m.index ?? 0);
    if (quotesNear(quotes, at).some((q) => q.start <= at && at < q.end)) continue;
    parts.push({ start: from, end: at });
    from = at + m[0].length;
  }
  parts.push({ start: from, end });
  return parts;
}
