import { rules } from '../rules';
import type { QualifierKind } from '../rules/citatSchema';
import { isContent, sameWord, sentenceIndexAt, tokenize, type PreparedText, type Token } from './normalise';
import { compileRegex } from '../text/compileRegex';

/**
 * Left out: words right by the quoted ones that change what they say (flag kind left-out, lib/schema/statementCheck.ts) and
 * that neither the quote nor the decision's words around it have. Where they count:
 * - in the quote's own clause, every kind (negation, limit, number, condition, contrast, doubt),
 *   within a few words of the quote, and inside it where the quote dropped them;
 * - the clause after it, when it starts with a contrast or a condition ("…, men kun i kortere
 *   perioder"): the whole clause; else its limits, numbers and conditions;
 * - the clause before it, when it is a condition ("Hvis smerterne aftager, …"), or holds a
 *   negation or doubt that the quote's clause depends on ("Det kan ikke forventes, at …"), or
 *   is set against the quote's clause by a contrast ("…, men kan udføre let arbejde");
 * - the next sentence, when it goes on with the quote's ("Dette dog kun …").
 */

const c = rules.citat;
const wordBounded = (source: string, flags: string) => compileRegex(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
const ITEMS = c.qualifiers.items.map((q) => ({ ...q, re: wordBounded(q.pattern, 'giu'), lead: compileRegex(`^(?:(?:og|samt|,)\\s+)?(?:${q.pattern})(?![\\p{L}\\p{N}])`, 'iu') }));
const boundary = compileRegex(c.clauses.boundary, 'giu');
const complementLead = compileRegex(c.clauses.complementLead, 'iu');
const nextSentenceLead = compileRegex(c.clauses.nextSentenceLead, 'iu');
const ownSubject = compileRegex(c.clauses.ownSubject, 'iu');
/** How far (in words) from the quote a qualifier in its own clause may stand. */
const NEAR = 8;
/** Share of a left-out clause's words the decision must have for it to count as told. */
const TOLD_SHARE = 0.6;

export interface Span {
  start: number;
  end: number;
}

export interface Qualifier extends Span {
  kind: QualifierKind;
  text: string;
}

/** The qualifiers in text[from, to): the longest where they overlap. */
export function findQualifiers(text: string, from = 0, to = text.length): Qualifier[] {
  const part = text.slice(from, to);
  const all = ITEMS.flatMap((q) =>
    [...part.matchAll(q.re)].map((m) => ({ kind: q.kind, start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, text: m[0] })),
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Qualifier[] = [];
  for (const q of all) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) {
      // A number after "højst" is one limit: "ikke over 5 kg".
      if (q.end > last.end) Object.assign(last, { end: q.end, text: text.slice(last.start, q.end) });
      continue;
    }
    out.push(q);
  }
  return out;
}

/** The kind a clause starts with ("men …", "hvis …", "og kun …"), if it starts with a qualifier. */
export function leadKind(text: string): QualifierKind | null {
  const t = text.replace(/^[\s,;:–—-]+/u, '');
  return ITEMS.find((q) => q.lead.test(t))?.kind ?? null;
}

/** The clauses of text[from, to): cut at punctuation and before a joining word. */
export function clausesOf(text: string, from: number, to: number): Span[] {
  const part = text.slice(from, to);
  const out: Span[] = [];
  let at = 0;
  const push = (a: number, b: number) => {
    const piece = part.slice(a, b);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) out.push({ start: from + a + lead, end: from + a + lead + body.length });
  };
  for (const m of part.matchAll(boundary)) {
    // "2,5 timer": a comma in a number cuts nothing.
    if (m[0].startsWith(',') && /\d$/.test(part.slice(0, m.index)) && /^\d/.test(part.slice((m.index ?? 0) + 1))) continue;
    push(at, m.index ?? 0);
    at = (m.index ?? 0) + m[0].length;
  }
  push(at, part.length);
  return out;
}

/** What the decision says around a quote: its words near the quote, and those of its sentence and the next. */
export interface DecisionContext {
  near: Token[];
  sentence: Token[];
}

/** Whether the quote or the decision around it tells what a qualifier says. */
function told(words: Token[], quote: Token[], decision: DecisionContext, ocr: boolean, whole: boolean): boolean {
  // "ved fortsat", "så længe": a qualifier of small words is told only by those words.
  const content = words.some(isContent) ? words.filter(isContent) : words;
  if (content.length === 0) return true;
  const has = (pool: Token[], t: Token) => pool.some((x) => sameWord(x, t, ocr));
  if (content.every((t) => has(quote, t))) return true;
  // One word ("ikke", "kun", "men"): the decision must say it right by the quote.
  if (content.length === 1) return has(decision.near, content[0]!);
  // A phrase ("højst 4 timer"): every word in the quote or the decision's sentence. A clause: most of
  // its words, and every number.
  const pool = [...quote, ...decision.sentence];
  const found = content.filter((t) => has(pool, t)).length;
  if (!whole) return found === content.length;
  return found / content.length >= TOLD_SHARE && content.filter((t) => t.kind === 'number').every((t) => has(pool, t));
}

/** The first `max` words of text[start, end). */
function cut(text: string, span: Span, max: number): Span {
  const words = tokenize(text, span.start, span.end);
  const last = words[Math.min(words.length, max) - 1];
  let end = last && words.length > max ? last.end : span.end;
  // Without the sentence's full stop.
  while (end > span.start && /[\s.,;:!?]/u.test(text[end - 1] as string)) end--;
  return { start: span.start, end };
}

export interface LeftOut extends Span {
  text: string;
}

/**
 * The statement's words by the match [start, end) that change its meaning and that the quote
 * leaves out. `dropped`: the statement's words inside the match that the quote does not have;
 * `quoteWords`: all the quote's words, its small ones too ("45 min.").
 */
export function findLeftOut(p: PreparedText, match: Span, quote: Token[], dropped: Token[], decision: DecisionContext, quoteWords: Token[] = quote): LeftOut[] {
  const { text, ocr } = p;
  const first = sentenceIndexAt(p, match.start);
  const last = Math.max(first, sentenceIndexAt(p, Math.max(match.start, match.end - 1)));
  const from = p.sentences[first]?.start ?? 0;
  const to = p.sentences[last]?.end ?? text.length;
  const clauses = clausesOf(text, from, to);
  const own = clauses.map((x, i) => [x, i] as const).filter(([x]) => x.end > match.start && x.start < match.end);
  if (own.length === 0) return [];
  const ownStart = own[0]![1];
  const ownEnd = own[own.length - 1]![1];
  const out: Span[] = [];
  const wordsOf = (s: Span) => tokenize(text, s.start, s.end);
  const droppedAt = new Set(dropped.map((t) => t.start));

  /**
   * A condition with what it puts: "under forudsætning af behandling" up to the quote, or to the end
   * of its clause, and on into the next one where that says what it holds ("…, at hun får skånehensyn").
   */
  const conditionOf = (q: Span): Span => {
    if (q.end <= match.start) return cut(text, { start: q.start, end: match.start }, c.clauses.maxWords);
    const clause = clauses.find((x) => x.start <= q.start && q.end <= x.end);
    const rest = clause && clauses.find((x) => x.start >= clause.end);
    const end = rest && complementLead.test(text.slice(rest.start, rest.end)) ? rest.end : (clause?.end ?? q.end);
    return cut(text, { start: q.start, end }, c.clauses.maxWords);
  };

  // In the quote's own clauses: near the quote, or inside it where the quote dropped them.
  const ownSpan = { start: clauses[ownStart]!.start, end: clauses[ownEnd]!.end };
  const ownWords = tokenize(text, ownSpan.start, ownSpan.end);
  const firstIn = ownWords.findIndex((t) => t.start >= match.start);
  const lastIn = ownWords.findLastIndex((t) => t.end <= match.end);
  const nearFrom = ownWords[Math.max(0, (firstIn < 0 ? 0 : firstIn) - NEAR)]?.start ?? ownSpan.start;
  const nearTo = ownWords[Math.min(ownWords.length - 1, (lastIn < 0 ? ownWords.length - 1 : lastIn) + NEAR)]?.end ?? ownSpan.end;
  const quoteContent = quote.filter(isContent);
  /** Whether a sentence holds the quote: two of its words, or its only one. */
  const holdsQuote = (s: Span) => {
    const content = wordsOf(s).filter(isContent);
    return content.filter((t) => quoteContent.some((x) => sameWord(x, t, ocr))).length >= Math.min(2, content.length);
  };
  // A quote retold from several sentences: a sentence between them that it says (almost) nothing of is not its.
  const untold = first < last ? p.sentences.slice(first, last + 1).filter((x) => !holdsQuote(x)) : [];
  for (const q of findQualifiers(text, Math.max(ownSpan.start, nearFrom), Math.min(ownSpan.end, nearTo))) {
    // The word that joins the quote's clause to the one before ("men …") is read with that clause, below.
    if (q.start === clauses[ownStart]!.start && (q.kind === 'contrast' || q.kind === 'condition') && q.end <= match.start) continue;
    if (untold.some((x) => x.start <= q.start && q.end <= x.end)) continue;
    const words = wordsOf(q);
    // "20 min." where the quote says "45 min.": a number put in place of another is changed, not left out.
    if (q.kind === 'number' && replacedNumber(words, quoteWords, ocr)) continue;
    const inside = q.start >= match.start && q.end <= match.end;
    if (inside ? words.every((t) => !droppedAt.has(t.start) || !isContent(t)) : told(words, quote, decision, ocr, false)) continue;
    out.push(q.kind === 'condition' ? conditionOf(q) : q);
  }

  const whole = (s: Span) => {
    const span = cut(text, s, c.clauses.maxWords);
    if (!told(wordsOf(span), quote, decision, ocr, true)) out.push(span);
  };
  const some = (s: Span, kinds: QualifierKind[]) => {
    for (const q of findQualifiers(text, s.start, s.end)) if (kinds.includes(q.kind) && !told(wordsOf(q), quote, decision, ocr, false)) out.push(q);
  };

  // The clause after: "…, men kun i kortere perioder", "…, hvis hun får pauser", "…, dog højst 4 timer".
  const after = clauses[ownEnd + 1];
  if (after && after.start >= match.end) {
    const kind = leadKind(text.slice(after.start, after.end));
    if (kind === 'contrast' || kind === 'condition' || kind === 'limit') whole(after);
    // "…, 3 dage om ugen": a clause without a subject of its own goes on with the quote's.
    else if (!ownSubject.test(text.slice(after.start, after.end))) some(after, ['limit', 'number', 'condition']);
  }
  // The clause before: a condition, a negation the quote depends on, or a limit set against it.
  const before = clauses[ownStart - 1];
  if (before && before.end <= match.start) {
    const ownText = text.slice(clauses[ownStart]!.start, clauses[ownStart]!.end);
    const beforeKinds = findQualifiers(text, before.start, before.end).map((q) => q.kind);
    const lead = leadKind(text.slice(before.start, before.end));
    const ownLead = leadKind(ownText);
    if (lead === 'condition') whole(before);
    else if (complementLead.test(ownText) && beforeKinds.some((k) => k === 'negation' || k === 'doubt')) whole(before);
    else if (ownLead === 'contrast' && beforeKinds.some((k) => k === 'negation' || k === 'limit' || k === 'number' || k === 'condition')) whole(before);
  }
  // The next sentence, where it goes on with the quote's: "Dette dog kun i lette funktioner."
  const next = p.sentences[last + 1];
  if (next && ownEnd === clauses.length - 1 && nextSentenceLead.test(next.text)) whole(next);

  return merge(out).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

/** Units of one measure (rules/citat.json words.numbers.measures): a number in one of them put where the statement has another is a change ("3 uger" for "3-6 måneder"). */
const MEASURES = rules.citat.words.numbers.measures;
const measureOf = (t: Token) => MEASURES.findIndex((units) => units.includes(t.lower));

/** Whether the quote has a number with a unit of the same measure as the statement's number words ("45 min." for "20 min."). */
function replacedNumber(words: Token[], quote: Token[], ocr: boolean): boolean {
  const units = words.filter((t) => t.kind !== 'number');
  if (!quote.some((t) => t.kind === 'number') || units.length === 0) return false;
  if (units.every((u) => quote.some((t) => sameWord(u, t, ocr)))) return true;
  const measures = new Set(units.map(measureOf).filter((x) => x >= 0));
  return measures.size > 0 && quote.some((t, i) => t.kind === 'number' && quote[i + 1] !== undefined && measures.has(measureOf(quote[i + 1]!)));
}

/** Spans that overlap or touch (a space or a small word apart) are one. */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
