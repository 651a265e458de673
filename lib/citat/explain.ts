import { rules } from '../rules';
import type { TopicId } from '../rules/citatSchema';
import { prose } from '../rules/prose';
import type { Explanation } from '../schema/explanation';
import type { CitatFlag, CitatFlagKind } from '../schema/statementCheck';

/** The words a flag is about, as a sentence quotes them: »kun«, »i kortere perioder«. */
const quoted = (words: string[]) => words.map((w) => `»${w}«`).join(', ');

/**
 * A flag with its explanation, in the language Brevtjek speaks (rules/citat.json, English in
 * rules/en/citat.json). Where Brevtjek is not sure (fail safe), what to do says so.
 */
export function citatFlag(kind: CitatFlagKind, words: string[], options: { topic?: TopicId; unsure?: boolean } = {}): CitatFlag {
  const texts = prose().citat;
  const t = texts.texts[kind];
  const topic = options.topic ? (texts.topics.items.find((x) => x.id === options.topic)?.name ?? options.topic) : '';
  const fill = (s: string) => s.replace(/\{words\}/g, quoted(words)).replace(/\{topic\}/g, topic).replace(/\s+/g, ' ').trim();
  const explanation: Explanation = {
    what: fill(t.what),
    why: fill(t.why),
    todo: options.unsure ? `${fill(t.todo)} ${texts.unsure}` : fill(t.todo),
    // The legal source is named as the law names it, in Danish.
    source: rules.citat.texts[kind].source,
  };
  return { kind, words, explanation };
}
