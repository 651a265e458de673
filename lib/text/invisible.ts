/**
 * Characters that take no room on the page and carry no letter: zero-width spaces and joiners,
 * the byte-order mark, and the bidi controls (marks, embeddings, overrides, isolates) that a copy
 * out of a web page or a right-to-left-aware editor leaves in a text. Inside "§\u200E 36" they
 * would cut a citation, so the text is built without them.
 */
import { compileRegex } from './compileRegex';
const FORMAT_CHARS = '\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF';

/** A format character (above) or a soft hyphen: the text builder drops both. */
export const INVISIBLE = compileRegex(`[${FORMAT_CHARS}\u00AD]`, 'u');

const FORMAT = compileRegex(`[${FORMAT_CHARS}]`, 'u');
const FORMAT_ALL = compileRegex(`[${FORMAT_CHARS}]`, 'gu');

/** A line's text without format characters, for the tests that read it (a hyphen at its end, a list bullet). */
export const withoutFormatChars = (text: string): string => (FORMAT.test(text) ? text.replace(FORMAT_ALL, '') : text);

/** A hyphen at the end of a line, and any spaces or format characters after it. */
export const TRAILING_HYPHEN = compileRegex(`[\u00AD\u2010-][\\s${FORMAT_CHARS}]*$`, 'u');
