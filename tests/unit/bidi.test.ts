import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { buildDocumentText } from '../../lib/text/buildDocumentText';
import { fromPlainText } from '../../lib/text/fromPlainText';
import type { DocumentText, RawPage, TextItem } from '../../lib/text/types';

// Issue 12: bidi controls and zero-width characters (from a copy out of a web page or a
// right-to-left-aware editor) are invisible; they must not cut a citation or reach the panel.
const MARKS = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\uFEFF'];
const FORMAT = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const CITATION = '§ 36, stk. 1, i lov om aktiv socialpolitik';

const sentence = (mark: string) => `Vi har truffet afgørelse efter §${mark} 36, stk.${mark} 1, i lov om ${mark}aktiv socialpolitik.`;
const laws = (doc: DocumentText) => analyzeLetter(doc, { file: 'brev', received: '2026-01-10' }).findings.filter((f) => f.kind === 'law').map((f) => f.text);

/** A page of lines drawn top-down, one text item a line. */
function page(lines: string[]): RawPage {
  const items: TextItem[] = lines.map((str, i) => ({ str, x: 70, y: 740 - 15 * i, width: str.length * 5.5, height: 11, hasEOL: true }));
  return { number: 1, width: 595, height: 842, items };
}

/** Every character of the text is the character it was drawn from (or one Brevtjek inserted). */
function expectMapped(doc: DocumentText): void {
  for (let i = 0; i < doc.text.length; i++) {
    const item = doc.charItem[i] as number;
    if (item < 0) continue;
    const src = doc.pages[(doc.charPage[i] as number) - 1]?.items[item]?.str[doc.charOffset[i] as number];
    expect(src, `character ${i} of ${JSON.stringify(doc.text)}`).toBe(doc.text[i]);
  }
}

describe('bidi controls and zero-width characters', () => {
  for (const mark of MARKS) {
    const name = `U+${(mark.codePointAt(0) ?? 0).toString(16).toUpperCase()}`;
    it(`${name} in a text letter: the citation is found, the text holds no such character`, () => {
      const doc = fromPlainText(`Kære Anna\n\n${sentence(mark)}\n`);
      expect(doc.text).not.toMatch(FORMAT);
      expect(laws(doc)).toContain(CITATION);
      expectMapped(doc);
    });

    it(`${name} in a PDF's text items: the citation is found and each character maps to the one drawn`, () => {
      const doc = buildDocumentText([page(['Kære Anna', '', sentence(mark)])]);
      expect(doc.text).not.toMatch(FORMAT);
      expect(laws(doc)).toContain(CITATION);
      expectMapped(doc);
    });
  }

  it('a mark after a hyphen at a line end does not keep the word from being joined', () => {
    const lines = ['Du skal deltage i samtaler om beskæf-\u200E', 'tigelse på jobcentret.'];
    expect(buildDocumentText([page(lines)]).text).toBe('Du skal deltage i samtaler om beskæftigelse på jobcentret.');
    expect(fromPlainText(lines.join('\n')).text).toBe('Du skal deltage i samtaler om beskæftigelse på jobcentret.');
  });

  it('points the highlight of a citation at the characters drawn, around the removed marks', () => {
    const line = `Efter §\u200E 36, stk. 1, i lov om aktiv socialpolitik\u202C kan du klage.`;
    const doc = buildDocumentText([page([line])]);
    const at = doc.text.indexOf(CITATION);
    expect(at).toBeGreaterThanOrEqual(0);
    const first = doc.charOffset[at] as number;
    const last = doc.charOffset[at + CITATION.length - 1] as number;
    expect(line.slice(first, last + 1)).toBe(`§\u200E 36, stk. 1, i lov om aktiv socialpolitik`);
  });
});
