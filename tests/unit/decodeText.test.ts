import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { decodeText } from '../../lib/citat/readStatement';
import { formatReport } from '../../lib/cli/formatReport';
import { loadLetter } from '../../lib/loadLetter';
import type { PdfJs } from '../../lib/pdf/readPdfPages';
import { decodeLetterText } from '../../lib/text/decodeText';

// Issue 12: a text letter is read in the encoding it was saved in, and says so when it cannot be.
const letters = join(import.meta.dirname, '..', 'letters');
const noPdf = {} as PdfJs;
const SAMPLE = 'Klagefrist: Du kan klage inden 4 uger efter, at du har modtaget afgørelsen. Skånejob – “Ærø” €';

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (order === 'be') bytes.swap16();
  return new Uint8Array(bytes);
}
const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf8'));
/** Windows-1252: Latin-1 for the letters, with the curly quotes, the dash and the euro in 0x80–0x9F. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '–': 0x96, '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...text].map((c) => {
    const code = high[c] ?? (c.codePointAt(0) as number);
    if (code > 0xff) throw new Error(`${c} is not in the test's Windows-1252 table`);
    return code;
  }));
}

describe('decodeLetterText', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with a BOM', utf8(SAMPLE, true), 'utf-8'],
    ['UTF-16LE with a BOM', utf16(SAMPLE, 'le'), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16(SAMPLE, 'be'), 'utf-16be'],
    ['UTF-16LE without a BOM', utf16(SAMPLE, 'le', false), 'utf-16le'],
    ['UTF-16BE without a BOM', utf16(SAMPLE, 'be', false), 'utf-16be'],
    ['Windows-1252', cp1252(SAMPLE), 'windows-1252'],
  ])('reads %s', (_, bytes, encoding) => {
    expect(decodeLetterText(bytes)).toEqual({ text: SAMPLE, encoding, warnings: [] });
  });

  it('reads plain ASCII and an empty file as UTF-8', () => {
    expect(decodeLetterText(utf8('Side 1 af 2'))).toEqual({ text: 'Side 1 af 2', encoding: 'utf-8', warnings: [] });
    expect(decodeLetterText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });

  it('removes NUL characters, and warns', () => {
    const bytes = Uint8Array.from([...utf8('Frist: 4 uger'), 0, ...utf8(' efter modtagelsen')]);
    expect(decodeLetterText(bytes)).toEqual({ text: 'Frist: 4 uger efter modtagelsen', encoding: 'utf-8', warnings: ['nul-chars'] });
  });

  it('warns when characters are lost (U+FFFD)', () => {
    // A UTF-8 BOM promises UTF-8; a byte that is not is lost.
    const bytes = Uint8Array.from([...utf8('Klag inden 4 uger', true), 0xe6, ...utf8(' tak')]);
    expect(decodeLetterText(bytes).warnings).toEqual(['replacement-chars']);
    expect(decodeLetterText(utf8('bel\uFFFDb')).warnings).toEqual(['replacement-chars']);
    // An odd byte at the end of UTF-16 is half a character.
    expect(decodeLetterText(Uint8Array.from([...utf16('Frist', 'le'), 0x41])).warnings).toEqual(['replacement-chars']);
  });

  it('is what readStatement decodes a statement with', () => {
    expect(decodeText(utf16('Lægen skriver: højst 2 timer.', 'be'))).toBe('Lægen skriver: højst 2 timer.');
    expect(decodeText(cp1252('Skånehensyn: få timer'))).toBe('Skånehensyn: få timer');
  });
});

describe('a text letter in another encoding', () => {
  const analyse = async (bytes: Uint8Array) => {
    const doc = await loadLetter(bytes, 'brev.txt', noPdf);
    const report = analyzeLetter(doc, { file: 'brev.txt', received: '2026-01-15' });
    return { doc, report };
  };

  for (const name of ['t01-koebenhavn-bortfald-sygedagpenge', 't02-esbjerg-fradrag-tilbud']) {
    const text = readFileSync(join(letters, `${name}.txt`), 'utf8');
    it.each([
      ['UTF-16LE', utf16(text, 'le')],
      ['UTF-16BE', utf16(text, 'be')],
      ['UTF-16LE without a BOM', utf16(text, 'le', false)],
      ['Windows-1252', cp1252(text)],
    ])(`${name} as %s gives what it gives as UTF-8`, async (_, bytes) => {
      const want = await analyse(utf8(text));
      const got = await analyse(bytes);
      expect(got.doc.text).toBe(want.doc.text);
      expect(got.doc.warnings ?? []).toEqual([]);
      expect(got.report.findings.length).toBeGreaterThan(0);
      expect(got.report.findings).toEqual(want.report.findings);
      expect(got.report.appeal.deadline).toBe(want.report.appeal.deadline);
      expect(got.report.letter.date).toBe(want.report.letter.date);
    });
  }

  it('carries a warning to the DocumentText, and the command line prints it in Danish', async () => {
    const bytes = Uint8Array.from([...utf8('Afgørelse\n\nDu kan klage inden 4 uger. Klag til ', true), 0xf8, ...utf8(' Jobcenter\n')]);
    const { doc, report } = await analyse(bytes);
    expect(doc.warnings).toEqual(['replacement-chars']);
    expect(formatReport(report, doc.warnings)).toMatch(/OBS: .*tegn.*kunne ikke læses/);
    expect(formatReport(report)).not.toMatch(/kunne ikke læses/);
  });
});

describe('a text letter over the limit', () => {
  it('is refused with too-much-text, not analysed for minutes', async () => {
    const { loadLetter } = await import('../../lib/loadLetter');
    const { MAX_LETTER_CHARS } = await import('../../lib/limits');
    const bytes = new TextEncoder().encode('Du skal klage senest 4 uger efter. '.repeat(Math.ceil(MAX_LETTER_CHARS / 35) + 1));
    await expect(loadLetter(bytes, 'brev.txt', {} as never)).rejects.toMatchObject({ code: 'too-much-text' });
  });
});

describe('a UTF-8 letter with a few broken bytes', () => {
  it('stays UTF-8 (its æøå kept), the broken bytes shown as U+FFFD and warned of', () => {
    const text = 'Afgørelse om nedsættelse. Du kan klage inden 4 uger. Venlig hilsen Jobcenter Århus.';
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xc3, 0x28]);
    const decoded = decodeLetterText(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Afgørelse om nedsættelse');
    expect(decoded.warnings).toEqual(['replacement-chars']);
  });

  it('is still read as windows-1252 where no byte sequence is UTF-8', () => {
    const bytes = new Uint8Array([...'Afg'].map((c) => c.charCodeAt(0)).concat([0xf8], [...'relse'].map((c) => c.charCodeAt(0))));
    expect(decodeLetterText(bytes)).toMatchObject({ text: 'Afgørelse', encoding: 'windows-1252', warnings: [] });
  });
});
