import type { Finding, FindingKind, Report } from '../lib/schema/report';
import { KindIcon } from './KindIcon';
import { KIND_ORDER, KIND_STYLE } from './kinds';
import { canSpeak, speak } from './speak';

interface Props {
  report: Report;
  hidden: Set<FindingKind>;
  onToggle: (kind: FindingKind) => void;
  selected: number | null;
  onSelect: (index: number) => void;
  /** Write a note on this highlight's words (also by keyboard, where selecting text is hard). */
  onNote?: (index: number) => void;
}

function Explanation({ f, onNote }: { f: Finding; onNote?: () => void }) {
  const e = f.explanation;
  return (
    <div className="explanation">
      <p>{e.why}</p>
      <p>
        <strong>Det kan du gøre:</strong> {e.todo}
      </p>
      <p className="source">
        Kilde: {e.source.label}
        {e.url && (
          <>
            {' · '}
            <a href={e.url} target="_blank" rel="noreferrer noopener">
              Læs loven på retsinformation.dk
            </a>
          </>
        )}
      </p>
      <div className="buttons">
        {canSpeak() && (
          <button type="button" className="link-button" onClick={() => speak(`${e.what} ${e.why} ${e.todo}`)}>
            Læs op
          </button>
        )}
        {onNote && (
          <button type="button" className="link-button" onClick={onNote}>
            Skriv en note om dette
          </button>
        )}
      </div>
    </div>
  );
}

const short = (t: string) => {
  const one = t.replace(/\s+/g, ' ');
  return one.length > 110 ? `${one.slice(0, 107).trimEnd()} …` : one;
};

/** The findings by kind, with their explanation and source; a click or Enter jumps to the highlight. */
export function FindingsPanel({ report, hidden, onToggle, selected, onSelect, onNote }: Props) {
  const byKind = (k: FindingKind) => report.findings.map((f, i) => [f, i] as const).filter(([f]) => f.kind === k);
  return (
    <section className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">Det vigtige i brevet</h2>
      <div className="filters" role="group" aria-label="Vis eller skjul">
        {KIND_ORDER.filter((k) => byKind(k).length > 0).map((k) => (
          <button
            key={k}
            type="button"
            className={`filter kind-${k}`}
            aria-pressed={!hidden.has(k)}
            onClick={() => onToggle(k)}
          >
            <KindIcon kind={k} /> {KIND_STYLE[k].plural} ({byKind(k).length})
          </button>
        ))}
      </div>
      {KIND_ORDER.filter((k) => !hidden.has(k) && byKind(k).length > 0).map((k) => (
        <section key={k} className={`kind-group kind-${k}`} aria-labelledby={`group-${k}`}>
          <h3 id={`group-${k}`}>
            <KindIcon kind={k} /> {KIND_STYLE[k].plural}
          </h3>
          <ol>
            {byKind(k).map(([f, i]) => (
              <li key={i} className={selected === i ? 'selected' : ''}>
                <button type="button" className="finding" data-finding={i} aria-expanded={selected === i} onClick={() => onSelect(i)}>
                  <span className="finding-text">
                    <span className="finding-quote">{short(f.text)}</span>
                    <span className="finding-what">{f.explanation.what}</span>
                  </span>
                  <span className="finding-page">side {f.page}</span>
                </button>
                {selected === i && <Explanation f={f} onNote={onNote ? () => onNote(i) : undefined} />}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {report.findings.length === 0 && <p>Brevtjek fandt ingen lovhenvisninger, frister, lægecitater eller sanktioner i brevet.</p>}
    </section>
  );
}
