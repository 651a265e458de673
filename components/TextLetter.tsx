import type { ReactNode } from 'react';
import type { Finding } from '../lib/schema/report';
import type { DocumentText } from '../lib/text/types';
import { KindIcon } from './KindIcon';

/** A letter given as text: the text with the findings marked. */
export function TextLetter({ doc, findings, selected, onSelect }: { doc: DocumentText; findings: Array<{ finding: Finding; index: number }>; selected: number | null; onSelect: (i: number) => void }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { finding, index } of [...findings].sort((a, b) => a.finding.start - b.finding.start)) {
    if (finding.start < at) continue;
    parts.push(doc.text.slice(at, finding.start));
    const text = doc.text.slice(finding.start, finding.end);
    parts.push(
      <mark
        key={index}
        id={`hl-${index}`}
        tabIndex={-1}
        className={`hl-text kind-${finding.kind}${selected === index ? ' selected' : ''}`}
        data-kind={finding.kind}
        data-finding={index}
        data-text={text}
        onClick={() => onSelect(index)}
      >
        <span className="hl-icon" aria-hidden="true">
          <KindIcon kind={finding.kind} />
        </span>
        {text}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(doc.text.slice(at));
  return (
    <article className="text-letter" aria-label="Brevets tekst">
      {parts}
    </article>
  );
}
