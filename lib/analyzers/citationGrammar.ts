import { DATE_SOURCE } from '../dates/findDates';
import { rules, type Act } from '../rules';
import type { LawId } from '../rules/schemas';
import { escapeRegex, phraseAlt, WORD_END, WORD_START } from './patterns';
import { compileRegex } from '../text/compileRegex';

/** The regexes of a Danish law citation, composed once from rules/citations.json and rules/acts.json. */
const c = rules.citations;

const nameToAct = new Map<string, Act>();
for (const act of rules.acts) for (const n of act.names) nameToAct.set(n.toLowerCase().replace(/\s+/g, ' '), act);
const abbrToAct = new Map<string, Act>();
for (const act of rules.acts) for (const a of act.abbreviations) abbrToAct.set(a, act);

/** Known acts, and acts outside the canonical list (found, with law null). */
const NAMES = phraseAlt([...nameToAct.keys(), ...rules.otherActs]);
const ABBRS = phraseAlt([...abbrToAct.keys()]);
const ANA_BEFORE = phraseAlt(c.anaphoraBefore);
const ANA_AFTER = phraseAlt(c.anaphoraAfter);
const LOV_TITLE = `${escapeRegex(c.titleIntro.lov).replace(/ +/g, '\\s+')}${c.title}`;
const BEK_TITLE = `${escapeRegex(c.titleIntro.bekendtgørelse).replace(/ +/g, '\\s+')}${c.title}`;

const UNIT_HEAD = `${c.section}\\s*(?<num>${c.number})`;
export const grammar = {
  /** Where a provision starts: "§ 13", "§§ 22". */
  start: /(?<![\p{L}\d]-?)§§?\s*\d/gu,
  unitHead: compileRegex(UNIT_HEAD, 'uy'),
  /** "kapitel 10": a citation only with its act ("kapitel 10 i retssikkerhedsloven"). */
  chapter: compileRegex(`${WORD_START}${c.chapter}`, 'giu'),
  /** "databeskyttelsesforordningens artikel 6": an article, with its act. */
  article: compileRegex(`${WORD_START}${c.article}`, 'giu'),
  /** A further article in a list: "og 14", "og artikel 9". */
  articleJoin: compileRegex(c.articleJoin, 'iuy'),
  subdivision: compileRegex(c.subdivision, 'iuy'),
  following: compileRegex(c.following, 'iuy'),
  /** A further paragraph in a list or range: "og § 37", "-18", "og 67". */
  join: compileRegex(`${c.rangeJoin}(?<num>${c.number})`, 'iuy'),
  pluralComma: compileRegex(`,\\s*(?<num>${c.number})`, 'iuy'),
  /** An act written before the paragraph: "aktivlovens § 36", "LAB § 118", "lovens § 37". */
  actBefore: compileRegex(`${WORD_START}(?:(?<name>${NAMES})|(?<ana>${ANA_BEFORE})|(?<title>${LOV_TITLE})|(?<bek>${BEK_TITLE}))${c.actBeforeGap}$`, 'iu'),
  abbrBefore: compileRegex(`${WORD_START}(?<abbr>${ABBRS})\\s+$`, 'u'),
  /** An act written after: ", i lov om aktiv socialpolitik", "i forvaltningsloven", "i loven". */
  actAfter: compileRegex(`${c.actAfter}(?:(?<name>${NAMES})|(?<ana>${ANA_AFTER})|(?<title>${LOV_TITLE})|(?<bek>${BEK_TITLE}))${WORD_END}`, 'iuy'),
  abbrAfter: compileRegex(`(?:\\s+|${c.actAfter})(?<abbr>${ABBRS})${WORD_END}`, 'uy'),
  /** An act named on its own. */
  actName: compileRegex(`${WORD_START}(?:${NAMES})${WORD_END}`, 'giu'),
  lovTitle: compileRegex(`${WORD_START}${LOV_TITLE}`, 'giu'),
  bekTitle: compileRegex(`${WORD_START}${BEK_TITLE}`, 'giu'),
  decree: compileRegex(`${WORD_START}${c.decree.pattern.replace('{date}', DATE_SOURCE)}`, 'gu'),
  decreeTitle: compileRegex(`\\s+om${c.title}`, 'iuy'),
  decreeJoin: compileRegex(`^${c.decreeJoin}$`, 'iu'),
  principle: compileRegex(`${WORD_START}${c.principle.pattern}`, 'gu'),
};

/** The act a written name stands for ("aktivlovens" → aktivloven), if it is one Brevtjek knows. */
export function actByName(name: string): Act | undefined {
  const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
  const exact = nameToAct.get(key);
  if (exact) return exact;
  // A title that goes on past a known name ("lov om aktiv socialpolitik med senere ændringer").
  for (const [n, act] of nameToAct) if (n.startsWith('lov om') && key.startsWith(n)) return act;
  return undefined;
}

export const actByAbbreviation = (abbr: string) => abbrToAct.get(abbr);

/** The act whose title is "lov om <subject>", from a decree's "om <subject>". */
export function actBySubject(subject: string): Act | undefined {
  return actByName(`lov om ${subject}`);
}

export const actById = (id: LawId | null) => rules.acts.find((a) => a.id === id);

export function decreeType(word: string): 'lbk' | 'bek' | 'lov' {
  return c.decree.types[word.toLowerCase()] ?? 'lov';
}

/** "§ 40 a" → "40a". */
export const normaliseParagraph = (num: string) => num.replace(/\s+/g, '').toLowerCase();
