import type { Finding, Segment } from '../lib/schema/report';
import { segmentsOf } from '../lib/text/segments';
import type { DocumentText } from '../lib/text/types';
import { lineBoxes } from '../lib/viewer/lineBoxes';
import type { PageImage } from '../lib/viewer/pageImages';
import { boxOnImage, marginColumns, type ImageBox } from '../lib/viewer/printLayout';
import type { Span } from '../lib/viewer/textRuns';
import { t } from '../lib/i18n/t';
import { KindIcon } from './KindIcon';

interface Props {
  image: PageImage;
  pageCount: number;
  name: string;
  doc: DocumentText;
  findings: Finding[];
  /** The notes' words, with each note's number. */
  notes: Array<Span & { n: number }>;
}

/** Labels on the same line (tops closer than this, in % of the page) stand side by side. */
const LINE = 1.6;

const at = (b: ImageBox) => ({ left: `${b.left}%`, top: `${b.top}%`, width: `${b.width}%`, height: `${b.height}%` });

/** One page of the letter for print: its image, the highlights over their words, their numbers and the notes' numbers in the margins. */
export function PrintedPage({ image, pageCount, name, doc, findings, notes }: Props) {
  const page = image.number;
  const boxesOn = (segments: Segment[]) =>
    segments.filter((s) => s.page === page).flatMap((s) => lineBoxes(doc, s).map((b) => boxOnImage(b, image.frame)));
  const marks = findings.flatMap((f, i) => {
    const boxes = boxesOn(f.segments);
    return boxes.length ? [{ n: i + 1, kind: f.kind, boxes }] : [];
  });
  const noted = notes.flatMap((note) => {
    const boxes = boxesOn(segmentsOf(doc, note.start, note.end));
    return boxes.length ? [{ n: note.n, boxes }] : [];
  });
  const labelCols = marginColumns(marks.map((m) => m.boxes[0]!.top), LINE);
  const badgeCols = marginColumns(noted.map((m) => m.boxes[0]!.top), LINE);
  return (
    <figure className="print-page" data-print-page={page}>
      <figcaption>
        {t('printedPage.caption', { page, pages: pageCount, name })}
      </figcaption>
      <div className="print-sheet">
        <img src={image.url} alt={t('printedPage.alt', { page })} />
        {marks.flatMap((m) =>
          m.boxes.map((b, k) => <span key={`${m.n}-${k}`} className={`print-hl kind-${m.kind}`} data-finding={m.n - 1} style={at(b)} />),
        )}
        {noted.flatMap((m) => m.boxes.map((b, k) => <span key={`n${m.n}-${k}`} className="print-note-words" style={at(b)} />))}
        {marks.map((m, i) => (
          <span key={`l${m.n}`} className={`print-label kind-${m.kind}`} style={{ top: `${m.boxes[0]!.top}%`, ['--col' as string]: labelCols[i] }}>
            <KindIcon kind={m.kind} />
            {m.n}
          </span>
        ))}
        {noted.map((m, i) => (
          <span key={`b${m.n}`} className="note-badge print-note" style={{ top: `${m.boxes[0]!.top}%`, ['--col' as string]: badgeCols[i] }}>
            {m.n}
          </span>
        ))}
      </div>
    </figure>
  );
}
