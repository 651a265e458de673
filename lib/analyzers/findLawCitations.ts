import { rules } from '../rules';
import { prose } from '../rules/prose';
import type { LawId } from '../rules/schemas';
import { sentenceAt } from '../nlp/sentences';
import { actByAbbreviation, actById, actByName, actBySubject, decreeType, grammar, normaliseParagraph } from './citationGrammar';
import { explanation, say } from './explain';
import { versionAt, versionNotes } from '../law/actVersions';

/** The note on a provision (rules/provisions.json) that holds on the letter's date. */
function provisionNote(law: LawId | null, paragraph: string | null, day: string | null): string | undefined {
  return prose().provisions.find(
    (p) => p.law === law && p.paragraph === paragraph && (!day || ((!p.from || p.from <= day) && (!p.to || day <= p.to))),
  )?.text;
}
import { SpanSet, type Span } from './patterns';
import type { AnalysisInput, Draft } from './types';
import { compileRegex } from '../text/compileRegex';

type CiteKind = 'provision' | 'act' | 'title' | 'decree' | 'principle';

interface Cite extends Span {
  kind: CiteKind;
  law: LawId | null;
  paragraph: string | null;
  /** Where the act stands: named in the phrase (before or after the §), to be taken from context, or none. */
  act: 'before' | 'after' | 'context' | 'none';
  decree?: 'lbk' | 'bek' | 'lov';
  /** The act is pointed to by a word ("lovens § 37", "§ 37 i loven"): the act last named, whatever came before. */
  anaphoric?: boolean;
}

const CONTEXT_FREE: ReadonlySet<LawId> = new Set(['principmeddelelse', 'bekendtgoerelse']);
/**
 * The longest citation read: the longest in the test letters has 124 characters, and a list of
 * provisions of one act ("§ 35, stk. 2, og § 40 a", "§§ 66, 67 og 69") ends well within this. A
 * run of "§ 1 § 1 …" or "stk. 1 stk. 1 …" is read as citations of at most this length each.
 */
const MAX_CITATION = 400;
const JOINED = /^\s*,?\s*(?:og|eller|samt)?\s*$/iu;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Reads "§ 13, stk. 2, nr. 2" or "§§ 66 og 67" from `start`: one citation's paragraphs. */
function parseProvision(text: string, start: number): { end: number; paragraph: string; lastJoin?: { at: number; section: number } } | null {
  const head = sticky(grammar.unitHead, text, start);
  if (!head?.groups?.num) return null;
  const plural = text.startsWith('§§', start);
  let end = start + head[0].length;
  let hasSubdivision = false;
  let lastJoin: { at: number; section: number } | undefined;
  const subdivisions = () => {
    for (let m = sticky(grammar.subdivision, text, end); m && end - start < MAX_CITATION; m = sticky(grammar.subdivision, text, end)) {
      end += m[0].length;
      hasSubdivision = true;
    }
    const f = sticky(grammar.following, text, end);
    if (f) end += f[0].length;
  };
  subdivisions();
  // "§ 36 og § 37", "§§ 66 og 67", "§§ 16-18": one citation. After "stk."/"nr." a new § starts a new one.
  while (!hasSubdivision && end - start < MAX_CITATION) {
    const join = sticky(grammar.join, text, end) ?? (plural ? sticky(grammar.pluralComma, text, end) : null);
    if (!join) break;
    if (!plural && !/[§\-–]/.test(join[0])) break;
    const section = join[0].indexOf('§');
    if (section >= 0) lastJoin = { at: end, section: end + section };
    end += join[0].length;
    subdivisions();
  }
  return { end, paragraph: normaliseParagraph(head.groups.num), lastJoin };
}

const decreeAnaphora = compileRegex(rules.citations.decreeAnaphora, 'iu');

function lawOfMatch(groups: Record<string, string | undefined>): { law: LawId | null; anaphoric: boolean } {
  if (groups.abbr) return { law: actByAbbreviation(groups.abbr)?.id ?? null, anaphoric: false };
  // "bekendtgørelsens § 10" is the executive order's, whichever act was named last.
  if (groups.ana) return decreeAnaphora.test(groups.ana) ? { law: 'bekendtgoerelse', anaphoric: false } : { law: null, anaphoric: true };
  if (groups.bek) return { law: 'bekendtgoerelse', anaphoric: false };
  const name = groups.name ?? groups.title ?? '';
  return { law: actByName(name)?.id ?? null, anaphoric: false };
}

/**
 * The act written next to a provision or chapter at [start, end): before it ("aktivlovens
 * § 36", "LAB § 118", "lovens § 37") or after it ("§ 36 i lov om aktiv socialpolitik").
 * Returns the widened span, or null where no act stands next to it.
 */
function actNextTo(text: string, start: number, end: number, floor = 0): Pick<Cite, 'start' | 'end' | 'law' | 'act' | 'anaphoric'> | null {
  // Never reach back into the citation before ("§ 19 i forvaltningsloven, § 9 …").
  const before = text.slice(Math.max(floor, start - 160), start);
  const b = grammar.actBefore.exec(before) ?? grammar.abbrBefore.exec(before);
  const a = b ? null : (sticky(grammar.actAfter, text, end) ?? sticky(grammar.abbrAfter, text, end));
  const found = b ?? a;
  if (!found?.groups) return null;
  const { law, anaphoric } = lawOfMatch(found.groups);
  return {
    start: b ? start - before.length + (b.index ?? 0) : start,
    end: a ? end + a[0].length : end,
    law: anaphoric ? null : law,
    act: anaphoric ? 'context' : b ? 'before' : 'after',
    anaphoric,
  };
}

function findProvisions(text: string): Cite[] {
  const cites: Cite[] = [];
  // The furthest any citation found so far reaches: a "§" inside one starts none of its own.
  let reach = -Infinity;
  const push = (c: Cite) => {
    cites.push(c);
    reach = Math.max(reach, c.end);
  };
  for (const m of text.matchAll(grammar.start)) {
    const at = m.index ?? 0;
    if (at < reach) continue;
    const p = parseProvision(text, at);
    if (!p) continue;
    const base: Cite = { kind: 'provision', start: at, end: p.end, law: null, paragraph: p.paragraph, act: 'context' };
    const act = actNextTo(text, at, p.end, cites[cites.length - 1]?.end ?? 0);
    // "sygedagpengelovens § 77 og § 66 i retssikkerhedsloven": the last § has an act of its own.
    if (act?.act === 'before' && p.lastJoin && sticky(grammar.actAfter, text, p.end)) {
      const last = parseProvision(text, p.lastJoin.section);
      push({ ...base, ...act, end: p.lastJoin.at });
      if (last) push({ kind: 'provision', start: p.lastJoin.section, end: last.end, law: null, paragraph: last.paragraph, act: 'context', ...actNextTo(text, p.lastJoin.section, last.end, p.lastJoin.at) });
      continue;
    }
    push({ ...base, ...act });
  }
  return cites;
}

/**
 * Provisions that share one act are one citation, its paragraph the first (GUIDE.md hard cases):
 * "§ 35, stk. 2, og § 40 a i lov om aktiv socialpolitik", "§ 7, § 24, stk. 1, og § 27". A bare
 * provision joins the next when only ",", "og" or "eller" stands between and the next has no act
 * of its own before it.
 */
function joinShared(text: string, cites: Cite[]): Cite[] {
  const out: Cite[] = [];
  for (const cite of cites) {
    const last = out[out.length - 1];
    if (last && last.act === 'context' && cite.act !== 'before' && cite.end - last.start <= MAX_CITATION && JOINED.test(text.slice(last.end, cite.start))) {
      out[out.length - 1] = { ...cite, start: last.start, paragraph: last.paragraph };
    } else out.push(cite);
  }
  return out;
}

/** "kapitel 10 i retssikkerhedsloven", "forordningens artikel 6": a citation only with its act. */
function findChapters(text: string, claimed: SpanSet): Cite[] {
  const out: Cite[] = [];
  for (const m of text.matchAll(grammar.chapter)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (claimed.overlapsAny({ start, end })) continue;
    const act = actNextTo(text, start, end);
    if (act) out.push({ kind: 'provision', paragraph: null, ...act });
  }
  const taken = new SpanSet(out);
  // An article is no paragraph: law with paragraph null (GUIDE.md hard cases), "artikel 6, stk. 1, litra e" whole.
  for (const m of text.matchAll(grammar.article)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    for (let s = sticky(grammar.subdivision, text, end); s && end - start < MAX_CITATION; s = sticky(grammar.subdivision, text, end)) end += s[0].length;
    for (let j = sticky(grammar.articleJoin, text, end); j && end - start < MAX_CITATION; j = sticky(grammar.articleJoin, text, end)) end += j[0].length;
    if (claimed.overlapsAny({ start, end }) || taken.overlapsAny({ start, end })) continue;
    const act = actNextTo(text, start, end);
    if (act && act.act !== 'context') {
      const cite: Cite = { kind: 'provision', paragraph: null, ...act };
      out.push(cite);
      taken.add(cite);
    }
  }
  return out;
}

function findOthers(text: string, claimed: Span[]): Cite[] {
  const out: Cite[] = [];
  // The citations found before, and each one found here: a citation overlapping one of them is none of its own.
  const taken = new SpanSet(claimed);
  const add = (c: Cite) => {
    if (taken.overlapsAny(c)) return;
    out.push(c);
    taken.add(c);
  };
  for (const m of text.matchAll(grammar.decree)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const title = sticky(grammar.decreeTitle, text, end);
    const type = decreeType(m.groups?.type ?? '');
    let law: LawId | null = type === 'bek' ? 'bekendtgoerelse' : null;
    if (title) {
      end += title[0].length;
      law = actBySubject(title[0].replace(/^\s+om\s+/iu, ''))?.id ?? law;
    }
    add({ kind: 'decree', start, end, law, paragraph: null, act: law ? 'after' : 'context', decree: type });
  }
  for (const m of text.matchAll(grammar.principle)) {
    const start = m.index ?? 0;
    add({ kind: 'principle', start, end: start + m[0].length, law: 'principmeddelelse', paragraph: null, act: 'none' });
  }
  for (const m of text.matchAll(grammar.actName)) {
    const start = m.index ?? 0;
    add({ kind: 'act', start, end: start + m[0].length, law: actByName(m[0])?.id ?? null, paragraph: null, act: 'before' });
  }
  for (const m of text.matchAll(grammar.lovTitle)) {
    const start = m.index ?? 0;
    add({ kind: 'title', start, end: start + m[0].length, law: actByName(m[0])?.id ?? null, paragraph: null, act: 'before' });
  }
  for (const m of text.matchAll(grammar.bekTitle)) {
    const start = m.index ?? 0;
    add({ kind: 'title', start, end: start + m[0].length, law: 'bekendtgoerelse', paragraph: null, act: 'before' });
  }
  return out;
}

/**
 * Gives each citation without a named act the act it refers to: a paragraph joined to a
 * citation that names its act ("§ 36 og § 37 i aktivloven"), else the act last named
 * before it ("lovens § 37", a bare "§ 13, stk. 7"), else the next one named in the same
 * sentence; a lovbekendtgørelse joined by "jf." to a citation takes that citation's act.
 */
function resolveActs(text: string, cites: Cite[], input: AnalysisInput): void {
  let lastAct: LawId | null = null;
  // A paragraph cited again keeps the act it had ("§ 27, stk. 1, nr. 1-7" in lov om sygedagpenge, then
  // "kapitel 18 i lov om en aktiv beskæftigelsesindsats", then "Efter § 27, stk. 1, …").
  const actOf = new Map<string, LawId>();
  // For each citation, the next one after it that names an act of its own (as the citations stand before any is resolved).
  const nextNamed: number[] = new Array<number>(cites.length);
  for (let i = cites.length - 1, next = -1; i >= 0; i--) {
    nextNamed[i] = next;
    const law = cites[i]?.law;
    if (law && !CONTEXT_FREE.has(law)) next = i;
  }
  cites.forEach((cite, i) => {
    const prev = cites[i - 1];
    const next = cites[i + 1];
    if (cite.kind === 'decree' && cite.act === 'context') {
      if (prev?.law && cite.decree === 'lbk' && grammar.decreeJoin.test(text.slice(prev.end, cite.start))) {
        cite.law = prev.law;
        cite.act = 'context';
      } else cite.act = 'none';
    } else if (cite.act === 'context') {
      const joinedNext = next && next.act === 'after' && next.law && JOINED.test(text.slice(cite.end, next.start));
      const sentence = sentenceAt(input.sentences, cite.start);
      // Citations stand in order of start: past the first one that names an act, none is nearer in the sentence.
      const candidate = cites[nextNamed[i] ?? -1];
      const later = candidate && (!sentence || candidate.start < sentence.end) ? candidate : undefined;
      const again = cite.paragraph && !cite.anaphoric ? actOf.get(cite.paragraph) : undefined;
      cite.law = joinedNext ? (next.law ?? null) : (again ?? lastAct ?? later?.law ?? null);
      if (!cite.law) cite.act = 'none';
    }
    if (cite.law && !CONTEXT_FREE.has(cite.law)) {
      lastAct = cite.law;
      if (cite.paragraph && !actOf.has(cite.paragraph)) actOf.set(cite.paragraph, cite.law);
    }
  });
}

function describe(cite: Cite, text: string, letterDate: string | null): Draft {
  const phrase = text.slice(cite.start, cite.end);
  const act = actById(cite.law);
  // The letter's date picks the version of the act: its link and any reform note.
  const version = act ? versionAt(act, letterDate) : undefined;
  const versionNote = act ? versionNotes(act, letterDate, phrase) : [];
  // "§ 9 i forvaltningsloven", with the act's full title where it says more than its short name.
  const label = act && cite.paragraph ? say('law', act.title === act.short ? 'labelShort' : 'label', { paragraph: cite.paragraph, act: act.short, title: act.title }) : phrase;
  let what: string;
  let why: string;
  let todo: string;
  const group = cite.kind === 'principle' ? 'principle' : cite.kind === 'decree' || cite.law === 'bekendtgoerelse' ? 'decree' : null;
  if (group) {
    what = say(group, 'what', { label: phrase });
    why = [say(group, 'why'), ...versionNote].join(' ');
    todo = say(group, 'todo');
  } else {
    const note = provisionNote(cite.law, cite.paragraph, letterDate) ?? (act && prose().acts.find((a) => a.id === act.id)?.about);
    const named = cite.act === 'before' || cite.act === 'after';
    what = say('law', 'what', { label });
    why = [note ? say('law', 'whyKnown', { note }) : say('law', named ? 'whyOtherAct' : 'whyUnknownAct'), ...versionNote].join(' ');
    todo = act ? say('law', 'todo') : say('law', named ? 'todoOtherAct' : 'todoUnknownAct');
  }
  return {
    kind: 'law',
    text: phrase,
    start: cite.start,
    end: cite.end,
    law: cite.law,
    paragraph: cite.paragraph,
    resolvedBy: cite.act === 'before' || cite.act === 'after' ? 'named' : cite.act === 'context' ? 'context' : 'none',
    ruleId: `law.${cite.kind}`,
    explanation: explanation(what, why, todo, { law: cite.law, paragraph: cite.paragraph, label }, version?.url ?? act?.url),
  };
}

/** "lov om aktiv socialpolitik (aktivloven)": the name in brackets belongs to the citation before it, not a second one. */
function withoutAliases(text: string, cites: Cite[]): Cite[] {
  const out: Cite[] = [];
  for (const c of cites) {
    const prev = out[out.length - 1];
    if (c.kind === 'act' && prev && prev.law === c.law && /^\s*\($/u.test(text.slice(prev.end, c.start)) && text[c.end] === ')') prev.end = c.end + 1;
    else out.push(c);
  }
  return out;
}

/** Citations of law in a letter: provisions, acts by name, (lov)bekendtgørelser and principafgørelser. */
export function findLawCitations(input: AnalysisInput): Draft[] {
  const { text } = input;
  const provisions = joinShared(text, findProvisions(text));
  const chapters = findChapters(text, new SpanSet(provisions));
  const claimed = [...provisions, ...chapters];
  const cites = withoutAliases(text, [...claimed, ...findOthers(text, claimed)].sort((a, b) => a.start - b.start));
  resolveActs(text, cites, input);
  return cites.map((c) => describe(c, text, input.letterDate));
}
