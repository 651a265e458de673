import { rules } from '../rules';
import type { TopicId } from '../rules/citatSchema';
import { isContent, isDatePart, NEGATION, sameWord, tokenize, type PreparedText, type Token } from './normalise';
import { clausesOf, leadKind, type Span } from './qualifiers';
import { compileRegex } from '../text/compileRegex';

/**
 * Not mentioned: the statement's sentences about arbejdsevne, begrænsninger/skånehensyn or
 * prognose that the decision neither quotes nor retells. A sentence is about a topic when it
 * stands under one of the topic's headings ("Prognose:", "Skånehensyn"), or has the topic's
 * words (under a neutral heading such as "Anamnese" or "Objektive fund" only its strong words).
 * It counts as mentioned where a quote was found in it, or where one or two sentences of the
 * decision hold most of its content words (by stem), with its negation if it has one.
 */

const t = rules.citat.topics;
const whole = (source: string) => compileRegex(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
const TOPICS = t.items.map((x) => ({ id: x.id, headings: whole(x.headings), strong: whole(x.strong), words: whole(x.words) }));
const neutralHeading = whole(t.neutralHeadings);
const skip = compileRegex(t.skip, 'iu');
const history = whole(t.history);
const patientVoice = whole(t.patientVoice);
const observation = compileRegex(t.observation, 'iu');
/** Where a sentence's main clause ends and one that gives a reason or a time begins. */
const subordinate = /,\s+(?:idet|fordi|da|eftersom|hvor|som|efter\s+at|selvom)\s/iu;
const assessment = whole(t.assessment);
/** The fewest content words the part after a contrast needs to stand for its sentence. */
const CLAUSE_WORDS = 3;

/** What a part of the statement is about: a topic, nothing to mention (neutral), or not said (null). */
type Section = TopicId | 'neutral' | null;

export interface Topical extends Span {
  text: string;
  topic: TopicId;
}

interface Mark {
  at: number;
  /** A label line ("Prognose: God") is about its own line only. */
  until: number | null;
  section: Section;
  /** A heading that names a topic and something neutral too ("Behandling og prognose"): only the topic's words count. */
  mixed: boolean;
  heading: Span | null;
}

/** What a heading (or a label before a colon, or a question of a form) says the text under it is about. */
function sectionOf(heading: string): { section: Section; mixed: boolean } {
  const topic = TOPICS.find((x) => x.headings.test(heading))?.id;
  const neutral = neutralHeading.test(heading);
  return { section: topic ?? (neutral ? 'neutral' : null), mixed: topic !== undefined && neutral };
}

const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

const NUMBERED = /^(?:\d+(?:\.\d+)*\.?|[a-h]\))\s+/u;

/** A line that is a heading: "Prognose", "Objektive fund:", "Hvad er prognosen?". Returns the heading's words. */
function headingOf(line: string, next: string | undefined): string | null {
  // "4. Skånehensyn": a numbered heading is read without its number.
  const s = line.trim().replace(NUMBERED, '');
  if (!s) return null;
  if (/:$/.test(s) && wordCount(s) <= 6) return s.slice(0, -1);
  if (/\?$/.test(s)) return s;
  // A short line without a full stop; a numbered one may be longer ("4. Lægens vurdering af muligheder for aktivitet").
  const most = NUMBERED.test(line.trim()) ? 8 : 4;
  if (wordCount(s) <= most && !/[.!]$/.test(s) && /^\p{Lu}/u.test(s) && next !== undefined && next.trim() !== '') return s;
  return null;
}

/** Where each section starts, and what it is about. A label line ("Prognose: God") is a section of one line. */
function sections(text: string): Mark[] {
  const out: Mark[] = [];
  const lines = text.split('\n');
  let at = 0;
  lines.forEach((line, i) => {
    const heading = headingOf(line, lines[i + 1]);
    const lead = line.length - line.trimStart().length;
    if (heading !== null) out.push({ at, until: null, ...sectionOf(heading), heading: { start: at + lead, end: at + line.trimEnd().length } });
    else {
      const label = /^\s*([^:.!?\n]{2,40}):\s+\S/u.exec(line);
      // An unknown label ("Udstedt til: …") says nothing of the line.
      if (label && wordCount(label[1] as string) <= 4) {
        const of = sectionOf(label[1] as string);
        if (of.section !== null) out.push({ at, until: at + line.length, ...of, heading: null });
      }
    }
    at += line.length + 1;
  });
  return out;
}

/** The section a sentence starting at `at` stands in. */
function sectionAt(marks: Mark[], at: number): Mark | undefined {
  const line = marks.filter((m) => m.until !== null && m.at <= at && at < m.until).pop();
  return line ?? marks.filter((m) => m.until === null && m.at <= at).pop();
}

/** The statement's sentences about a topic. */
export function topicalSentences(p: PreparedText): Topical[] {
  const marks = sections(p.text);
  const out: Topical[] = [];
  for (const s of p.sentences) {
    // A heading is no sentence to mention.
    if (marks.some((m) => m.heading && m.heading.start <= s.start && s.end <= m.heading.end)) continue;
    if (skip.test(s.text) || wordCount(s.text) < t.minWords) continue;
    const mark = sectionAt(marks, s.start);
    const section = mark?.section ?? null;
    // "Hun har tidligere arbejdet som …", "Han beskriver nedstemthed …": what was, and what the patient tells, is background;
    // not so a clause that gives a reason ("Prognosen er forbeholden, idet der tidligere …").
    const main = s.text.split(subordinate)[0] as string;
    if ((history.test(main) || patientVoice.test(main)) && !assessment.test(s.text)) continue;
    const byWords = TOPICS.find((x) => x.strong.test(s.text) || x.words.test(s.text))?.id;
    let topic: TopicId | undefined;
    // Under "Behandling og prognose": what the sentence says can or should be, or the topics' words.
    // What was seen or measured, a dose or a control planned: a point only by its strong words, under any heading.
    const observed = observation.test(s.text.trim());
    if (section !== null && section !== 'neutral' && !observed) topic = mark?.mixed ? (byWords || assessment.test(s.text) ? section : undefined) : section;
    else if (section === 'neutral' || observed) topic = TOPICS.find((x) => x.strong.test(s.text))?.id;
    else topic = byWords;
    if (topic) out.push({ start: s.start, end: s.end, text: s.text, topic });
  }
  return out;
}

/**
 * Whether one or two sentences of the decision say most of what `words` say: a share of its
 * content words (not its dates or negation), with one at least that is not common in the decision.
 */
export function mentioned(words: Token[], decision: PreparedText, ocr: boolean): boolean {
  const m = rules.citat.mention;
  const seen = new Set<string>();
  const content = words.filter((x) => isContent(x) && !seen.has(x.key) && seen.add(x.key));
  const negated = content.some((x) => x.key === NEGATION);
  const wanted = content.filter((x) => x.key !== NEGATION && !isDatePart(x));
  if (wanted.length === 0) return true;
  const need = Math.min(m.minWords, wanted.length);
  const { sentences, tokens } = decision;
  const windows = sentences.map((s) => tokens.slice(s.from, s.to).filter(isContent));
  /** In how many of the decision's sentences a word stands. */
  const spreads = new Map<Token, number>();
  const spread = (q: Token) => {
    let n = spreads.get(q);
    if (n === undefined) spreads.set(q, (n = windows.filter((w) => w.some((x) => sameWord(q, x, ocr))).length));
    return n;
  };
  for (let i = 0; i < sentences.length; i++) {
    for (let n = 1; n <= 2 && i + n <= sentences.length; n++) {
      const window = windows.slice(i, i + n).flat();
      if (negated && !window.some((x) => x.key === NEGATION)) continue;
      const found = wanted.filter((q) => window.some((x) => sameWord(q, x, ocr)));
      if (found.length < need || found.length / wanted.length < m.share) continue;
      if (found.some((q) => spread(q) <= m.common)) return true;
    }
  }
  return false;
}

/**
 * Whether the decision says the statement's sentence [start, end), or the part of it after a
 * contrast, which is what the sentence comes to ("Han klarer …, men har brug for hvil efter 1-2 timers aktivitet").
 */
export function sentenceMentioned(p: PreparedText, sentence: Span, decision: PreparedText): boolean {
  if (mentioned(tokenize(p.text, sentence.start, sentence.end), decision, p.ocr)) return true;
  return clausesOf(p.text, sentence.start, sentence.end).some((c, i) => {
    if (i === 0 || leadKind(p.text.slice(c.start, c.end)) !== 'contrast') return false;
    const words = tokenize(p.text, c.start, c.end);
    return words.filter((x) => isContent(x) && !isDatePart(x) && x.key !== NEGATION).length >= CLAUSE_WORDS && mentioned(words, decision, p.ocr);
  });
}
