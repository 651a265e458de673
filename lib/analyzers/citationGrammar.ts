import { DATE_SOURCE } from '../dates/findDates';
import { rules, type Act } from '../rules';
import type { LawId } from '../rules/schemas';
import { escapeRegex, phraseAlt, WORD_END, WORD_START } from './patterns';

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
  unitHead: new RegExp(UNIT_HEAD, 'uy'),
  /** "kapitel 10": a citation only with its act ("kapitel 10 i retssikkerhedsloven"). */
  chapter: new RegExp(`${WORD_START}${c.chapter}`, 'giu'),
  /** "databeskyttelsesforordningens artikel 6": an article, with its act. */
  article: new RegExp(`${WORD_START}${c.article}`, 'giu'),
  /** A further article in a list: "og 14", "og artikel 9". */
  articleJoin: new RegExp(c.articleJoin, 'iuy'),
  subdivision: new RegExp(c.subdivision, 'iuy'),
  following: new RegExp(c.following, 'iuy'),
  /** A further paragraph in a list or range: "og § 37", "-18", "og 67". */
  join: new RegExp(`${c.rangeJoin}(?<num>${c.number})`, 'iuy'),
  pluralComma: new RegExp(`,\\s*(?<num>${c.number})`, 'iuy'),
  /** An act written before the paragraph: "aktivlovens § 36", "LAB § 118", "lovens § 37". */
  actBefore: new RegExp(`${WORD_START}(?:(?<name>${NAMES})|(?<ana>${ANA_BEFORE})|(?<title>${LOV_TITLE})|(?<bek>${BEK_TITLE}))${c.actBeforeGap}$`, 'iu'),
  abbrBefore: new RegExp(`${WORD_START}(?<abbr>${ABBRS})\\s+$`, 'u'),
  /** An act written after: ", i lov om aktiv socialpolitik", "i forvaltningsloven", "i loven". */
  actAfter: new RegExp(`${c.actAfter}(?:(?<name>${NAMES})|(?<ana>${ANA_AFTER})|(?<title>${LOV_TITLE})|(?<bek>${BEK_TITLE}))${WORD_END}`, 'iuy'),
  abbrAfter: new RegExp(`(?:\\s+|${c.actAfter})(?<abbr>${ABBRS})${WORD_END}`, 'uy'),
  /** An act named on its own. */
  actName: new RegExp(`${WORD_START}(?:${NAMES})${WORD_END}`, 'giu'),
  lovTitle: new RegExp(`${WORD_START}${LOV_TITLE}`, 'giu'),
  bekTitle: new RegExp(`${WORD_START}${BEK_TITLE}`, 'giu'),
  decree: new RegExp(`${WORD_START}${c.decree.pattern.replace('{date}', DATE_SOURCE)}`, 'gu'),
  decreeTitle: new RegExp(`\\s+om${c.title}`, 'iuy'),
  decreeJoin: new RegExp(`^${c.decreeJoin}$`, 'iu'),
  principle: new RegExp(`${WORD_START}${c.principle.pattern}`, 'gu'),
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
