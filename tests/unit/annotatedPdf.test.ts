import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { annotatePdf, contentsOf, ENCRYPTED_MESSAGE, KIND_COLOUR, NOTE_COLOUR } from '../../lib/export/annotatedPdf';
import { loadLetter } from '../../lib/loadLetter';
import type { PdfJs } from '../../lib/pdf/readPdfPages';
import type { Finding, Report } from '../../lib/schema/report';
import type { DocumentText } from '../../lib/text/types';

// "Gem som PDF med markeringer": a real letter, the real analysis, written back with annotations
// and read again both with pdf-lib (the dictionaries) and with pdf.js (what a reader shows).
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const letters = join(import.meta.dirname, '..', 'letters');
const file = join(letters, 't11-frederikshavn-fradrag-ressourceforloeb.pdf');
const PHRASE = 'Psykiatrisk Ambulatorium';
const NOTE_TEXT = 'Bed om hele journalen – også om søvn, fravær og årsagen til udeblivelsen (ÆØÅ æøå)';
const LETTER_NOTE = 'Ring til Ankestyrelsen før fristen, spørg om aktindsigt på én gang';

interface Annot {
  page: number;
  dict: PDFDict;
  subtype: string;
  title: string;
  contents: string;
  colour: number[];
  quads: number[];
  rect: number[];
}

const numbers = (d: PDFDict, key: string) =>
  (d.lookup(PDFName.of(key)) as PDFArray | undefined)?.asArray().map((n) => (n as PDFNumber).asNumber()) ?? [];
const text = (d: PDFDict, key: string) => (d.lookup(PDFName.of(key)) as PDFHexString | PDFString | undefined)?.decodeText() ?? '';

function annotsOf(pdf: PDFDocument): Annot[] {
  return pdf.getPages().flatMap((p, i) =>
    (p.node.Annots()?.asArray() ?? []).map((ref) => {
      const dict = pdf.context.lookup(ref, PDFDict);
      return {
        page: i + 1,
        dict,
        subtype: String(dict.get(PDFName.of('Subtype'))),
        title: text(dict, 'T'),
        contents: text(dict, 'Contents'),
        colour: numbers(dict, 'C'),
        quads: numbers(dict, 'QuadPoints'),
        rect: numbers(dict, 'Rect'),
      };
    }),
  );
}

let bytes: Uint8Array;
let doc: DocumentText;
let report: Report;
let out: Uint8Array;
let pdf: PDFDocument;
let annots: Annot[];
let noteAt: number;

beforeAll(async () => {
  bytes = new Uint8Array(readFileSync(file));
  doc = await loadLetter(bytes, file, pdfjs);
  report = analyzeLetter(doc, { file, received: '2026-01-15' });
  noteAt = doc.text.indexOf(PHRASE);
  const notes = [
    { start: noteAt, end: noteAt + PHRASE.length, tag: 'Spørg kommunen', text: NOTE_TEXT },
    { start: 0, end: 0, tag: null, text: LETTER_NOTE },
  ];
  out = await annotatePdf({ bytes, doc, findings: report.findings, notes });
  pdf = await PDFDocument.load(out);
  annots = annotsOf(pdf);
});

const brevtjek = () => annots.filter((a) => a.subtype === '/Highlight' && a.title === 'Brevtjek');
const firstSanction = () => report.findings.find((f) => f.kind === 'sanction') as Finding;

describe('annotatePdf', () => {
  it('reads a letter with findings of several kinds, a sanction among them', () => {
    expect(noteAt).toBeGreaterThan(0);
    expect(firstSanction()).toBeDefined();
    expect(new Set(report.findings.map((f) => f.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it('keeps the pages and their text as they were', async () => {
    const original = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(original.getPageCount());
    const again = await loadLetter(out, 'ud.pdf', pdfjs);
    expect(again.text).toBe(doc.text);
    expect(again.pages.map((p) => p.items.map((i) => [i.str, i.x, i.y]))).toEqual(doc.pages.map((p) => p.items.map((i) => [i.str, i.x, i.y])));
  });

  it('writes one highlight a finding and page, in order, with colour, explanation, opacity and print flag', () => {
    const highlights = brevtjek();
    expect(highlights.length).toBeGreaterThanOrEqual(report.findings.length);
    for (let page = 1; page <= pdf.getPageCount(); page++) {
      const expected = report.findings.filter((f) => f.segments.some((s) => s.page === page));
      const onPage = highlights.filter((h) => h.page === page);
      expect(onPage.map((h) => h.contents)).toEqual(expected.map(contentsOf));
      expect(onPage.map((h) => h.colour)).toEqual(expected.map((f) => KIND_COLOUR[f.kind]));
    }
    for (const h of highlights) {
      expect(h.contents).toMatch(/ — .+ — Det kan du gøre: .+ \(Kilde: .+\)$/);
      expect((h.dict.lookup(PDFName.of('CA')) as PDFNumber).asNumber()).toBeCloseTo(0.35, 2);
      expect((h.dict.lookup(PDFName.of('F')) as PDFNumber).asNumber() & 4).toBe(4);
    }
  });

  it('puts every quad inside the page and the annotation rectangle', () => {
    const highlights = annots.filter((a) => a.subtype === '/Highlight');
    expect(highlights.length).toBeGreaterThan(0);
    for (const h of highlights) {
      expect(h.quads.length).toBeGreaterThan(0);
      expect(h.quads.length % 8).toBe(0);
      const { x, y, width, height } = pdf.getPage(h.page - 1).getMediaBox();
      const [rx1, ry1, rx2, ry2] = h.rect as [number, number, number, number];
      for (let i = 0; i < h.quads.length; i += 2) {
        const [qx, qy] = [h.quads[i] as number, h.quads[i + 1] as number];
        expect(qx).toBeGreaterThanOrEqual(Math.max(x, rx1) - 0.01);
        expect(qx).toBeLessThanOrEqual(Math.min(x + width, rx2) + 0.01);
        expect(qy).toBeGreaterThanOrEqual(Math.max(y, ry1) - 0.01);
        expect(qy).toBeLessThanOrEqual(Math.min(y + height, ry2) + 0.01);
      }
    }
  });

  it('marks the sanction reason in red over its own words', async () => {
    const sanction = firstSanction();
    const mark = brevtjek().find((h) => h.page === sanction.page && h.contents === contentsOf(sanction) && h.colour.join() === KIND_COLOUR.sanction.join());
    expect(mark).toBeDefined();
    const { colour, contents, quads } = mark as Annot;
    expect(colour[0]).toBeGreaterThan(0.9);
    expect(colour[1]).toBeLessThan(0.7);
    expect(contents).toContain(sanction.explanation.what);
    // The text items of the written PDF, as pdf.js reads them, whose centres fall inside the first quad.
    const [x1, top, x2, , , bottom] = quads as [number, number, number, number, number, number];
    const again = await loadLetter(out, 'ud.pdf', pdfjs);
    const inside = (again.pages[sanction.page - 1]?.items ?? []).filter((i) => {
      const cx = i.x + i.width / 2;
      const cy = i.y + i.height * 0.35;
      return i.str.trim() !== '' && cx > x1 && cx < x2 && cy > bottom && cy < top;
    });
    expect(inside).toHaveLength(1);
    const firstWords = sanction.text.split(/\s+/).slice(0, 4).join(' ');
    expect(inside[0]?.str).toContain(firstWords);
    // The quad starts where the finding does: its left edge within one character of the words' first letter.
    const item = inside[0] as { str: string; x: number; width: number };
    const charWidth = item.width / item.str.length;
    expect(Math.abs(x1 - (item.x + charWidth * item.str.indexOf(firstWords)))).toBeLessThan(charWidth);
  });

  it("starts every finding's first quad at the finding's first word, on its line", async () => {
    const again = await loadLetter(out, 'ud.pdf', pdfjs);
    const norm = (s: string) => s.replace(/[„“"]/g, '').toLowerCase();
    for (const f of report.findings) {
      const mark = brevtjek().find((h) => h.page === f.page && h.contents === contentsOf(f));
      const [x1, top, x2, , , bottom] = mark?.quads as [number, number, number, number, number, number];
      const line = (again.pages[f.page - 1]?.items ?? []).filter((i) => {
        const cy = i.y + i.height * 0.35;
        return i.str.trim() !== '' && cy > bottom && cy < top && i.x < x2 && i.x + i.width > x1;
      });
      expect(line, f.text).toHaveLength(1);
      const item = line[0] as { str: string; x: number; width: number };
      const at = Math.round(((x1 - item.x) / item.width) * item.str.length);
      const word = norm(f.text.split(/\s+/)[0] as string);
      expect(norm(item.str.slice(Math.max(0, at - 3), at + word.length + 3)), f.text).toContain(word);
    }
  });

  it('writes a note as a highlight over its words and a sticky note with tag and text, æøå intact', () => {
    const noteMarks = annots.filter((a) => a.subtype === '/Highlight' && a.title === 'Note');
    expect(noteMarks).toHaveLength(1);
    expect(noteMarks[0]?.colour).toEqual(NOTE_COLOUR);
    const sticky = annots.filter((a) => a.subtype === '/Text' && a.title === 'Note');
    expect(sticky).toHaveLength(2);
    const onWords = sticky.find((s) => s.contents.includes(NOTE_TEXT));
    expect(onWords?.contents).toBe(`Spørg kommunen: ${NOTE_TEXT}`);
    // Its icon stands at the start of the note's first line.
    const [qx, qtop] = noteMarks[0]?.quads as [number, number];
    expect(onWords?.page).toBe(noteMarks[0]?.page);
    expect(onWords?.rect[0]).toBeCloseTo(qx, 1);
    expect(onWords?.rect[1]).toBeCloseTo(qtop, 1);
  });

  it('puts a note on the whole letter at the top left of page 1', () => {
    const whole = annots.find((a) => a.subtype === '/Text' && a.contents === LETTER_NOTE);
    expect(whole?.page).toBe(1);
    const { width, height } = pdf.getPage(0).getMediaBox();
    const [x, y] = whole?.rect as [number, number];
    expect(x).toBeLessThan(width * 0.1);
    expect(y).toBeGreaterThan(height * 0.9);
  });

  it('shows the same annotations in pdf.js, with the Danish letters', async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const reader = await lib.getDocument({ data: out.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    const seen: Array<{ subtype: string; contents: string; hasAppearance: boolean }> = [];
    for (let n = 1; n <= reader.numPages; n++) {
      const page = await reader.getPage(n);
      for (const a of await page.getAnnotations()) seen.push({ subtype: a.subtype, contents: a.contentsObj?.str ?? '', hasAppearance: a.hasAppearance });
    }
    await reader.destroy();
    expect(seen.filter((a) => a.subtype === 'Highlight')).toHaveLength(annots.filter((a) => a.subtype === '/Highlight').length);
    expect(seen.filter((a) => a.subtype === 'Highlight').every((a) => a.hasAppearance)).toBe(true);
    expect(seen.some((a) => a.subtype === 'Text' && a.contents === `Spørg kommunen: ${NOTE_TEXT}`)).toBe(true);
  });

  it('draws the sanction highlight red-tinted where it belongs when pdf.js renders the page', async (ctx) => {
    const sanction = firstSanction();
    const mark = brevtjek().find((h) => h.page === sanction.page && h.contents === contentsOf(sanction)) as Annot;
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const reader = await lib.getDocument({ data: out.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const page = await reader.getPage(sanction.page);
      const viewport = page.getViewport({ scale: 2 });
      const factory = reader.canvasFactory as { create(w: number, h: number): { canvas: unknown; context: unknown } };
      let made: { canvas: unknown; context: unknown };
      try {
        made = factory.create(viewport.width, viewport.height);
      } catch {
        return ctx.skip('no canvas for pdf.js in this Node (optional dependency @napi-rs/canvas)');
      }
      const canvasContext = made.context as CanvasRenderingContext2D;
      await page.render({ canvas: made.canvas as HTMLCanvasElement, canvasContext, viewport }).promise;
      const { data } = canvasContext.getImageData(0, 0, viewport.width, viewport.height);
      const red = (x: number, y: number) => {
        const [cx, cy] = viewport.convertToViewportPoint(x, y) as [number, number];
        const i = (Math.round(cy) * viewport.width + Math.round(cx)) * 4;
        const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
        return r > 200 && r - g > 15 && r - b > 15;
      };
      const [x1, top, x2, , , bottom] = mark.quads as [number, number, number, number, number, number];
      // Just above the quad's bottom edge, below the baseline: background, so tinted nearly all along.
      const row: boolean[] = [];
      for (let x = x1 + 1; x < x2 - 1; x += 1) row.push(red(x, bottom + 0.5));
      expect(row.filter(Boolean).length / row.length).toBeGreaterThan(0.8);
      // Above the quad and left of it: untouched paper.
      for (let x = x1 + 1; x < x2 - 1; x += 5) expect(red(x, top + 1.5)).toBe(false);
      expect(red(x1 - 3, bottom + 0.5)).toBe(false);
    } finally {
      await reader.destroy();
    }
  });

  it('adds to the annotations a page already has', async () => {
    const twice = await annotatePdf({ bytes: out, doc, findings: report.findings, notes: [] });
    const again = annotsOf(await PDFDocument.load(twice));
    expect(again.length).toBe(annots.length + brevtjek().length);
    expect(again.filter((a) => a.subtype === '/Text')).toHaveLength(2);
  });

  it('covers a line that the PDF draws in several text items with one quad', async () => {
    // Esbjerg's letter draws "Vi har tru", "ff", "et afgørelse …" as three items on one line.
    const other = join(letters, 't02-esbjerg-fradrag-tilbud.pdf');
    const input = new Uint8Array(readFileSync(other));
    const letter = await loadLetter(input, other, pdfjs);
    const words = 'Vi har truffet afgørelse om at foretage fradrag i din kontanthjælp for mandag den 24. februar';
    const start = letter.text.indexOf(words);
    expect(start).toBeGreaterThanOrEqual(0);
    const written = await annotatePdf({ bytes: input, doc: letter, findings: [], notes: [{ start, end: start + words.length, tag: null, text: 'To linjer' }] });
    const [mark] = annotsOf(await PDFDocument.load(written)).filter((a) => a.subtype === '/Highlight');
    expect(mark?.quads).toHaveLength(16);
    const [, top1, , , , bottom1, , , , top2, , , , bottom2] = mark?.quads as number[];
    expect(bottom1).toBeGreaterThan(top2 as number);
    expect(top1).toBeGreaterThan(bottom1 as number);
    expect(top2).toBeGreaterThan(bottom2 as number);
  });

  it('refuses a PDF protected with a password, in Danish', async () => {
    const locked = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'encrypted.pdf')));
    await expect(annotatePdf({ bytes: locked, doc, findings: report.findings, notes: [] })).rejects.toThrow(ENCRYPTED_MESSAGE);
  });
});
