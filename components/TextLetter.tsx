import { Fragment, type ReactNode } from 'react';
import type { Finding } from '../lib/schema/report';
import type { DocumentText } from '../lib/text/types';
import { textRuns, type Span, type TextPiece } from '../lib/viewer/textRuns';
import { currentLanguage, LOCALE } from '../lib/i18n/language';
import { t } from '../lib/i18n/t';
import { KindIcon } from './KindIcon';
import { LetterTerms } from './GlossaryText';
import { highlightName } from './kinds';

/** A note's words in the letter, with the note's number in the list. */
export type NoteMark = Span & { n: number };

interface Props {
  doc: DocumentText;
  findings: Array<{ finding: Finding; index: number }>;
  selected: number | null;
  onSelect: (i: number) => void;
  noteMarks?: NoteMark[];
  /** A note's badge was clicked: its number. */
  onNote?: (n: number) => void;
}

/** A letter given as text: the text with the findings marked, and the notes' words underlined with their number in the margin. */
export function TextLetter({ doc, findings, selected, onSelect, noteMarks = [], onNote }: Props) {
  const runs = textRuns(
    doc.text.length,
    findings.map(({ finding, index }) => ({ start: finding.start, end: finding.end, index })),
    noteMarks,
  );
  // The letter's text stays Danish (lang="da"), so a screen reader reads it so; the names Brevtjek gives
  // (the article, a highlight, a note's badge) are in Brevtjek's language.
  const ui = LOCALE[currentLanguage()];
  // The badge's number comes from CSS (data-n), so the letter's text nodes stay the letter's text.
  const piece = (p: TextPiece): ReactNode => {
    const text = <LetterTerms key={p.start} text={doc.text} start={p.start} end={p.end} />;
    if (p.notes.length === 0) return text;
    return (
      <span key={p.start} className="note-words" data-notes={p.notes.join(' ')}>
        {p.badges.map((n) => (
          // Not a button: it may stand inside a highlight, which is one (no control inside a control).
          // The pointer chooses the note here; the keyboard has the same in the notes panel.
          <span
            key={n}
            role="img"
            className="note-badge note-margin"
            data-n={n}
            lang={ui}
            aria-label={t('textLetter.note', { n })}
            onClick={(e) => {
              e.stopPropagation();
              onNote?.(n);
            }}
          />
        ))}
        {text}
      </span>
    );
  };
  const findingAt = new Map(findings.map(({ finding, index }) => [index, finding]));
  return (
    <>
    <article className={`text-letter${noteMarks.length ? ' with-notes' : ''}`} aria-label={t('textLetter.label')}>
      <div lang="da">
      {runs.map((run) => {
        const finding = run.finding === null ? undefined : findingAt.get(run.finding);
        if (run.finding === null || !finding) return <Fragment key={`t${run.start}`}>{run.pieces.map(piece)}</Fragment>;
        const index = run.finding;
        return (
          <mark
            key={index}
            id={`hl-${index}`}
            tabIndex={selected === index ? 0 : -1}
            role="button"
            lang={ui}
            aria-label={highlightName(finding)}
            aria-describedby={`hl-why-${index}`}
            className={`hl-text kind-${finding.kind}${selected === index ? ' selected' : ''}`}
            data-kind={finding.kind}
            data-finding={index}
            data-text={doc.text.slice(finding.start, finding.end)}
            onClick={() => onSelect(index)}
          >
            <span className="hl-icon" aria-hidden="true">
              <KindIcon kind={finding.kind} />
            </span>
            {run.pieces.map(piece)}
          </mark>
        );
      })}
      </div>
    </article>
    {/* Why each highlight matters, as its description; outside the article, so the letter's text stays the letter's. */}
    <div hidden>
      {findings.map(({ finding, index }) => (
        <span key={index} id={`hl-why-${index}`}>
          {finding.explanation.why}
        </span>
      ))}
    </div>
    </>
  );
}
