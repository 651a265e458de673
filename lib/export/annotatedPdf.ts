import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFString, type PDFContext, type PDFPage, type PDFRef } from 'pdf-lib';
import { t } from '../i18n/t';
import type { Finding, FindingKind, Segment } from '../schema/report';
import { segmentsOf } from '../text/segments';
import type { DocumentText } from '../text/types';
import { lineBoxes, type LineBox } from '../viewer/lineBoxes';

/** A note as the export needs it: its words in the document text (start === end: the whole letter). */
export interface ExportNote {
  start: number;
  end: number;
  tag: string | null;
  text: string;
}

export interface AnnotateInput {
  bytes: Uint8Array;
  doc: DocumentText;
  findings: Finding[];
  notes: ExportNote[];
}

/** Why a locked PDF cannot be marked, in the language Brevtjek speaks now. */
export const encryptedMessage = (): string => t('annotatedPdf.encrypted');
/** The Danish message, as the tests and the command line read it. */
export const ENCRYPTED_MESSAGE = t('annotatedPdf.encrypted', {}, 'da');

type Rgb = [number, number, number];

/** Soft colours, one a kind, as the viewer shows them; a reader multiplies them over the text. */
export const KIND_COLOUR: Record<FindingKind, Rgb> = {
  law: [0.55, 0.85, 0.55],
  deadline: [1, 0.78, 0.3],
  medical_quote: [0.55, 0.75, 1],
  sanction: [1, 0.5, 0.5],
  appointment: [0.78, 0.6, 0.95],
};
export const NOTE_COLOUR: Rgb = [1, 0.92, 0.35];
const OPACITY = 0.35;
/** Annotation flags: Print, and for a sticky note also NoZoom and NoRotate (as Acrobat writes them). */
const PRINT = 4;
const PRINT_NOZOOM_NOROTATE = 4 | 8 | 16;
const ICON = 18;

/** Where a line of marked text stands, in PDF user space. */
type Box = LineBox;

/** Quadrilaterals in the order readers expect: upper-left, upper-right, lower-left, lower-right. */
const quadOf = (b: Box) => [b.x1, b.top, b.x2, b.top, b.x1, b.bottom, b.x2, b.bottom];

/** One box per line of a segment, in the page's user space and kept on the page. */
export function pageLineBoxes(doc: DocumentText, segment: Segment, page: PDFPage): Box[] {
  // pdf.js gives positions relative to the page's visible box; pdf-lib's CropBox falls back to the MediaBox.
  const crop = page.getCropBox();
  const media = page.getMediaBox();
  const clampX = (x: number) => Math.min(Math.max(x, media.x), media.x + media.width);
  const clampY = (y: number) => Math.min(Math.max(y, media.y), media.y + media.height);
  return lineBoxes(doc, segment, (b) => ({
    x1: clampX(crop.x + b.x1),
    x2: clampX(crop.x + b.x2),
    bottom: clampY(crop.y + b.bottom),
    top: clampY(crop.y + b.top),
  }));
}

/** The explanation in plain words (Danish or English, as the report), for a reader's comment pop-up. */
export function contentsOf(f: Finding): string {
  const e = f.explanation;
  return t('annotatedPdf.contents', { what: e.what, why: e.why, todo: e.todo, source: e.source.label });
}

const noteContents = (n: ExportNote) => [n.tag?.trim(), n.text.trim()].filter(Boolean).join(': ') || t('annotatedPdf.note');
const fmt = (n: number) => Math.round(n * 1000) / 1000;

type Dict = NonNullable<Parameters<PDFContext['flateStream']>[1]>;

interface Annotator {
  pdf: PDFDocument;
  added: Map<PDFPage, PDFRef[]>;
  now: PDFString;
}

function add(a: Annotator, page: PDFPage, dict: Dict): void {
  const ref = a.pdf.context.register(a.pdf.context.obj({ Type: 'Annot', P: page.ref, M: a.now, ...dict }));
  const list = a.added.get(page) ?? [];
  list.push(ref);
  a.added.set(page, list);
}

/** A /Highlight over the boxes, with its own appearance (as pdf.js writes one) so every reader draws it alike. */
function highlight(a: Annotator, page: PDFPage, boxes: Box[], colour: Rgb, title: string, contents: string): void {
  const rect = [
    Math.min(...boxes.map((b) => b.x1)),
    Math.min(...boxes.map((b) => b.bottom)),
    Math.max(...boxes.map((b) => b.x2)),
    Math.max(...boxes.map((b) => b.top)),
  ].map(fmt);
  const paths = boxes.map((b) => `${fmt(b.x1)} ${fmt(b.top)} m ${fmt(b.x2)} ${fmt(b.top)} l ${fmt(b.x2)} ${fmt(b.bottom)} l ${fmt(b.x1)} ${fmt(b.bottom)} l f`);
  const ap = a.pdf.context.flateStream(`/R0 gs ${colour.join(' ')} rg\n${paths.join('\n')}`, {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: rect,
    Resources: { ExtGState: { R0: { Type: 'ExtGState', BM: 'Multiply', ca: OPACITY } } },
  });
  add(a, page, {
    Subtype: 'Highlight',
    Rect: rect,
    QuadPoints: boxes.flatMap(quadOf).map(fmt),
    C: colour,
    CA: OPACITY,
    F: PRINT,
    Border: [0, 0, 0],
    T: PDFHexString.fromText(title),
    Contents: PDFHexString.fromText(contents),
    AP: { N: a.pdf.context.register(ap) },
  });
}

/** A sticky note whose icon's lower-left corner is at (x, y), kept on the page. */
function stickyNote(a: Annotator, page: PDFPage, x: number, y: number, contents: string): void {
  const media = page.getMediaBox();
  const left = Math.min(Math.max(x, media.x), media.x + media.width - ICON);
  const bottom = Math.min(Math.max(y, media.y), media.y + media.height - ICON);
  add(a, page, {
    Subtype: 'Text',
    Rect: [left, bottom, left + ICON, bottom + ICON].map(fmt),
    Name: 'Comment',
    Open: false,
    C: NOTE_COLOUR,
    F: PRINT_NOZOOM_NOROTATE,
    T: PDFHexString.fromText(t('annotatedPdf.note')),
    Contents: PDFHexString.fromText(contents),
  });
}

/**
 * The letter's PDF with Brevtjek's findings and the user's notes as standard annotations
 * (/Highlight and /Text), which any PDF reader shows and prints. The pages' content is left as it is.
 */
export async function annotatePdf(input: AnnotateInput): Promise<Uint8Array> {
  const { bytes, doc, findings, notes } = input;
  const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  if (pdf.isEncrypted) throw new Error(encryptedMessage());
  const pages = pdf.getPages();
  const a: Annotator = { pdf, added: new Map(), now: PDFString.fromDate(new Date()) };

  for (const f of findings) {
    for (const segment of f.segments) {
      const page = pages[segment.page - 1];
      const boxes = page ? pageLineBoxes(doc, segment, page) : [];
      if (page && boxes.length > 0) highlight(a, page, boxes, KIND_COLOUR[f.kind], 'Brevtjek', contentsOf(f));
    }
  }

  for (const n of notes) {
    const contents = noteContents(n);
    const end = Math.min(n.end, doc.text.length);
    let placed = false;
    if (n.start < end) {
      for (const segment of segmentsOf(doc, n.start, end)) {
        const page = pages[segment.page - 1];
        const boxes = page ? pageLineBoxes(doc, segment, page) : [];
        if (!page || boxes.length === 0) continue;
        highlight(a, page, boxes, NOTE_COLOUR, t('annotatedPdf.note'), contents);
        const line = boxes[0] as Box;
        if (!placed) stickyNote(a, page, line.x1, line.top, contents);
        placed = true;
      }
    }
    const first = pages[0];
    if (!placed && first) {
      const box = first.getCropBox();
      stickyNote(a, first, box.x + 10, box.y + box.height - 10 - ICON, contents);
    }
  }

  // A new /Annots array a page: the old entries first, so a page that shares its array with another keeps its own.
  for (const [page, refs] of a.added) {
    const annots = PDFArray.withContext(pdf.context);
    for (const old of page.node.Annots()?.asArray() ?? []) annots.push(old);
    for (const ref of refs) annots.push(ref);
    page.node.set(PDFName.of('Annots'), annots);
  }
  return pdf.save({ useObjectStreams: false });
}
