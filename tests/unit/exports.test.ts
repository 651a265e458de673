import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { buildKlageDraft } from '../../lib/klage/buildDraft';
import { caseTextOf } from '../../lib/klage/caseFacts';
import { draftToDocx } from '../../lib/export/docx';
import { fristerToIcs } from '../../lib/export/ics';
import { draftToTextFile } from '../../lib/export/text';
import { fromPlainText } from '../../lib/text/fromPlainText';

const LETTER = `Esbjerg Kommune
Jobcenter Esbjerg
Exnersgade 43
6700 Esbjerg

Sara Lund
Strandbygade 14, 1.
6700 Esbjerg

Esbjerg, 10. marts 2026
Vores sagsnr.: 2026/03312

Afgørelse om fradrag i din kontanthjælp

Vi har truffet afgørelse om at foretage fradrag i din kontanthjælp for mandag den 23. februar 2026, fordi du ikke mødte op i din virksomhedspraktik og ikke gav besked. Din læge skriver i lægeattesten: "Sara har ondt i ryggen & kan kun arbejde 3 timer ad gangen."

Afgørelsen er truffet efter aktivlovens § 36, stk. 1. Du kan klage. Klagen skal være modtaget senest 4 uger efter, at du har modtaget afgørelsen. Send den til Jobcenter Esbjerg.
`;

const doc = fromPlainText(LETTER);
const report = analyzeLetter(doc, { file: 'brev.txt' });
const letterId = 'b'.repeat(64);
const draft = buildKlageDraft({
  report,
  letterText: caseTextOf(doc),
  checklist: {
    v: 1,
    letterId,
    points: { 'rimelig-grund': { done: true, comment: 'Jeg var hos lægen <kl. 9> & kunne ikke ringe.' }, laegecitat: { done: true, comment: '' } },
    own: [],
    updated: '2026-03-12T09:00:00.000Z',
  },
  notes: [],
  requests: ['aktindsigt'],
  today: '2026-03-12',
});

const unescapeXml = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs of word/document.xml as text, and whether each is a Heading1. */
function paragraphs(xml: string): Array<{ text: string; heading: boolean }> {
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
  return [...body.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => ({
    text: unescapeXml([...(m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => t[1]).join('')),
    heading: /<w:pStyle w:val="Heading1"\/>/.test(m[1] ?? ''),
  }));
}

describe('draftToDocx', () => {
  it('is a .docx whose document holds the draft line by line, the title as a heading', async () => {
    expect(draft).toContain('Sagsnummer: 2026/03312');
    expect(draft).toContain('»Sara har ondt i ryggen & kan kun arbejde 3 timer ad gangen.« (min læge)');
    const bytes = await draftToDocx(draft, 'Klage til Esbjerg Kommune');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toBeDefined();
    const paras = paragraphs(xml as string);
    expect(paras.map((p) => p.text)).toEqual(draft.split('\n'));
    expect(paras.map((p) => p.heading)).toEqual(draft.split('\n').map((_, i) => i === 0));
    expect(paras[0]?.text).toMatch(/^Klage over afgørelse af 10\. marts 2026$/);
  });

  it('sets Danish, 12 pt and the title', async () => {
    const zip = await JSZip.loadAsync(await draftToDocx(draft, 'Klage til Esbjerg Kommune'));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="da-DK"/>');
    expect(defaults).toContain('<w:sz w:val="24"/>');
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dc:title>Klage til Esbjerg Kommune</dc:title>');
  });

  it('makes no heading of a first line that is no klage title, and keeps odd characters out of the XML', async () => {
    const zip = await JSZip.loadAsync(await draftToDocx('Til: Esbjerg Kommune\r\nJeg\u0007 klager.\n\nHilsen', 'x'));
    const paras = paragraphs((await zip.file('word/document.xml')?.async('string')) ?? '');
    expect(paras).toEqual([
      { text: 'Til: Esbjerg Kommune', heading: false },
      { text: 'Jeg klager.', heading: false },
      { text: '', heading: false },
      { text: 'Hilsen', heading: false },
    ]);
  });
});

describe('draftToTextFile', () => {
  it('is UTF-8 with a BOM and CRLF line ends', () => {
    const bytes = draftToTextFile(draft);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(raw.startsWith('\uFEFFKlage over afgørelse')).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(new TextDecoder().decode(bytes)).toBe(`${draft.replace(/\n/g, '\r\n')}\r\n`);
  });

  it('does not double a CRLF that is there already, and keeps æ, ø and å', () => {
    const bytes = draftToTextFile('Kære jobcenter\r\nJeg er uenig.\nGrøn å\r\n');
    expect(new TextDecoder().decode(bytes)).toBe('Kære jobcenter\r\nJeg er uenig.\r\nGrøn å\r\n');
    expect(bytes.length).toBe(3 + new TextEncoder().encode('Kære jobcenter\r\nJeg er uenig.\r\nGrøn å\r\n').length);
  });
});

/** An iCalendar file's content lines, unfolded (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('fristerToIcs', () => {
  const frister = [
    {
      date: '2026-04-09',
      label: 'Klagefrist: fradrag i kontanthjælp, Esbjerg Kommune',
      description: 'Send klagen til Jobcenter Esbjerg; husk sagsnummer 2026/03312.\nEn kort klage er nok.',
    },
    { date: '2026-12-31', label: 'Svar på partshøring om ældrecheck – særlige forhold, økonomi og årsopgørelse for både år 2025 og år 2026 (Udbetaling Danmark)', description: '' },
  ];
  const ics = fristerToIcs({ title: 'Brevtjek: frister', frister });
  const lines = unfold(ics);

  it('is a calendar with one all-day event per frist', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l !== '').at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('X-WR-CALNAME:Brevtjek: frister');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20260409', 'DTSTART;VALUE=DATE:20261231']);
    expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual(['DTEND;VALUE=DATE:20260410', 'DTEND;VALUE=DATE:20270101']);
    expect(lines).toContain('SUMMARY:Klagefrist: fradrag i kontanthjælp\\, Esbjerg Kommune');
    expect(lines).toContain('DESCRIPTION:Send klagen til Jobcenter Esbjerg\\; husk sagsnummer 2026/03312.\\nEn kort klage er nok.');
  });

  it('reminds 3 days before each frist', () => {
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('TRIGGER'))).toEqual(['TRIGGER:-P3D', 'TRIGGER:-P3D']);
    expect(lines.filter((l) => l === 'ACTION:DISPLAY')).toHaveLength(2);
  });

  it('nests its components and folds lines at 75 octets of UTF-8', () => {
    const stack: string[] = [];
    for (const line of lines) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
    expect(ics).not.toMatch(/[^\r]\n/);
    for (const physical of ics.split('\r\n')) expect(new TextEncoder().encode(physical).length, physical).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });

  it('gives a frist the same id each time, and each frist its own', () => {
    const uids = (text: string) => unfold(text).filter((l) => l.startsWith('UID:'));
    expect(uids(fristerToIcs({ title: 'Brevtjek: frister', frister }))).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(2);
  });

  it('says clearly what is wrong with a date', () => {
    expect(() => fristerToIcs({ title: 'x', frister: [{ date: '2026-02-30', label: 'Klagefrist', description: '' }] })).toThrow(/2026-02-30.*Klagefrist/);
    expect(() => fristerToIcs({ title: 'x', frister: [{ date: '31.03.2026', label: 'Klagefrist', description: '' }] })).toThrow(Error);
  });
});

describe('fristerToIcs where ics reports an error', () => {
  afterEach(() => {
    vi.doUnmock('ics');
    vi.resetModules();
  });

  it('throws an Error with the reason', async () => {
    vi.resetModules();
    vi.doMock('ics', () => ({ createEvents: () => ({ error: new Error('start is required'), value: null }) }));
    const { fristerToIcs: failing } = await import('../../lib/export/ics');
    expect(() => failing({ title: 'x', frister: [{ date: '2026-04-09', label: 'Klagefrist', description: '' }] })).toThrow(
      /Kalenderfilen kunne ikke laves: start is required/,
    );
  });
});
