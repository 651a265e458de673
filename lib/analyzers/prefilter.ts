/**
 * Prefilters: a cheap test that an analyzer asks of a sentence before its costly patterns, where
 * every one of those patterns needs something the cheap test finds. A sentence the test rejects
 * would have given nothing, so the output is the same with or without them; they can be turned
 * off to check that (tests/unit/prefilters.test.ts analyses every test letter both ways).
 */
export const prefilters = { enabled: true };

/**
 * Whether every match of a regex source holds `literal` (plain characters with no regex syntax in
 * them), as far as the source shows it plainly: the literal stands at its top level (in no group,
 * class or lookaround), no quantifier follows it, and the source has no alternative at its top
 * level. False when in doubt; then a prefilter on the literal is not used.
 */
export function needsLiteral(source: string, literal: string): boolean {
  let depth = 0;
  let inClass = false;
  let found = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      inClass = c !== ']';
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
    else if (depth === 0 && !found && source.startsWith(literal, i) && !/^[?*+{]/.test(source.slice(i + literal.length))) found = true;
  }
  return found;
}
