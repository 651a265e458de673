import type { Finding } from '../lib/schema/report';
import type { Note } from '../lib/storage/records';
import type { DocumentText } from '../lib/text/types';
import type { PageImage } from '../lib/viewer/pageImages';
import type { Span } from '../lib/viewer/textRuns';
import { t } from '../lib/i18n/t';
import { PrintedPage } from './PrintedPage';
import { PrintedText } from './PrintedText';
import { PrintList } from './PrintList';

interface Props {
  name: string;
  doc: DocumentText;
  findings: Finding[];
  notes: Note[];
  /** The notes' words in this copy of the letter, with each note's number. */
  noteSpans: Array<Span & { n: number }>;
  notePages: Map<string, number>;
  lost: Set<string>;
  /** A PDF letter's pages as images; null prints the letter's text. */
  pages: PageImage[] | null;
  isPdf: boolean;
}

/** The letter as it prints (hidden on screen): one letter page a sheet with highlights and notes, then what they are. */
export function LetterPrint({ name, doc, findings, notes, noteSpans, notePages, lost, pages, isPdf }: Props) {
  return (
    <section className="letter-print" aria-label={t('letterPrint.label')}>
      {pages ? (
        pages.map((image) => (
          <PrintedPage key={image.number} image={image} pageCount={pages.length} name={name} doc={doc} findings={findings} notes={noteSpans} />
        ))
      ) : (
        <>
          <p className="print-name">{name}</p>
          {isPdf && <p className="print-hint">{t('letterPrint.hint', { button: t('letterView.printLetter') })}</p>}
          <PrintedText doc={doc} findings={findings} notes={noteSpans} />
        </>
      )}
      <PrintList findings={findings} notes={notes} notePages={notePages} lost={lost} withPages={isPdf} />
    </section>
  );
}
