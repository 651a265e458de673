import { describe, expect, it } from 'vitest';
import { buildDocumentText } from '../../lib/text/buildDocumentText';
import { fromPlainText } from '../../lib/text/fromPlainText';
import { segmentsOf } from '../../lib/text/segments';
import type { RawPage, TextItem } from '../../lib/text/types';

/** A page from lines of text, drawn top-down at 11 pt, wrapped at 460 pt like a letter. */
function page(number: number, lines: Array<string | { text: string; y: number; x?: number }>): RawPage {
  const items: TextItem[] = [];
  let y = 740;
  for (const l of lines) {
    const line = typeof l === 'string' ? { text: l, y } : l;
    items.push({ str: line.text, x: line.x ?? 70, y: line.y, width: line.text.length * 5.5, height: 11, hasEOL: true });
    y = line.y - 15;
  }
  return { number, width: 595, height: 842, items };
}

/** Every character of the text is the character it was drawn from (or one Brevtjek inserted). */
function checkMap(pages: RawPage[]) {
  const doc = buildDocumentText(pages);
  for (let i = 0; i < doc.text.length; i++) {
    const item = doc.charItem[i] as number;
    if (item < 0) continue;
    const src = pages[(doc.charPage[i] as number) - 1]?.items[item]?.str[doc.charOffset[i] as number];
    const ch = doc.text[i];
    if (src !== ch && !(src === '\uFB01' && 'fi'.includes(ch ?? '')) && !(src === '\u00A0' && ch === ' ') && !(src === '\u2010' && ch === '-')) {
      throw new Error(`char ${i} "${ch}" maps to "${src}"`);
    }
  }
  return doc;
}

const FULL = 'x'.repeat(80); // a line that runs to the right margin (80 × 5.5 = 440 pt)

describe('buildDocumentText', () => {
  it('joins a word hyphenated at a line end, by a soft hyphen (U+2010) or a hyphen', () => {
    const doc = checkMap([page(1, [`${FULL} ressource\u2010`, 'forløbsydelse og beskæf-', 'tigelsesindsats.'])]);
    expect(doc.text).toBe(`${FULL} ressourceforløbsydelse og beskæftigelsesindsats.`);
  });

  it('keeps the hyphen of a Danish compound ellipsis', () => {
    expect(buildDocumentText([page(1, [`${FULL} social-`, 'og sundhedshjælper.'])]).text).toBe(`${FULL} social- og sundhedshjælper.`);
  });

  it('folds ligatures and odd spaces', () => {
    const doc = checkMap([page(1, ['Kon\uFB01rmeret\u00A0af   lægen.'])]);
    expect(doc.text).toBe('Konfirmeret af lægen.');
  });

  it('breaks lines where the letter does, and runs wrapped lines on', () => {
    const doc = buildDocumentText([page(1, ['Klagevejledning', `${FULL} Du kan klage inden 4`, 'uger efter, at du har modtaget brevet.'])]);
    expect(doc.text).toBe(`Klagevejledning\n${FULL} Du kan klage inden 4 uger efter, at du har modtaget brevet.`);
  });

  it('leaves out running headers and footers, and keeps a sentence whole over a page break', () => {
    const header = { text: 'Jobcenter Testby · Sagsnr. 26-1', y: 800 };
    const p1 = page(1, [header, { text: 'Afgørelse om fradrag', y: 740 }, { text: `${FULL} jf. § 36, stk. 1, i lov om aktiv`, y: 120 }, { text: 'Side 1 af 2', y: 40, x: 480 }]);
    const p2 = page(2, [header, { text: 'socialpolitik. Du kan klage.', y: 740 }, { text: 'Side 2 af 2', y: 40, x: 480 }]);
    const doc = checkMap([p1, p2]);
    expect(doc.text).not.toMatch(/Side|Sagsnr/);
    expect(doc.text).toContain('§ 36, stk. 1, i lov om aktiv socialpolitik.');
    const start = doc.text.indexOf('§ 36');
    const end = doc.text.indexOf('socialpolitik') + 'socialpolitik'.length;
    expect(segmentsOf(doc, start, end).map((s) => s.page)).toEqual([1, 2]);
  });

  it('keeps the letterhead of a one-page letter, but drops its page number', () => {
    const doc = buildDocumentText([page(1, [{ text: 'Odense Kommune', y: 800 }, { text: 'Brødtekst.', y: 700 }, { text: 'Side 1 af 1', y: 30 }])]);
    expect(doc.text).toBe('Odense Kommune\n\nBrødtekst.');
  });

  it('marks pages without text', () => {
    const doc = buildDocumentText([page(1, ['Første side har tekst nok til at blive læst.']), { number: 2, width: 595, height: 842, items: [] }]);
    expect(doc.pagesWithoutText).toEqual([2]);
  });
});

describe('table rows', () => {
  it('keep their cells apart with a tab, from a PDF as from plain text', () => {
    const pdf = checkMap([
      {
        number: 1,
        width: 595,
        height: 842,
        items: [
          { str: '24.03.2026', x: 70, y: 700, width: 55, height: 11, hasEOL: false },
          { str: 'Jobsamtale', x: 160, y: 700, width: 55, height: 11, hasEOL: false },
          { str: 'Ikke mødt – intet afbud', x: 300, y: 700, width: 125, height: 11, hasEOL: true },
        ],
      },
    ]);
    expect(pdf.text).toBe('24.03.2026\tJobsamtale\tIkke mødt – intet afbud');
    expect(fromPlainText('24.03.2026   Jobsamtale     Ikke mødt – intet afbud').text).toBe('24.03.2026\tJobsamtale\tIkke mødt – intet afbud');
    expect(fromPlainText('Dato | Hvad skete der | Fradrag').text).toBe('Dato\tHvad skete der\tFradrag');
    expect(fromPlainText('Modtager: Sabrina Nielsen, Søndergade 41').text).toBe('Modtager: Sabrina Nielsen, Søndergade 41');
  });
});

describe('fromPlainText', () => {
  it('keeps lines, joins hyphenated words and maps every character to its line', () => {
    const doc = fromPlainText('Afgørelse\r\nDu får fradrag i din ressource-\nforløbsydelse.\n\n\n\nHilsen');
    expect(doc.text).toBe('Afgørelse\nDu får fradrag i din ressourceforløbsydelse.\n\nHilsen');
    const i = doc.text.indexOf('forløbsydelse');
    expect([doc.charItem[i], doc.charOffset[i]]).toEqual([2, 0]);
  });

  it('starts a new page at a form feed', () => {
    const doc = fromPlainText('Side et.\fSide to.');
    expect(doc.pages).toHaveLength(2);
    expect(doc.charPage[doc.text.indexOf('to')]).toBe(2);
  });
});

describe('fromPlainText of a hard-wrapped text', () => {
  it('joins a paragraph’s lines, keeps list items and headings, and drops a page footer inside it', () => {
    const wrapped = [
      'Begrundelse',
      '',
      'Vi har nedsat din hjælp, fordi du ikke mødte op til samtalen hos',
      'jobcentret den 3. marts 2026 og ikke gav os besked om, at du var',
      '',
      'Side 1 af 2',
      'Jobcenter Esbjerg · Sagsnr. 2026-1234',
      '',
      'forhindret. Det har vi lagt vægt på, sammen med at du blev vejledt.',
      '- du var indkaldt skriftligt i god tid før samtalen, som vi aftalte',
      '- du kendte reglerne',
    ].join('\n');
    expect(fromPlainText(wrapped).text).toBe(
      'Begrundelse\n\nVi har nedsat din hjælp, fordi du ikke mødte op til samtalen hos jobcentret den 3. marts 2026 og ikke gav os besked om, at du var forhindret. Det har vi lagt vægt på, sammen med at du blev vejledt.\n- du var indkaldt skriftligt i god tid før samtalen, som vi aftalte\n- du kendte reglerne',
    );
  });

  it('drops a footer that ends with its page number and the next page’s case number, and keeps the lines around them', () => {
    const wrapped = [
      'Vi har forelagt sagen for kommunens lægekonsulent den 18. juni 2025. Hun',
      'Vejle Kommune · Skolegade 1 · 7100 Vejle · vejle.dk        Side 1/2',
      '',
      '                                                  Sagsnr.: 25/31188',
      'vurderer, at du kan arbejde på fuld tid, og at skånehensyn kan aftales',
      'med din arbejdsgiver.',
    ].join('\n');
    expect(fromPlainText(wrapped).text).toBe(
      'Vi har forelagt sagen for kommunens lægekonsulent den 18. juni 2025. Hun vurderer, at du kan arbejde på fuld tid, og at skånehensyn kan aftales med din arbejdsgiver.',
    );
  });

  it('takes a number before a month at a line start for a date, not a list item', () => {
    const wrapped = [
      'Vi har lagt afgørende vægt på notatet fra kontrollen på Regionshospitalet den',
      '4. november 2025. Overlægen har her beskrevet fuld bevægelighed i skulderen og',
      'normal kraft.',
    ].join('\n');
    expect(fromPlainText(wrapped).text).toBe(
      'Vi har lagt afgørende vægt på notatet fra kontrollen på Regionshospitalet den 4. november 2025. Overlægen har her beskrevet fuld bevægelighed i skulderen og normal kraft.',
    );
  });

  it('keeps a numbered heading apart from the capitalised paragraph under it', () => {
    const wrapped = [
      '1. Nedsættelse, fordi du takkede nej til brobygning hos Tradium i Randers',
      'Vi nedsætter din uddannelseshjælp med 1.147,00 kr. Beløbet bliver trukket i din',
      'udbetaling for juni 2025.',
    ].join('\n');
    expect(fromPlainText(wrapped).text).toBe(
      '1. Nedsættelse, fordi du takkede nej til brobygning hos Tradium i Randers\nVi nedsætter din uddannelseshjælp med 1.147,00 kr. Beløbet bliver trukket i din udbetaling for juni 2025.',
    );
  });

  it('leaves a text whose paragraphs are single lines as it is', () => {
    const long = `${'Du får fradrag, fordi du ikke mødte op til samtalen. '.repeat(4).trim()}\nMed venlig hilsen`;
    expect(fromPlainText(long).text).toBe(long);
  });
});

