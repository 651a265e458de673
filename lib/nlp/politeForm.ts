import { rules } from '../rules';

const a = rules.address;
const politeMarker = new RegExp(a.politeMarker, 'u');
const duFor = new Map(a.forms.map((f) => [f.polite, f.du]));
const politeWord = new RegExp(`(?<![\\p{L}])(?:${a.forms.map((f) => f.polite).join('|')})(?![\\p{L}])`, 'gu');

/**
 * The text as the analyzers read it: a letter in the polite form ("De udeblev fra Deres tilbud")
 * with each De, Dem and Deres as du, dig and din, so the rules written for du apply. Every
 * replacement has the same length, so offsets into it are offsets into the letter's own text.
 * A letter without the polite form is returned as it is.
 */
export function addressedAsDu(text: string): string {
  if (!politeMarker.test(text)) return text;
  return text.replace(politeWord, (word) => duFor.get(word) ?? word);
}
