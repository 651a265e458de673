/**
 * `new RegExp(source, flags)` for the rules' patterns, cheaper to compile.
 *
 * V8 compiles a pattern when it first runs. With the flags `iu` it closes every Unicode class
 * under case folding, pattern by pattern: the letter class `\p{L}` of the word boundaries alone is
 * a few hundred ranges (and with `u` alone it still builds them, past U+FFFF too). The rules hold
 * about 400 such patterns: compiling them cost about half of a one-page run of the command line
 * (0.55 s → 0.35 s without it), and warming up the viewer's analysis in Chromium 1.3 s (0.6 s).
 *
 * So a pattern gets its letter and digit classes written as explicit ranges (Latin script, the
 * digits, super- and subscripts, fractions; `\p{Lu}` and `\p{Ll}` only where case is ignored),
 * and when nothing in it needs the `u` flag any more (no `\p{…}`, no `\u{…}`, no character
 * outside the Basic Multilingual Plane) it is compiled without `u`, where V8 folds case by a plain
 * table. On Latin text (a Danish letter) both match the same (`tests/unit/compileRegex.test.ts`);
 * a letter of another script (Greek, Cyrillic) beside a word no longer counts as part of the word,
 * so a boundary matches more, not less: a finding is shown rather than hidden.
 */

/** The letters `\p{L}` holds in Latin script (with `i`, `\p{Lu}` and `\p{Ll}` hold them all too). */
const LATIN_LETTERS = 'A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ';
/** The digits `\p{N}` holds that a Danish letter may use: 0–9, super- and subscripts, fractions, circled numbers. */
const NUMBERS = '0-9²³¹¼-¾⁰⁴-⁹₀-₉⅐-↉①-⒛';

/** The properties written as ranges: `\p{Lu}` and `\p{Ll}` only where case is ignored (Latin's upper and lower case interleave past U+00FF). */
const CLASS_OF: Record<string, string> = { L: LATIN_LETTERS, N: NUMBERS };
const CLASS_OF_CASELESS: Record<string, string> = { ...CLASS_OF, Lu: LATIN_LETTERS, Ll: LATIN_LETTERS };

/** Whether a source still needs the `u` flag: a property or code-point escape, or a character past U+FFFF. */
const NEEDS_UNICODE = /\\[pPu]\{|[\uD800-\uDFFF]/;

/** An escape (a property the table above knows, or any other), or a bracket opening or closing a class. */
const TOKEN = /\\p\{(L|Lu|Ll|N)\}|\\.|\[|\]/g;

/** The source with `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` written as explicit ranges (in a class or alone). */
export function withExplicitClasses(source: string, caseless = true): string {
  if (!source.includes('\\p{')) return source;
  const classOf = caseless ? CLASS_OF_CASELESS : CLASS_OF;
  let inClass = false;
  return source.replace(TOKEN, (token, property: string | undefined) => {
    const ranges = property && classOf[property];
    if (ranges) return inClass ? ranges : `[${ranges}]`;
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    return token;
  });
}

export function compileRegex(source: string, flags = ''): RegExp {
  if (!flags.includes('u')) return new RegExp(source, flags);
  const explicit = withExplicitClasses(source, flags.includes('i'));
  return NEEDS_UNICODE.test(explicit) ? new RegExp(explicit, flags) : new RegExp(explicit, flags.replace('u', ''));
}
