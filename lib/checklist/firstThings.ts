import { rules } from '../rules';
import type { ChecklistItem } from '../schema/report';

/**
 * The few points to show first, before any list (rules/checklist.json `firstView`, most
 * important first): a person who reads only these has seen what most often decides a klage.
 */
export function firstThings(checklist: ChecklistItem[], count = 3): ChecklistItem[] {
  const order = rules.checklist.firstView;
  const rank = (c: ChecklistItem) => {
    const i = order.indexOf(c.id);
    return i < 0 ? order.length : i;
  };
  return checklist
    .filter((c) => order.includes(c.id))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, count);
}
