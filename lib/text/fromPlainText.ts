import { rules } from '../rules';
import { TextBuilder } from './textBuilder';
import { TRAILING_HYPHEN, withoutFormatChars } from './invisible';

const KEEPS_HYPHEN = compileRegex(rules.layout.keepsHyphenBefore, 'u');
/** A gap between two columns of a table row: three spaces or more, or tabs, between words. */
const CELL_GAP = compileRegex(rules.layout.cellGap, 'gu');
import type { DocumentText, RawPage, TextWarning } from './types';
import { furnitureLines, lineEnds } from './plainLines';
import { compileRegex } from './compileRegex';

/**
 * A plain-text letter as a DocumentText: each line is one text item, a form feed starts
 * a new page. A word hyphenated at a line end is joined. Lines are kept as lines, unless the
 * text is hard-wrapped (copied from a PDF): then a paragraph's lines run on into one, and page
 * furniture in its middle ("Side 2 af 3") is left out, as in a PDF (`lineEnds`).
 */
export function fromPlainText(raw: string): DocumentText {
  const pageTexts = raw.replace(/\r\n?/g, '\n').split('\f');
  const pages: RawPage[] = pageTexts.map((t, i) => ({
    number: i + 1,
    width: 595,
    height: 842,
    items: t.split('\n').map((str, line) => ({ str, x: 0, y: 842 - 12 * line, width: str.length * 5, height: 10, hasEOL: true })),
  }));
  const out = new TextBuilder();
  for (const page of pages) {
    // The lines as read, without format characters (bidi marks): the tests below look at these.
    const lines = page.items.map((i) => withoutFormatChars(i.str));
    const furniture = furnitureLines(lines);
    const kept = lines.map((_, i) => i).filter((i) => !furniture.has(i));
    const ends = lineEnds(kept.map((i) => lines[i] as string));
    kept.forEach((index, k) => {
      const item = page.items[index] as RawPage['items'][number];
      const next = (lines[kept[k + 1] ?? -1] ?? '').trimStart();
      let str = item.str;
      let joinNext = false;
      if (/[\p{L}][\u00AD\u2010-]\s*$/u.test(lines[index] as string) && /^\p{Ll}/u.test(next) && !KEEPS_HYPHEN.test(next)) {
        str = str.replace(TRAILING_HYPHEN, '');
        joinNext = true;
      }
      if (ends[k] === 'wrap' && !joinNext) str = str.trimEnd();
      // A table row set out in columns of spaces keeps its cells apart: each gap is one tab.
      let c = 0;
      for (const m of str.matchAll(CELL_GAP)) {
        const at = m.index ?? -1;
        if (m[0].length === 0 || at < c) continue;
        out.addText(str, page.number, index, c, at);
        out.addCellBreak(page.number);
        c = at + m[0].length;
      }
      out.addText(str, page.number, index, c, str.length);
      if (joinNext) return;
      if (ends[k] === 'wrap') out.addSpace(page.number);
      else out.addNewline(page.number);
    });
    out.addNewline(page.number);
  }
  const pagesWithoutText = pages.filter((p) => p.items.every((i) => i.str.trim() === '')).map((p) => p.number);
  const doc = out.finish(pages, pagesWithoutText);
  const warnings = textWarnings(raw);
  if (warnings.length) doc.warnings = warnings;
  return doc;
}

/** What in a text shows it was not read as it was meant: characters lost in decoding (U+FFFD), NULs. */
function textWarnings(raw: string): TextWarning[] {
  const warnings: TextWarning[] = [];
  if (raw.includes('\uFFFD')) warnings.push('replacement-chars');
  if (raw.includes('\u0000')) warnings.push('nul-chars');
  return warnings;
}
