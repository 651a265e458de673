import { formatDate } from '../i18n/formatDate';
import type { LetterKind } from '../letter/classifyLetter';
import { rules, type Regime } from '../rules';
import { prose } from '../rules/prose';
import { t } from '../i18n/t';
import type { BenefitId, ChecklistOnly, SanctionType } from '../rules/schemas';
import type { Appeal, ChecklistItem, Finding, Letter } from '../schema/report';
import type { CitatFlagKind, StatementCheck } from '../schema/statementCheck';
import { compileRegex } from '../text/compileRegex';

type Point = (typeof rules.checklist.points)[number];

/** What the checklist needs to know beyond the findings: the rules the letter falls under. */
export interface ChecklistContext {
  regime: Regime;
  /** How the letter names its sender in a sentence: "kommunen", "a-kassen". */
  senderShort: string;
  sanctionType: SanctionType | null;
  /** The letter's text, for points that apply where the letter names something ("lægekonsulent"). */
  text: string;
  /** Every benefit the letter names. */
  benefitsNamed: BenefitId[];
  /** Citat-tjek: the quotes held against the medical statement, where one was given. */
  statement?: StatementCheck | null;
}

/** Which Citat-tjek flag each citat point is for. */
const CITAT_WHEN: Partial<Record<Point['when'], CitatFlagKind>> = {
  citatNotFound: 'not-found',
  citatChanged: 'changed',
  citatLeftOut: 'left-out',
  citatNotMentioned: 'not-mentioned',
};
/** Words as a person reads them in a sentence: »ikke«, »kun« og »2 timer«. */
const wordList = (words: string[], and: string) => {
  const quoted = words.map((w) => `»${w}«`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1) as string}`;
};

const fillIn = (t: string, values: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
const short = (t: string) => {
  const line = t.replace(/\s+/g, ' ').trim();
  return line.length > 140 ? `${line.slice(0, 137).trimEnd()}…` : line;
};
const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const mentions = new Map<string, RegExp>();

/** Whether a point's `only` conditions hold for this letter; every condition given must. */
function applies(only: ChecklistOnly | undefined, letter: Letter, findings: Finding[], ctx: ChecklistContext): boolean {
  if (!only) return true;
  // A sender that cannot be told does not rule a point out.
  if (only.senders && letter.sender !== null && !only.senders.includes(letter.sender)) return false;
  if (only.benefits && !only.benefits.some((b) => b === letter.benefit || ctx.benefitsNamed.includes(b))) return false;
  if (only.ownBenefit && !(letter.benefit !== null && only.ownBenefit.includes(letter.benefit))) return false;
  if (only.regimes && !only.regimes.includes(letter.regime)) return false;
  // Where the type cannot be told, the point is shown: a check too many costs less than one missed.
  if (only.sanctionTypes && ctx.sanctionType !== null && !only.sanctionTypes.includes(ctx.sanctionType)) return false;
  if (
    only.cites &&
    !findings.some((f) => f.kind === 'law' && only.cites?.some((c) => c.law === f.law && (!c.paragraphs || (f.paragraph !== null && c.paragraphs.includes(f.paragraph)))))
  )
    return false;
  if (only.mentions) {
    let re = mentions.get(only.mentions);
    if (!re) mentions.set(only.mentions, (re = compileRegex(only.mentions, 'iu')));
    if (!re.test(ctx.text)) return false;
  }
  return true;
}

/**
 * The klage checklist (rules/checklist.json): from the kind of letter, its regime and the
 * findings, the points a citizen or bisidder should check, each with why it matters, its
 * source and, where Ankestyrelsen's own reviews found it to go wrong, which review. Points
 * that do not apply are left out (no "vejledt om følgen" without a sanction, no § 21 points
 * for a letter that does not stop sygedagpenge under § 21). Medical quotes and reasons for a
 * sanction are one point each, with one line per quote or reason.
 */
export function buildChecklist(letter: Letter, kind: LetterKind, findings: Finding[], appeal: Appeal, ctx: ChecklistContext): ChecklistItem[] {
  // A text that is no letter from an authority gets no klage points.
  if (kind.type === 'ikke-brev') return [];
  const isDecision = kind.appeal;
  const isHearing = kind.type === 'partshoering';
  const indexes = (k: Finding['kind']) => findings.flatMap((f, i) => (f.kind === k ? [i] : []));
  const linesOf = (about: number[]) => about.map((i) => ({ text: short(findings[i]?.text ?? ''), finding: i }));
  const laws = indexes('law');
  const out: ChecklistItem[] = [];
  const who = capital(ctx.senderShort);
  const add = (point: Point, values: Record<string, string>, about: number[], attention: boolean, lines: ChecklistItem['lines'] = [], id = point.id) => {
    const advice = point.regimeAdvice ? ctx.regime[point.regimeAdvice] : null;
    if (point.regimeAdvice && !advice) return;
    const all = { who, sender: ctx.senderShort, advice: advice?.text ?? '', ...values };
    out.push({
      id,
      group: point.group,
      title: fillIn(point.title, all),
      text: fillIn(point.text, all).trim(),
      lines,
      why: fillIn(point.why, all),
      source: point.id === 'klagefrist' ? appeal.source : point.when === 'route' && appeal.route ? appeal.route.source : (advice?.source ?? point.source),
      practice: point.practice ?? null,
      findings: about,
      attention,
    });
  };
  // The points' words in the language Brevtjek speaks; which apply is decided the same in both.
  for (const point of prose().checklist.points) {
    if (!applies(point.only, letter, findings, ctx)) continue;
    switch (point.when) {
      case 'appeal': {
        const sendBy = appeal.sendBy ?? appeal.deadline;
        if (sendBy) add(point, { date: formatDate(sendBy) }, indexes('deadline').filter((i) => (findings[i] as { appeal?: boolean }).appeal), true);
        break;
      }
      case 'route': {
        if (!isDecision || appeal.sendTo === null) break;
        const { recipient, address, ways } = appeal.sendTo;
        add(point, { recipient: recipient ?? ctx.senderShort, address: address ? fillIn(prose().klage.route.address, { address }) : '', ways }, [], false);
        break;
      }
      case 'needsReceived':
        if (appeal.basis === 'needs-received-date') add(point, {}, [], true);
        break;
      case 'noKlagevejledning':
        if (isDecision && !letter.hasKlagevejledning) add(point, {}, [], true);
        break;
      case 'decision':
        if (isDecision) add(point, { count: String(laws.length) }, laws, laws.length === 0);
        break;
      case 'decisionAgainst':
        if (isDecision) add(point, {}, [], false);
        break;
      case 'decisionOrHearing':
        if (isDecision || isHearing) add(point, {}, [], false);
        break;
      case 'medicalQuotes': {
        const quotes = indexes('medical_quote');
        if (quotes.length > 0) add(point, {}, quotes, false, linesOf(quotes));
        break;
      }
      case 'sanctionReasons': {
        const reasons = indexes('sanction');
        if (letter.sanction && reasons.length > 0) add(point, {}, reasons, true, linesOf(reasons));
        break;
      }
      case 'sanction':
        if (letter.sanction) add(point, {}, indexes('sanction'), true);
        break;
      case 'skaerpet':
        if (letter.sanction && ctx.sanctionType === 'skaerpet') add(point, {}, indexes('sanction'), true);
        break;
      case 'hearing':
        if (isHearing) add(point, {}, indexes('deadline'), true);
        break;
      case 'always':
        add(point, {}, [], false);
        break;
      case 'citatNotFound':
      case 'citatChanged':
      case 'citatLeftOut': {
        // One point per flagged quote, holding the exact words to cite: the decision's, or the statement's whole passage.
        const kind = CITAT_WHEN[point.when];
        for (const q of ctx.statement?.quotes ?? []) {
          const flag = q.flags.find((f) => f.kind === kind);
          if (!flag) continue;
          const cite = kind === 'not-found' || !q.context ? q.quote : q.context.text;
          add(point, { quote: short(q.quote), words: wordList(flag.words, t('lists.and')) }, [q.finding], true, [{ text: oneLine(cite), finding: q.finding }], `${point.id}-${q.finding}`);
        }
        break;
      }
      case 'citatNotMentioned':
        (ctx.statement?.unmentioned ?? []).forEach((u, n) => add(point, {}, [], true, [{ text: oneLine(u.text), finding: null }], `${point.id}-${n}`));
        break;
    }
  }
  return out;
}
