import { formatDanishDate } from '../dates/calendar';
import type { LetterKind } from '../letter/classifyLetter';
import { rules } from '../rules';
import type { Appeal, ChecklistItem, Finding, Letter } from '../schema/report';

type Point = (typeof rules.checklist)[number];

const fillIn = (t: string, values: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
const short = (t: string) => (t.length > 140 ? `${t.slice(0, 137).trimEnd()}…` : t);

function item(point: Point, values: Record<string, string>, findings: number[], attention: boolean): ChecklistItem {
  return {
    id: point.id,
    title: fillIn(point.title, values),
    text: fillIn(point.text, values),
    why: point.why,
    source: point.source,
    findings,
    attention,
  };
}

/**
 * The klage checklist (rules/checklist.json): from the kind of letter and the findings,
 * the points a citizen or bisidder should check, each with why it matters and its source.
 */
export function buildChecklist(letter: Letter, kind: LetterKind, findings: Finding[], appeal: Appeal): ChecklistItem[] {
  const isDecision = kind.appeal;
  const indexes = (k: Finding['kind']) => findings.flatMap((f, i) => (f.kind === k ? [i] : []));
  const laws = indexes('law');
  const out: ChecklistItem[] = [];
  for (const point of rules.checklist) {
    switch (point.when) {
      case 'appeal':
        if (appeal.deadline) out.push(item(point, { date: formatDanishDate(appeal.deadline) }, indexes('deadline').filter((i) => (findings[i] as { appeal?: boolean }).appeal), true));
        break;
      case 'noKlagevejledning':
        if (isDecision && !letter.hasKlagevejledning) out.push(item(point, {}, [], true));
        break;
      case 'decision':
        if (isDecision) out.push(item(point, { count: String(laws.length) }, laws, laws.length === 0));
        break;
      case 'decisionAgainst':
        if (isDecision) out.push(item(point, {}, [], false));
        break;
      case 'eachMedicalQuote':
        for (const i of indexes('medical_quote')) out.push(item(point, { text: short(findings[i]?.text ?? '') }, [i], false));
        break;
      case 'eachSanctionReason':
        for (const i of indexes('sanction')) out.push(item(point, { text: short(findings[i]?.text ?? '') }, [i], true));
        break;
      case 'sanction':
        if (letter.sanction) out.push(item(point, {}, indexes('sanction'), true));
        break;
      case 'hearing':
        if (kind.type === 'partshoering') out.push(item(point, {}, indexes('deadline'), true));
        break;
      case 'always':
        out.push(item(point, {}, [], false));
        break;
    }
  }
  return out;
}
