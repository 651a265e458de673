import { rules } from '../rules';

/** The headings the checklist stands under, in order (rules/checklist.json). */
export const checklistGroups: ReadonlyArray<{ id: string; title: string }> = rules.checklist.groups;
