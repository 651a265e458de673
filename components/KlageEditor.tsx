import { printOnly } from './print';
import { useState } from 'react';
import { localToday } from '../lib/dates/calendar';
import { draftToDocx } from '../lib/export/docx';
import { draftToTextFile } from '../lib/export/text';
import { buildKlageDraft } from '../lib/klage/buildDraft';
import type { Report } from '../lib/schema/report';
import { KlageRequest, type ChecklistState, type KlageDraft, type Note } from '../lib/storage/records';
import { download, fileStem } from './download';

const REQUEST_LABEL: Record<KlageRequest, string> = {
  aktindsigt: 'Jeg vil se alle papirer i min sag (aktindsigt)',
  genvurdering: 'I skal se på sagen igen (genvurdering)',
  'opsaettende-virkning': 'Afgørelsen skal vente, til der er svar på klagen. Det hedder opsættende virkning.',
  bisidder: 'Jeg vil have en bisidder med til møder',
};

interface Props {
  report: Report;
  letterText: string;
  checklist: ChecklistState | null;
  notes: Note[];
  draft: KlageDraft | null;
  onChange: (draft: Omit<KlageDraft, 'v' | 'letterId' | 'updated'>) => void;
  onClose: () => void;
}

/** The klage draft: built from the ticked points and notes, editable, saved on every change, exported. */
export function KlageEditor({ report, letterText, checklist, notes, draft, onChange, onClose }: Props) {
  const requests = draft?.requests ?? [];
  const build = (chosen: KlageRequest[]) =>
    buildKlageDraft({ report, letterText, checklist, notes, requests: chosen, today: localToday() });
  const text = draft?.text ?? build(requests);
  const [copied, setCopied] = useState(false);
  const stem = `klage-${fileStem(report.letter.label)}`;

  const toggle = (r: KlageRequest, on: boolean) => {
    const next = on ? [...requests, r] : requests.filter((x) => x !== r);
    onChange({ text, requests: next });
  };

  return (
    <section className="klage-editor" aria-labelledby="klage-title">
      <h2 id="klage-title">Din klage</h2>
      <p className="hint">Klagen er lavet ud fra de punkter, du har sat kryds ved, og dine noter. Ret den, som du vil. Den bliver gemt, mens du skriver.</p>
      <fieldset>
        <legend>Bed også om</legend>
        {KlageRequest.options.map((r) => (
          <label key={r} className="check">
            <input type="checkbox" checked={requests.includes(r)} onChange={(e) => toggle(r, e.target.checked)} />
            {REQUEST_LABEL[r]}
          </label>
        ))}
      </fieldset>
      <label htmlFor="klage-text">Klagen</label>
      <textarea id="klage-text" className="klage-text" rows={24} value={text} onChange={(e) => onChange({ text: e.target.value, requests })} />
      <div className="buttons">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            if (draft && !confirm('Lav klagen forfra ud fra tjeklisten og noterne? Det, du selv har skrevet i klagen, bliver erstattet.')) return;
            onChange({ text: build(requests), requests });
          }}
        >
          Lav klagen forfra
        </button>
        <button type="button" onClick={() => void draftToDocx(text, 'Klage').then((b) => download(b, `${stem}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))}>
          Gem som Word (.docx)
        </button>
        <button type="button" onClick={() => download(draftToTextFile(text), `${stem}.txt`, 'text/plain;charset=utf-8')}>
          Gem som tekst (.txt)
        </button>
        <button
          type="button"
          onClick={() => printOnly('printing-klage')}
        >
          Udskriv eller gem som PDF
        </button>
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(() => {
              setCopied(true);
              setTimeout(() => setCopied(false), 3000);
            })
          }
        >
          Kopiér
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Tilbage til brevet
        </button>
      </div>
      <p role="status" aria-live="polite">{copied ? 'Klagen er kopieret. Sæt den ind i en besked til afsenderen.' : ''}</p>
      <pre className="klage-print" aria-hidden="true">{text}</pre>
    </section>
  );
}
