import { Fragment, type ReactNode } from 'react';
import type { Finding } from '../lib/schema/report';
import type { DocumentText } from '../lib/text/types';
import { textRuns, type Span, type TextPiece } from '../lib/viewer/textRuns';
import { KindIcon } from './KindIcon';

interface Props {
  doc: DocumentText;
  findings: Finding[];
  /** The notes' words, with each note's number. */
  notes: Array<Span & { n: number }>;
}

/** The letter's text for print: each highlight marked with its number, each note's words underlined with its number in the margin. */
export function PrintedText({ doc, findings, notes }: Props) {
  const runs = textRuns(
    doc.text.length,
    findings.map((f, index) => ({ start: f.start, end: f.end, index })),
    notes,
  );
  const piece = (p: TextPiece): ReactNode => {
    const text = doc.text.slice(p.start, p.end);
    if (p.notes.length === 0) return text;
    return (
      <span key={p.start} className="print-note-text">
        {p.badges.map((n) => (
          <span key={n} className="note-badge print-note">
            {n}
          </span>
        ))}
        {text}
      </span>
    );
  };
  return (
    <article className="print-text" lang="da">
      {runs.map((run) => {
        const f = run.finding === null ? undefined : findings[run.finding];
        if (run.finding === null || !f) return <Fragment key={`t${run.start}`}>{run.pieces.map(piece)}</Fragment>;
        return (
          <mark key={run.finding} className={`print-mark kind-${f.kind}`} data-finding={run.finding}>
            <span className={`print-label kind-${f.kind}`}>
              <KindIcon kind={f.kind} />
              {run.finding + 1}
            </span>
            {run.pieces.map(piece)}
          </mark>
        );
      })}
    </article>
  );
}
