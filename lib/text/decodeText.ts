import type { TextWarning } from './types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in. */
  encoding: TextEncodingName;
  /** What could not be read as it was meant: the reader should check the text against the letter. */
  warnings: TextWarning[];
}

const startsWith = (bytes: Uint8Array, head: number[]) => bytes.length >= head.length && head.every((b, i) => bytes[i] === b);

/** The encoding a byte-order mark names, if the bytes start with one. */
function encodingByBom(bytes: Uint8Array): TextEncodingName | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** How many bytes of the head are looked at to guess UTF-16 without a BOM. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a BOM, by its NUL bytes: a Danish letter is almost all Latin-1 characters, so
 * in UTF-16 every other byte is NUL (the odd ones in little-endian, the even ones in big-endian).
 * A third of them is taken as enough; a UTF-8 or Windows-1252 text has next to none.
 */
function utf16ByNuls(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half / 3 && even < half / 20) return 'utf-16le';
  if (even > half / 3 && odd < half / 20) return 'utf-16be';
  return null;
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves out stay C1 controls, as the WHATWG decoder has them). */
const WINDOWS_1252_C1 = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252. Node's TextDecoder reads it as Latin-1, so 0x80–0x9F (the curly quotes, the dash,
 * the euro) come out as C1 controls there; they are mapped here, which a browser has done already.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] as string);
}

/**
 * UTF-8 if every byte sequence is valid UTF-8, else Windows-1252 (a file saved by an older
 * Windows program). A UTF-8 file with a few broken bytes stays UTF-8, the broken bytes shown
 * as U+FFFD and warned of: read as Windows-1252, every æ, ø and å in it would turn to "Ã¦".
 */
function utf8OrWindows1252(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const broken = lossy.split('\uFFFD').length - 1;
    // Characters beyond ASCII that decoded whole (U+FFFD aside): each was a valid multi-byte sequence.
    const multiByte = lossy.replace(/[^\u0080-\uFFFC\uFFFE\uFFFF]/gu, '').length;
    if (multiByte > broken) return { text: lossy, encoding: 'utf-8' };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * A text letter's bytes as text: by its byte-order mark (UTF-8, UTF-16LE, UTF-16BE), else UTF-16
 * recognised by its NUL bytes, else UTF-8 if valid (or mostly valid), else Windows-1252. The BOM is dropped. NUL
 * characters are removed; they, and characters the decoder could not read (U+FFFD), are warned of.
 */
export function decodeLetterText(bytes: Uint8Array): DecodedText {
  const named = encodingByBom(bytes) ?? utf16ByNuls(bytes);
  const decoded = named ? { text: new TextDecoder(named).decode(bytes), encoding: named } : utf8OrWindows1252(bytes);
  const warnings: TextWarning[] = [];
  let text = decoded.text.replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) {
    text = text.replaceAll('\u0000', '');
    warnings.push('nul-chars');
  }
  if (text.includes('\uFFFD')) warnings.push('replacement-chars');
  return { text, encoding: decoded.encoding, warnings };
}
