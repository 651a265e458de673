import { rules } from '../rules';
import { TextBuilder } from './textBuilder';

const KEEPS_HYPHEN = new RegExp(rules.layout.keepsHyphenBefore, 'u');
import type { DocumentText, RawPage } from './types';

/**
 * A plain-text letter as a DocumentText: each line is one text item, a form feed starts
 * a new page. Lines are kept as lines; a word hyphenated at a line end is joined.
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
    page.items.forEach((item, index) => {
      const next = page.items[index + 1]?.str.trimStart() ?? '';
      let str = item.str;
      let joinNext = false;
      if (/[\p{L}][\u00AD\u2010-]\s*$/u.test(str) && /^\p{Ll}/u.test(next) && !KEEPS_HYPHEN.test(next)) {
        str = str.replace(/[\u00AD\u2010-]\s*$/u, '');
        joinNext = true;
      }
      for (let k = 0; k < str.length; k++) out.addSource(str[k] as string, page.number, index, k);
      if (!joinNext) out.addNewline(page.number);
    });
    out.addNewline(page.number);
  }
  const pagesWithoutText = pages.filter((p) => p.items.every((i) => i.str.trim() === '')).map((p) => p.number);
  return out.finish(pages, pagesWithoutText);
}
