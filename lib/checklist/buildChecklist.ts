import { formatDanishDate } from '../dates/calendar';
import type { LetterKind } from '../letter/classifyLetter';
import { rules, type Regime } from '../rules';
import type { SanctionType } from '../rules/schemas';
import type { Appeal, ChecklistItem, Finding, Letter } from '../schema/report';

type Point = (typeof rules.checklist)[number];

/** What the checklist needs to know beyond the findings: the rules the letter falls under. */
export interface ChecklistContext {
  regime: Regime;
  /** How the letter names its sender in a sentence: "kommunen", "a-kassen". */
  senderShort: string;
  sanctionType: SanctionType | null;
}

const fillIn = (t: string, values: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
const short = (t: string) => (t.length > 140 ? `${t.slice(0, 137).trimEnd()}…` : t);
const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * The klage checklist (rules/checklist.json): from the kind of letter, its regime and the
 * findings, the points a citizen or bisidder should check, each with why it matters and
 * its source. Points that do not apply are left out (no "vejledt om følgen" without a
 * sanction, no rimelig-grund source from another act).
 */
export function buildChecklist(letter: Letter, kind: LetterKind, findings: Finding[], appeal: Appeal, ctx: ChecklistContext): ChecklistItem[] {
  const isDecision = kind.appeal;
  const indexes = (k: Finding['kind']) => findings.flatMap((f, i) => (f.kind === k ? [i] : []));
  const laws = indexes('law');
  const out: ChecklistItem[] = [];
  const who = capital(ctx.senderShort);
  const add = (point: Point, values: Record<string, string>, about: number[], attention: boolean) => {
    const advice = point.regimeAdvice ? ctx.regime[point.regimeAdvice] : null;
    if (point.regimeAdvice && !advice) return;
    const all = { who, advice: advice?.text ?? '', ...values };
    out.push({
      id: point.id,
      title: fillIn(point.title, all),
      text: fillIn(point.text, all),
      why: point.why,
      source: point.id === 'klagefrist' ? appeal.source : (advice?.source ?? point.source),
      findings: about,
      attention,
    });
  };
  for (const point of rules.checklist) {
    switch (point.when) {
      case 'appeal': {
        const sendBy = appeal.sendBy ?? appeal.deadline;
        if (sendBy) add(point, { date: formatDanishDate(sendBy) }, indexes('deadline').filter((i) => (findings[i] as { appeal?: boolean }).appeal), true);
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
      case 'eachMedicalQuote':
        for (const i of indexes('medical_quote')) add(point, { text: short(findings[i]?.text ?? '') }, [i], false);
        break;
      case 'eachSanctionReason':
        if (letter.sanction) for (const i of indexes('sanction')) add(point, { text: short(findings[i]?.text ?? '') }, [i], true);
        break;
      case 'sanction':
        if (letter.sanction) add(point, {}, indexes('sanction'), true);
        break;
      case 'skaerpet':
        if (letter.sanction && ctx.sanctionType === 'skaerpet') add(point, {}, indexes('sanction'), true);
        break;
      case 'hearing':
        if (kind.type === 'partshoering') add(point, {}, indexes('deadline'), true);
        break;
      case 'always':
        add(point, {}, [], false);
        break;
    }
  }
  return out;
}
