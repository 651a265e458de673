import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { decodeText, formatOf, readPastedStatement, readStatement, statementFromText, StatementError } from '../../lib/citat/readStatement';
import { quoteContext, nearest, type Piece } from '../../lib/citat/quoteContext';
import { fromPlainText } from '../../lib/text/fromPlainText';
import type { PdfJs } from '../../lib/pdf/readPdfPages';
import { StatementCheck } from '../../lib/schema/statementCheck';
import { fixtureCheck, STATEMENT_TEXT } from '../fixtures/citat/checkFixture';

// Citat-tjek (issue 10, item 1): the doctor's statement read as the user gives it.
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const enc = new TextEncoder();

/** A statement as a PDF with a text layer, two pages, lines as a word processor sets them. */
async function statementPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = [
    ['Psykiatrisk Ambulatorium Frederikshavn', '', 'JOURNALUDSKRIFT', '', 'Vurdering', 'Patienten har en tilbagevendende depression, som aktuelt er i let bedring, men stadig', 'svingende. Der er ikke behov for fuld sygemelding.'],
    ['Prognose', 'Prognosen er usikker. Der må påregnes tilbagefald ved pres.', '', 'Henrik Storm, overlæge'],
  ];
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 760 - 18 * i, size: 11, font }));
  }
  return pdf.save();
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(StatementError);
  return (e as StatementError).code;
}

describe('readStatement', () => {
  it('reads a PDF with a text layer into its text, sentences whole across lines', async () => {
    const read = await readStatement({ name: 'journal.pdf', bytes: await statementPdf() }, pdfjs);
    expect(read.kind).toBe('text');
    if (read.kind !== 'text') return;
    expect(read.pages).toBe(2);
    expect(read.pagesWithoutText).toEqual([]);
    expect(read.statement).toMatchObject({ file: 'journal.pdf', ocr: false });
    expect(read.text).toContain('som aktuelt er i let bedring, men stadig svingende. Der er ikke behov for fuld sygemelding.');
    expect(read.text).toContain('Prognosen er usikker.');
    expect(read.statement.doc.text).toBe(read.text);
    // Kept as text, it reads back the same: the check after a reload is the check before it.
    expect(statementFromText(read.text, 'journal.pdf').doc.text).toBe(read.text);
  });

  it('reads a text file (UTF-8, with or without a BOM; or Windows-1252 from an older program)', async () => {
    const utf8 = await readStatement({ name: 'journal-t11.txt', bytes: enc.encode(STATEMENT_TEXT) }, pdfjs);
    expect(utf8.kind === 'text' && utf8.text).toContain('Patienten har en tilbagevendende depression');
    const bom = await readStatement({ name: 'attest.txt', bytes: enc.encode(`\uFEFFLægen skriver: Hun kan højst arbejde 2 timer om dagen.`) }, pdfjs);
    expect(bom.kind === 'text' && bom.text).toBe('Lægen skriver: Hun kan højst arbejde 2 timer om dagen.');
    const cp1252 = Uint8Array.from([...'Skånehensyn: kun få timer, højst 2 dage'].map((c) => c.charCodeAt(0)));
    expect(decodeText(cp1252)).toBe('Skånehensyn: kun få timer, højst 2 dage');
    // A text file without .txt in its name is known by having no control characters.
    expect(formatOf(enc.encode('Statusattest\nPatienten kan arbejde.'), 'statusattest')).toBe('text');
    const round = await readStatement({ name: 'journal-t11.txt', bytes: enc.encode(STATEMENT_TEXT) }, pdfjs);
    if (round.kind === 'text') expect(statementFromText(round.text, 'x').doc.text).toBe(round.text);
  });

  it('takes pasted text as a statement', () => {
    const read = readPastedStatement('  Prognosen er usikker.  ', 'Indsat tekst');
    expect(read.statement.file).toBe('Indsat tekst');
    expect(read.text).toBe('Prognosen er usikker.');
    expect(() => readPastedStatement('   \n ')).toThrow(StatementError);
  });

  it('hands a PDF without text, a PNG or a JPEG on as a scan for OCR, with its bytes', async () => {
    const pdf = readFileSync(join(fixtures, 'scan-no-text.pdf'));
    const scan = await readStatement({ name: 'scannet.pdf', bytes: new Uint8Array(pdf) }, pdfjs);
    expect(scan).toMatchObject({ kind: 'scan', format: 'pdf', file: 'scannet.pdf', pages: 1 });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readStatement({ name: 'foto.png', bytes: png }, pdfjs)).toMatchObject({ kind: 'scan', format: 'png', pages: 1, bytes: png });
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
    // The name does not decide: a photo called .txt is still a photo.
    expect(await readStatement({ name: 'attest.txt', bytes: jpeg }, pdfjs)).toMatchObject({ kind: 'scan', format: 'jpeg' });
  });

  it('says in plain Danish why a file cannot be read', async () => {
    expect(await codeOf(readStatement({ name: 'tom.pdf', bytes: new Uint8Array() }, pdfjs))).toBe('empty');
    expect(await codeOf(readStatement({ name: 'tom.txt', bytes: enc.encode(' \n\n ') }, pdfjs))).toBe('empty');
    const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]);
    expect(await codeOf(readStatement({ name: 'attest.docx', bytes: docx }, pdfjs))).toBe('unknown-format');
    expect(await codeOf(readStatement({ name: 'damaged.pdf', bytes: new Uint8Array(readFileSync(join(fixtures, 'damaged.pdf'))) }, pdfjs))).toBe('damaged');
    expect(await codeOf(readStatement({ name: 'encrypted.pdf', bytes: new Uint8Array(readFileSync(join(fixtures, 'encrypted.pdf'))) }, pdfjs))).toBe('encrypted');
    const e = (await readStatement({ name: 'attest.docx', bytes: docx }, pdfjs).catch((x: unknown) => x)) as StatementError;
    expect(e.message).toBe('Brevtjek kan ikke læse den slags fil. Vælg en PDF, et billede (PNG eller JPEG) eller en tekstfil. Du kan også indsætte teksten.');
  });

  it('stops reading a PDF when asked', async () => {
    const controller = new AbortController();
    controller.abort();
    const e = (await readStatement({ name: 'journal.pdf', bytes: await statementPdf() }, pdfjs, controller.signal).catch((x: unknown) => x)) as Error;
    expect(e.name).toBe('AbortError');
  });
});

const textOf = (pieces: Piece[]) => pieces.map((p) => p.text).join('');
const marked = (pieces: Piece[], kind: string) => pieces.filter((p) => p.marks.includes(kind as never)).map((p) => p.text);

describe('a quote in its context', () => {
  const check = fixtureCheck();
  const text = fromPlainText(STATEMENT_TEXT).text;

  it('the fixture is a valid check, its offsets right for the texts', () => {
    expect(StatementCheck.safeParse(check).success).toBe(true);
    const [q] = check.quotes;
    expect(STATEMENT_TEXT.slice(q!.match!.start, q!.match!.end)).toBe(q!.match!.text);
    // fromPlainText keeps this statement's text as it is, so the offsets hold in the view too.
    expect(text).toBe(STATEMENT_TEXT.trimEnd());
  });

  it('gives the sentence before, the quoted sentences with the quote’s words marked, and the sentence after', () => {
    const c = quoteContext(check.quotes[0]!, text)!;
    expect(textOf(c.before)).toBe('Hun fortæller, at hun har svært ved at sove og ved at tage telefonen, når hun har det dårligt.\n\nVurdering\n');
    expect(textOf(c.quoted)).toBe(check.quotes[0]!.match!.text);
    expect(textOf(c.after).trim()).toBe('Hun kan højst deltage i aktivitet 2 dage om ugen og kun få timer ad gangen.');
    expect(marked(c.quoted, 'match').join('')).toBe(check.quotes[0]!.match!.text);
  });

  it('marks the changed and the left-out words where they stand, nearest the quote', () => {
    const c = quoteContext(check.quotes[0]!, text)!;
    expect(marked(c.quoted, 'changed')).toEqual(['let']);
    expect(marked(c.quoted, 'left-out')).toEqual(['men stadig svingende', 'fuld']);
    expect(marked(c.after, 'left-out')).toEqual(['højst', '2 dage om ugen', 'kun få timer ad gangen']);
    // A word inside another is not it: "let" is not marked in "Patienten" or "lettere".
    expect(nearest('Hun har det lettere nu, let bedre.', 'let', 0, 3)).toEqual({ start: 24, end: 27 });
    expect(nearest('Ingen her', 'fuld', 0, 5)).toBeNull();
  });

  it('extends the quoted part to whole sentences where the quote is a part of one', () => {
    const q = check.quotes[0]!;
    const start = text.indexOf('som aktuelt er i let bedring');
    const part = { ...q, match: { start, end: start + 'som aktuelt er i let bedring'.length, text: 'som aktuelt er i let bedring', how: 'close' as const, similarity: 0.9 }, flags: [] };
    const c = quoteContext(part, text)!;
    expect(textOf(c.quoted)).toBe('Patienten har en tilbagevendende depression, som aktuelt er i let bedring, men stadig svingende.');
    expect(marked(c.quoted, 'match')).toEqual(['som aktuelt er i let bedring']);
    expect(textOf(c.after)).toMatch(/^ Der er ikke behov for fuld sygemelding/);
  });

  it('has no context for a quote that is not in the statement, or offsets that do not fit it', () => {
    expect(quoteContext(check.quotes[1]!, text)).toBeNull();
    const q = check.quotes[0]!;
    expect(quoteContext({ ...q, match: { ...q.match!, end: text.length + 10 } }, text)).toBeNull();
    // A context that does not hold the match is not used: the match alone.
    const alone = quoteContext({ ...q, context: { start: 0, end: 5, text: 'Psyki' }, flags: [] }, text)!;
    expect(textOf(alone.before) + textOf(alone.after)).toBe('');
    expect(textOf(alone.quoted)).toBe(q.match!.text);
  });
});
