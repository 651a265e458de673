import nlp from 'compromise/one';
import { rules } from '../rules';

/**
 * Teaches compromise the Danish that Brevtjek needs, in one plugin:
 * - Danish abbreviations (stk., nr., jf., kr., kl., f.eks., …) do not end a sentence, and the
 *   English ones are dropped ("det." is a Danish word, not "Detective");
 * - æ, ø and å stay letters of their own (out of the box compromise folds them to a and o,
 *   so "mål" would match "mal" and "får" would match "far").
 */
export const danishPlugin = {
  mutate(world: { model: { one: { abbreviations: Record<string, boolean>; unicode: Record<string, string> } } }) {
    const abbreviations = world.model.one.abbreviations;
    for (const key of Object.keys(abbreviations)) delete abbreviations[key];
    for (const a of rules.abbreviations.abbreviations) abbreviations[a] = true;
    for (const ch of ['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']) delete world.model.one.unicode[ch];
  },
};

nlp.plugin(danishPlugin as never);

export { nlp };
