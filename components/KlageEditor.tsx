import { printOnly } from './print';
import { useState } from 'react';
import { localToday } from '../lib/dates/calendar';
import { draftToTextFile } from '../lib/export/text';
import { buildKlageDraft } from '../lib/klage/buildDraft';
import type { Report } from '../lib/schema/report';
import { KlageRequest, type ChecklistState, type KlageDraft, type Note } from '../lib/storage/records';
import { t, type MessageKey } from '../lib/i18n/t';
import { download, fileStem } from './download';

const REQUEST_LABEL = {
  aktindsigt: 'klageEditor.requests.aktindsigt',
  genvurdering: 'klageEditor.requests.genvurdering',
  'opsaettende-virkning': 'klageEditor.requests.opsaettendeVirkning',
  bisidder: 'klageEditor.requests.bisidder',
} as const satisfies Record<KlageRequest, MessageKey>;

interface Props {
  report: Report;
  letterText: string;
  checklist: ChecklistState | null;
  notes: Note[];
  draft: KlageDraft | null;
  onChange: (draft: Omit<KlageDraft, 'v' | 'letterId' | 'updated'>) => void;
  onClose: () => void;
}

/**
 * The klage draft: built from the ticked points and notes, editable, saved on every change, exported.
 * The editor speaks the user's language; the klage itself stays Danish (it goes to a Danish authority).
 */
export function KlageEditor({ report, letterText, checklist, notes, draft, onChange, onClose }: Props) {
  const requests = draft?.requests ?? [];
  const build = (chosen: KlageRequest[]) =>
    buildKlageDraft({ report, letterText, checklist, notes, requests: chosen, today: localToday() });
  const text = draft?.text ?? build(requests);
  const [copied, setCopied] = useState(false);
  // The klage is Danish, and so is its file's name and title, whatever language Brevtjek speaks.
  const stem = t('klageEditor.fileName', { subject: fileStem(report.letter.label) }, 'da');

  const toggle = (r: KlageRequest, on: boolean) => {
    const next = on ? [...requests, r] : requests.filter((x) => x !== r);
    onChange({ text, requests: next });
  };

  return (
    <section className="klage-editor" aria-labelledby="klage-title">
      <h2 id="klage-title">{t('klageEditor.title')}</h2>
      <p className="hint">{t('klageEditor.hint')}</p>
      <fieldset>
        <legend>{t('klageEditor.requestsLegend')}</legend>
        {KlageRequest.options.map((r) => (
          <label key={r} className="check">
            <input type="checkbox" checked={requests.includes(r)} onChange={(e) => toggle(r, e.target.checked)} />
            {t(REQUEST_LABEL[r])}
          </label>
        ))}
      </fieldset>
      <label htmlFor="klage-text">{t('klageEditor.textLabel')}</label>
      <textarea id="klage-text" className="klage-text" lang="da" rows={24} value={text} onChange={(e) => onChange({ text: e.target.value, requests })} />
      <div className="buttons">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            if (draft && !confirm(t('klageEditor.rebuildConfirm'))) return;
            onChange({ text: build(requests), requests });
          }}
        >
          {t('klageEditor.rebuild')}
        </button>
        <button
          type="button"
          onClick={() =>
            // The Word writer (docx) loads only when asked for: it is a third of the viewer's code.
            void import('../lib/export/docx')
              .then(({ draftToDocx }) => draftToDocx(text, t('klageEditor.docxTitle', {}, 'da')))
              .then((b) => download(b, `${stem}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
              .catch(() => alert(t('klageEditor.fileFailed')))
          }
        >
          {t('klageEditor.saveDocx')}
        </button>
        <button type="button" onClick={() => download(draftToTextFile(text), `${stem}.txt`, 'text/plain;charset=utf-8')}>
          {t('klageEditor.saveText')}
        </button>
        <button
          type="button"
          onClick={() => printOnly('printing-klage')}
        >
          {t('klageEditor.print')}
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
          {t('klageEditor.copy')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('klageEditor.back')}
        </button>
      </div>
      <p role="status" aria-live="polite">{copied ? t('klageEditor.copied') : ''}</p>
      <pre className="klage-print" lang="da" aria-hidden="true">{text}</pre>
    </section>
  );
}
