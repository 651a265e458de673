import { prose } from '../rules/prose';

/** The headings the checklist stands under, in order (rules/checklist.json), in the language Brevtjek speaks. */
export const checklistGroups = (): ReadonlyArray<{ id: string; title: string }> => prose().checklist.groups;
