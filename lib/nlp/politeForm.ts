import { rules } from '../rules';
import { compileRegex } from '../text/compileRegex';

const a = rules.address;
const politeMarker = compileRegex(a.politeMarker, 'u');
const duFor = new Map(a.forms.map((f) => [f.polite, f.du]));
const sentenceStart = /(?:^|[.!?]\s+|\n\s*)$/u;
const politeWord = compileRegex(`(?<![\\p{L}])(?:${a.forms.map((f) => f.polite).join('|')})(?![\\p{L}])`, 'gu');

/**
 * The text as the analyzers read it: a letter in the polite form ("De udeblev fra Deres tilbud")
 * with each De, Dem and Deres as du, dig and din, so the rules written for du apply. Every
 * replacement has the same length, so offsets into it are offsets into the letter's own text.
 * A letter without the polite form is returned as it is.
 */
export function addressedAsDu(text: string): string {
  if (!politeMarker.test(text)) return text;
  return text.replace(politeWord, (word, at: number) => {
    const du = duFor.get(word) ?? word;
    // "… arbejdet. Deres læge": a sentence's first word keeps its capital, so the sentence still ends before it.
    return sentenceStart.test(text.slice(Math.max(0, at - 4), at)) ? du.charAt(0).toUpperCase() + du.slice(1) : du;
  });
}
