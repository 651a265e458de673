import { formatDanishDate, isValidDate, toIso } from '../dates/calendar';
import type { SpeechRules } from '../rules/speechSchema';
import { compileRegex } from '../text/compileRegex';

/**
 * A text as it is said aloud ("§ 13, stk. 7" → "paragraf 13, stykke 7"), with a map back to
 * the written text: the character `i` of `text` was made from the written characters
 * [from[i], to[i]). A character copied as it is maps to itself; every character of a said
 * form maps to the whole written form it replaces. Both maps only grow, so a spoken word
 * [s, e) stands on the written [from[s], to[e − 1]).
 */
export interface EarText {
  text: string;
  from: number[];
  to: number[];
}

interface Replacement {
  start: number;
  end: number;
  say: string;
}

export interface CompiledSpeechRules {
  words: RegExp | null;
  say: Map<string, { say: string; endsSentence: boolean }>;
  patterns: Array<{ re: RegExp; say: string }>;
  dates: Array<{ re: RegExp; weekday: boolean }>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lower = (s: string) => s.toLocaleLowerCase('da');
/** Keeps a capital first letter of the written form ("Jf." → "Jævnfør"). */
function withCase(written: string, say: string): string {
  const first = written[0] ?? '';
  return first !== lower(first) && say.length > 0 ? say[0]!.toLocaleUpperCase('da') + say.slice(1) : say;
}

/** The rules as regular expressions: a written form matches as a whole word (not inside "Fxtra"). */
export function compileSpeechRules(rules: SpeechRules): CompiledSpeechRules {
  const words = [...rules.words].sort((a, b) => b.write.length - a.write.length);
  const alternatives = words.map((w) => {
    const before = isWordChar(w.write[0]) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = isWordChar(w.write[w.write.length - 1]) ? '(?![\\p{L}\\p{N}])' : '';
    return `${before}${escapeRegex(w.write)}${after}`;
  });
  return {
    words: alternatives.length ? compileRegex(alternatives.join('|'), 'giu') : null,
    say: new Map(words.map((w) => [lower(w.write), { say: w.say, endsSentence: w.endsSentence ?? false }])),
    patterns: rules.patterns.map((p) => ({ re: compileRegex(p.pattern, 'giu'), say: p.say })),
    dates: rules.dates.map((d) => ({ re: compileRegex(d.pattern, 'giu'), weekday: d.weekday })),
  };
}

/** Every place a rule applies, before overlaps are settled. */
function replacements(text: string, rules: CompiledSpeechRules): Replacement[] {
  const found: Replacement[] = [];
  for (const d of rules.dates) {
    for (const m of text.matchAll(d.re)) {
      const g = m.groups ?? {};
      const [year, month, day] = [Number(g.year), Number(g.month), Number(g.day)];
      if (!isValidDate(year, month, day)) continue;
      const iso = toIso(year, month, day);
      let start = m.index;
      let say = formatDanishDate(iso, d.weekday);
      // "den 2025-07-10" is said "torsdag den 10. juli 2025", not "den torsdag den …".
      const den = d.weekday ? /(?<![\p{L}\p{N}])(den)\s+$/iu.exec(text.slice(Math.max(0, start - 12), start)) : null;
      if (den) {
        start -= den[0].length;
        say = withCase(den[1]!, say);
      }
      found.push({ start, end: m.index + m[0].length, say });
    }
  }
  for (const p of rules.patterns) {
    for (const m of text.matchAll(p.re)) {
      const say = p.say.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
      found.push({ start: m.index, end: m.index + m[0].length, say: withCase(m[0], say) });
    }
  }
  if (rules.words) {
    for (const m of text.matchAll(rules.words)) {
      const rule = rules.say.get(lower(m[0]));
      if (!rule) continue;
      const end = m.index + m[0].length;
      // "… 500 kr. Du skal …": the period ends the sentence too, and is kept as a pause.
      const ends = rule.endsSentence && m[0].endsWith('.') && /^(?:\s*$|\s+[\p{Lu}§"«„])/u.test(text.slice(end, end + 3));
      found.push({ start: m.index, end, say: withCase(m[0], rule.say) + (ends ? '.' : '') });
    }
  }
  return found;
}

/** The text as it is said aloud, with the map back to the written text. */
export function toEarText(text: string, rules: CompiledSpeechRules): EarText {
  const all = replacements(text, rules).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  const copyTo = (end: number) => {
    for (; at < end; at++) {
      out += text[at];
      from.push(at);
      to.push(at + 1);
    }
  };
  for (const r of all) {
    if (r.start < at) continue; // overlaps one taken: the earliest, then the longest, wins
    copyTo(r.start);
    let say = r.say;
    if (isWordChar(out[out.length - 1]) && isWordChar(say[0])) say = ` ${say}`;
    if (isWordChar(text[r.end]) && isWordChar(say[say.length - 1])) say = `${say} `;
    for (let i = 0; i < say.length; i++) {
      from.push(r.start);
      to.push(r.end);
    }
    out += say;
    at = r.end;
  }
  copyTo(text.length);
  return { text: out, from, to };
}

/** The written characters that the said characters [start, end) were made from. */
export function writtenSpan(ear: EarText, start: number, end: number): { start: number; end: number } {
  const last = ear.from.length;
  const s = Math.max(0, Math.min(start, last));
  const e = Math.max(s, Math.min(end, last));
  if (e === s) {
    const at = s < last ? ear.from[s]! : (ear.to[last - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: ear.from[s]!, end: ear.to[e - 1]! };
}
