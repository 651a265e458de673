import { sentenceIndexAt, type Sentence } from '../nlp/sentences';
import { rules } from '../rules';
import { fill, words } from './patterns';
import { compileRegex } from '../text/compileRegex';

/**
 * Who a medical quote comes from: the sources a letter names (rules/medical.json `statements`,
 * `professionals`, and `notMedical` for everyone else), and what a pronoun or a noun such as
 * "erklæringen" points back to.
 */
const m = rules.medical;
/** Medical statements and health professionals, as one regex source. */
export const SOURCE = [...m.statements, ...m.professionals].map((s) => s.pattern).join('|');
const medicalSource = compileRegex(words(SOURCE), 'giu');
const notMedical = compileRegex(words(m.notMedical), 'giu');
const recipientBefore = compileRegex(m.recipientBefore, 'iu');
/** Sentences that begin by pointing back to a statement named just before: "Heraf fremgår det", "Lægen skriver også". */
export const pointsBack = compileRegex(m.pointsBack, 'iu');
const sourceAfterLead = compileRegex(m.sourceAfter, 'iu');
/** Pronouns, short names and nouns that point back to a source just named. */
export const POINTER = `${m.pointers}|${m.backReferences}`;
/** Pointers after a reporting verb ("skriver hun, at"): without those that are articles there ("vurderer de nye …"). */
export const INVERTED_POINTER = [...m.pointers.split('|').filter((p) => !m.notInvertedPointers.includes(p)), m.backReferences].join('|');
export const pronounLead = compileRegex(fill(m.pronounLead, { verb: m.reportingVerbs, pointer: POINTER, thatless: m.thatless }), 'iu');
export const backReference = compileRegex(words(m.backReferences), 'iu');
const backReferences = compileRegex(words(m.backReferences), 'giu');
const passiveBefore = compileRegex(m.passiveBefore, 'iu');
/** Any pronoun, short name or noun that points back to a source. */
const pointer = compileRegex(words(POINTER), 'iu');
const antecedentPerson = compileRegex(m.antecedentPerson, 'iu');
const continues = compileRegex(m.continues, 'iu');
/** How many sentences back a pronoun may point. */
const ANTECEDENT_SENTENCES = 6;

export interface Source {
  at: number;
  text: string;
  medical: boolean;
}

/** Every source named in `window`, in reading order: statements and health professionals, and others. */
export function sourcesIn(window: string, offset: number): Source[] {
  const hits = ([
    [medicalSource, true],
    [notMedical, false],
  ] as const).flatMap(([re, medical]) => {
    re.lastIndex = 0;
    return [...window.matchAll(re)]
      .filter((hit) => medical || !recipientBefore.test(window.slice(Math.max(0, (hit.index ?? 0) - 30), hit.index)))
      .map((hit) => ({ at: offset + (hit.index ?? 0), text: hit[0], medical }));
  });
  return hits.sort((x, y) => x.at - y.at || Number(x.medical) - Number(y.medical));
}

/**
 * The sources named in a sentence, read once for each sentence: a pronoun in each of many
 * sentences looks back over the same sentences before it.
 */
const sourcesBySentence = new WeakMap<Sentence, readonly Source[]>();
function sourcesOf(sentence: Sentence): readonly Source[] {
  let named = sourcesBySentence.get(sentence);
  if (!named) sourcesBySentence.set(sentence, (named = sourcesIn(sentence.text, sentence.start)));
  return named;
}

/** The last source named in `window` (a statement, a health professional, or someone else). */
export const lastSource = (window: string, offset: number): Source | null => sourcesIn(window, offset).at(-1) ?? null;

/** The first source named in a lead: its subject ("Psykologen skriver i en mail, at …" is the psykolog's). */
export const firstSource = (lead: string): Source | null => sourcesIn(lead, 0)[0] ?? null;

/** "„…“, skriver speciallægen.": the source named right after the quote. */
export function sourceAfter(text: string, at: number): Source | null {
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

/** The source named before a quote: in its own sentence, on the line before a colon, or pointed back to. */
export function sourceBefore(text: string, sentences: Sentence[], at: number): Source | null {
  const sentenceIndex = sentenceIndexAt(sentences, at);
  const sentence = sentences[sentenceIndex];
  const start = sentence?.start ?? Math.max(0, at - 200);
  const own = lastSource(text.slice(start, at), start);
  // "Jobcentret lægger vægt på, at din tilstand i erklæringen beskrives som »stabil«": a back-reference after the
  // last source named is nearer the quote, and points to the statement named before.
  const lead = text.slice(start, at);
  const referred = [...lead.matchAll(backReferences)].at(-1);
  if (own && !own.medical && referred && start + (referred.index ?? 0) > own.at) {
    const index = sentence ? sentenceIndex : -1;
    const named = antecedent(sentences, index);
    if (named?.medical) return named;
  }
  if (own && (own.medical || !pointsBack.test(lead))) return own;
  // "Lægen skriver i attesten:⏎„…“" or "Han konkluderer:⏎„…“": the quote stands on its own line after a colon.
  const index = sentence ? sentenceIndex : -1;
  const prev = sentences[index - 1];
  if (!own && sentence && !text.slice(start, at).trim() && prev && /:\s*$/.test(prev.text)) {
    const pointing = pronounLead.test(prev.text) || backReference.test(prev.text) || pointsBack.test(prev.text) || continues.test(prev.text);
    return sourcesOf(prev).at(-1) ?? (pointing ? antecedent(sentences, index - 1) : null);
  }
  // "Heraf fremgår det, at …": the source is in the sentence before.
  if (sentence && pointsBack.test(text.slice(start, at))) {
    const i = sentenceIndex;
    const prev = sentences[i - 1];
    // "Notatet konkluderer, at … Der står også: »…«": the sentence before points back in turn.
    if (prev) return sourcesOf(prev).at(-1) ?? (backReference.test(prev.text) ? antecedent(sentences, i - 1) : own);
  }
  // "Om samarbejdet skriver hun i sin udtalelse: »…«": a pronoun or "erklæringen" before the quote.
  if (!own && sentence && pointer.test(text.slice(start, at))) return antecedent(sentences, index);
  // "Psykologen anbefaler …. Prognosen betegnes som 'god'.": a passive description goes on with the source just named.
  if (!own && sentence && passiveBefore.test(text.slice(start, at))) return lastNamed(sentences, index, 1);
  return own;
}

/**
 * The source a pronoun ("Hun skriver, at …") points back to: the last one named in the sentences
 * before, up to `ANTECEDENT_SENTENCES` back (a quoted statement of a few sentences may stand between).
 */
export function antecedent(sentences: Sentence[], index: number): Source | null {
  const before = sentences.slice(Math.max(0, index - ANTECEDENT_SENTENCES), index).reverse();
  const named = before.flatMap((x) => [...sourcesOf(x)].reverse());
  return named.find((x) => x.medical || antecedentPerson.test(x.text)) ?? null;
}

/** The source a back-reference in a lead ("af erklæringen", "Heri") points to: the statement named just before. */
export function pointedTo(lead: string, sentences: Sentence[], index: number): Source | null {
  return backReference.test(lead) ? antecedent(sentences, index) : null;
}

/** The source the sentences just before name last, medical or not: what a lead without a source ("Det fremgår også, at …") goes on from. */
export function lastNamed(sentences: Sentence[], index: number, back = 2): Source | null {
  for (const x of sentences.slice(Math.max(0, index - back), index).reverse()) {
    const named = sourcesOf(x).at(-1) ?? null;
    if (named) return named;
  }
  return null;
}
