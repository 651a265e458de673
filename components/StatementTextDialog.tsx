import { useEffect, useRef, useState } from 'react';
import { t } from '../lib/i18n/t';
import { ocrAvailable, recogniseScan, type OcrProgress } from '../lib/citat/ocrStep';
import type { ScannedStatement } from '../lib/citat/readStatement';
import { A11yDialog } from './A11yDialog';
import { ScanImages } from './ScanImages';

interface Props {
  /** A scan to read (its images beside the field), or null to correct a statement's text. */
  scan: ScannedStatement | null;
  /** The text so far (a statement being corrected). */
  initial: string;
  /** The text was recognised from images (OCR): it stays so marked when corrected. */
  initialOcr: boolean;
  onCheck: (text: string, ocr: boolean) => void;
  onClose: () => void;
}

/**
 * The statement's text in a field the user can correct, beside its images when it is a scan. A scan
 * is read by OCR where this Brevtjek can (progress per page, a button to stop); else the user
 * types or pastes the text. "Tjek citaterne" runs the check again on the text as it stands.
 */
export function StatementTextDialog({ scan, initial, initialOcr, onCheck, onClose }: Props) {
  const [text, setText] = useState(initial);
  const [ocr, setOcr] = useState(initialOcr);
  const [progress, setProgress] = useState<OcrProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Closed through the dialog itself, so focus goes back where it came from (A11yDialog).
  const [open, setOpen] = useState(true);
  // "Læs billedet igen" after Stop or a failure starts the reading anew.
  const [attempt, setAttempt] = useState(0);
  const [stopped, setStopped] = useState(false);
  const run = useRef<AbortController | null>(null);
  const canRead = scan !== null && ocrAvailable();

  useEffect(() => {
    if (!scan || !ocrAvailable()) return;
    setProblem(null);
    setStopped(false);
    const controller = new AbortController();
    run.current = controller;
    setProgress({ stage: 'loading', page: 1, pages: scan.pages, progress: 0 });
    // A progress report that comes after the end (or after Stop) must not show the reading again.
    let finished = false;
    const onProgress = (p: OcrProgress) => {
      if (!finished && !controller.signal.aborted) setProgress(p);
    };
    recogniseScan(scan, onProgress, controller.signal)
      .then((read) => {
        setText(read);
        setOcr(read !== '');
        if (read === '') setProblem(t('citat.scan.noWords'));
      })
      .catch((e: unknown) => {
        setProblem(t((e as Error).name === 'AbortError' ? 'citat.scan.stopped' : 'citat.scan.ocrFailed'));
        setStopped(true);
      })
      .finally(() => {
        finished = true;
        if (run.current === controller) run.current = null;
        setProgress(null);
      });
    return () => controller.abort();
  }, [scan, attempt]);

  const title = t(scan ? 'citat.scan.title' : 'citat.edit.title');
  return (
    <A11yDialog id="citat-text-dialog" title={title} open={open} onClose={onClose}>
      <div className={scan ? 'statement-text with-images' : 'statement-text'}>
        {scan && <ScanImages scan={scan} />}
        <div className="statement-text-field">
          {scan && <p className={canRead ? 'hint' : 'warning'}>{t(canRead ? 'citat.scan.ocrLead' : 'citat.scan.noOcr')}</p>}
          {progress && (
            <div className="ocr-progress" role="status">
              <label htmlFor="citat-ocr-progress">{progress.stage === 'loading' ? t('citat.scan.loading') : t('citat.scan.reading', { page: progress.page, pages: progress.pages })}</label>
              <progress id="citat-ocr-progress" max={1} value={progress.progress} />
              <button type="button" className="secondary" onClick={() => run.current?.abort()}>
                {t('citat.scan.stop')}
              </button>
            </div>
          )}
          {problem && <p role="alert">{problem}</p>}
          {stopped && !progress && (
            <button type="button" className="secondary" onClick={() => setAttempt((n) => n + 1)}>
              {t('citat.scan.again')}
            </button>
          )}
          {ocr && !progress && <p className="hint">{t('citat.scan.ocrNote')}</p>}
          <label htmlFor="citat-statement-text">{t('citat.edit.label')}</label>
          <textarea id="citat-statement-text" lang="da" rows={14} value={text} onChange={(e) => setText(e.target.value)} readOnly={progress !== null} />
          <div className="buttons">
            <button
              type="button"
              disabled={text.trim() === '' || progress !== null}
              onClick={() => {
                onCheck(text, ocr);
                setOpen(false);
              }}
            >
              {t('citat.edit.check')}
            </button>
          </div>
        </div>
      </div>
    </A11yDialog>
  );
}
