import { t } from '../lib/i18n/t';
import type { SaveStatus } from '../lib/storage/saveQueue';

/** Whether notes, checklist and klage are on disk, in words; a failure says what to do. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  if (status.state === 'failed')
    return (
      <p className="save-status failed" role="alert">
        {status.message}
      </p>
    );
  return (
    <p className="save-status" role="status" aria-live="polite">
      {status.state === 'saving' ? t('saveStatusLine.saving') : t('saveStatusLine.saved')}
    </p>
  );
}
