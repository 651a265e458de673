import { rules } from '../rules';
import { prose } from '../rules/prose';
import type { LegalSource } from '../rules/ids';
import type { Explanation } from '../schema/report';

type Group = keyof typeof rules.explanations;

/** A text from rules/explanations.json with its {placeholders} filled. */
export function say(group: Group, key: string, values: Record<string, string> = {}): string {
  const t = prose().explanations[group][key];
  if (typeof t !== 'string') throw new Error(`rules/explanations.json: ${group}.${key} is missing`);
  return t.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m).replace(/\s+/g, ' ').trim();
}

/** The legal source rules/explanations.json gives under `key` (an object there, not a text: the build checks the file's shape). */
export function sourceOf(group: Group, key: string): LegalSource {
  const source = rules.explanations[group][key];
  if (typeof source !== 'object') throw new Error(`rules/explanations.json: ${group}.${key} is no legal source`);
  return { law: source.law, paragraph: source.paragraph, label: source.label };
}

export function explanation(what: string, why: string, todo: string, source: LegalSource, url?: string): Explanation {
  return url ? { what, why, todo, source, url } : { what, why, todo, source };
}
