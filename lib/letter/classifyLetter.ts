import { rules } from '../rules';
import type { LetterTypeId } from '../rules/schemas';

const compile = (list?: string[]) => (list ?? []).map((p) => new RegExp(p, 'imu'));
const types = rules.letterTypes.types.map((t) => ({
  ...t,
  anyRe: compile(t.any),
  allRe: compile(t.all),
  titleRe: compile(t.title),
  noneRe: compile(t.none),
  noneAnywhereRe: compile(t.noneAnywhere),
}));
const klagevejledning = rules.letterTypes.klagevejledning.map((p) => new RegExp(p, 'iu'));

export interface LetterKind {
  type: LetterTypeId;
  label: string;
  appeal: boolean;
  why: string;
  source: (typeof rules.letterTypes.types)[number]['source'];
  hasKlagevejledning: boolean;
}

/**
 * What kind of letter this is (rules/letter-types.json): Ankestyrelsen's decision, a
 * genvurdering that forwards a klage, a partshøring, an indkaldelse, a foreløbig afgørelse,
 * or an afgørelse that can be appealed.
 */
export function classifyLetter(text: string): LetterKind {
  const head = text.split('\n').slice(0, 40).join('\n');
  const type =
    types.find((t) => {
      if (t.anyRe.length && !t.anyRe.some((re) => re.test(text))) return false;
      if (t.allRe.length && !t.allRe.every((re) => re.test(text))) return false;
      if (t.titleRe.length && !t.titleRe.some((re) => re.test(head))) return false;
      if (t.noneRe.some((re) => re.test(head))) return false;
      if (t.noneAnywhereRe.some((re) => re.test(text))) return false;
      return true;
    }) ?? types[types.length - 1];
  if (!type) throw new Error('rules/letter-types.json has no types');
  return {
    type: type.id,
    label: type.label,
    appeal: type.appeal,
    why: type.why,
    source: type.source,
    hasKlagevejledning: klagevejledning.some((re) => re.test(text)),
  };
}
