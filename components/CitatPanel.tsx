import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { checkStatement, type StatementInput } from '../lib/citat/checkStatement';
import { readPastedStatement, readStatement, statementFromText, StatementError, type ScannedStatement } from '../lib/citat/readStatement';
import { t } from '../lib/i18n/t';
import type { Report } from '../lib/schema/report';
import type { SavedLetter } from '../lib/storage/records';
import { browserPdfJs } from '../lib/viewer/pdfjsBrowser';
import { CitatResult } from './CitatResult';
import { SaveStatusLine } from './SaveStatusLine';
import { StatementPicker } from './StatementPicker';
import { StatementTextDialog } from './StatementTextDialog';
import { useStatements, type StatementRecord } from './useStatements';

interface Props {
  report: Report;
  /** The decision's text, as the report's offsets count it. */
  decisionText: string;
  letterId: string | null;
  keep: boolean;
  /** The highlight chosen in the letter. */
  selected: number | null;
  /** Goes to a quote's highlight in the letter. */
  onJump: (finding: number) => void;
  /** The statement checked now, or none: its flags become checklist points (App analyses the letter again). */
  onStatement?: (statement: StatementInput | null) => void;
}

/** The text field open: a scan to read, or a statement's text to correct. */
type Editing = { scan: ScannedStatement; name: string; pages: number } | { statement: StatementRecord };

/**
 * Citat-tjek beside the letter: the user gives the medical statement the decision quotes (a file,
 * dropped here, pasted, or a letter in Mine breve) and sees each quote in its context in the
 * statement, with what is changed or left out, and what the statement says that the letter does
 * not. The statement's text is saved with the letter (useStatements).
 */
export function CitatPanel({ report, decisionText, letterId, keep, selected, onJump, onStatement }: Props) {
  const { statements, save, remove, status } = useStatements(letterId, keep);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [imagePages, setImagePages] = useState<Map<string, number[]>>(new Map());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [dragging, setDragging] = useState(false);
  const focusResult = useRef(false);
  const quotes = report.findings.filter((f) => f.kind === 'medical_quote').length;

  const active = statements.find((s) => s.id === activeId) ?? statements.at(-1) ?? null;
  const showPicker = picking || !active;

  const result = useMemo(() => {
    if (!active) return null;
    try {
      const input = statementFromText(active.text, active.name, active.ocr);
      const check = checkStatement(report, decisionText, input);
      return { check: { ...check, statement: { ...check.statement, pages: Math.max(check.statement.pages, active.pages) } }, text: input.doc.text };
    } catch {
      return null;
    }
  }, [active, report, decisionText]);

  // The checked statement goes to the checklist and the klage; App ignores the same statement again.
  useEffect(() => {
    onStatement?.(active ? statementFromText(active.text, active.name, active.ocr) : null);
  }, [active, onStatement]);

  // After a check, focus goes to its heading, so the result is what is read next.
  useEffect(() => {
    if (!focusResult.current || !result || editing) return;
    focusResult.current = false;
    requestAnimationFrame(() => document.getElementById('citat-result-title')?.focus());
  }, [result, editing]);

  /** Keeps a statement's text with the letter and checks it; the same text again is not kept twice. */
  const add = (name: string, text: string, ocr: boolean, pages: number, withoutText: number[] = []) => {
    const same = statements.find((s) => s.text === text);
    const now = new Date().toISOString();
    const record: StatementRecord = same ?? { v: 1, id: crypto.randomUUID(), name, text, ocr, pages, added: now, updated: now };
    if (!same) save(record);
    setImagePages((m) => new Map(m).set(record.id, withoutText));
    setActiveId(record.id);
    setPicking(false);
    setProblem(null);
    focusResult.current = true;
  };

  const readFile = async (name: string, bytes: Uint8Array) => {
    setProblem(null);
    setReading(name);
    try {
      const read = await readStatement({ name, bytes }, browserPdfJs);
      if (read.kind === 'scan') setEditing({ scan: read, name: read.file, pages: read.pages });
      else add(name, read.text, false, read.pages, read.pagesWithoutText);
    } catch (e) {
      setProblem(e instanceof StatementError ? e.message : t('citat.errors.damaged'));
    } finally {
      setReading(null);
    }
  };

  const readPasted = (text: string) => {
    try {
      const read = readPastedStatement(text, t('citat.picker.pastedName'));
      add(read.statement.file, read.text, false, read.pages);
    } catch (e) {
      setProblem(e instanceof StatementError ? e.message : t('citat.errors.empty'));
    }
  };

  const readSaved = (letter: SavedLetter) => void readFile(letter.name, letter.bytes);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) void f.arrayBuffer().then((b) => readFile(f.name, new Uint8Array(b)));
  };

  const withoutText = active ? (imagePages.get(active.id) ?? []) : [];
  return (
    // The page's own drop zone (App) leaves a file dropped here to this panel: data-own-drop.
    <section className={`citat${dragging ? ' dragging' : ''}`} aria-labelledby="citat-title" data-own-drop="" onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      <h2 id="citat-title" tabIndex={-1}>
        {t('citat.title')}
      </h2>
      {showPicker && (
        <>
          <p>{quotes > 0 ? t('citat.lead', { count: quotes }) : t('citat.leadNoQuotes')}</p>
          <StatementPicker letterId={letterId} onFile={(f) => void f.arrayBuffer().then((b) => readFile(f.name, new Uint8Array(b)))} onText={readPasted} onSaved={readSaved} />
          {active && (
            <button type="button" className="secondary" onClick={() => setPicking(false)}>
              {t('citat.actions.back')}
            </button>
          )}
        </>
      )}
      {reading && (
        <p className="progress" role="status">
          {t('citat.picker.reading', { name: reading })}
        </p>
      )}
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      {dragging && (
        <p className="citat-drop" aria-hidden="true">
          {t('citat.picker.dropHere')}
        </p>
      )}
      {active && !showPicker && (
        <>
          {statements.length > 1 && (
            <div className="citat-statements" role="group" aria-label={t('citat.actions.statements')}>
              {statements.map((s) => (
                <button key={s.id} type="button" className="secondary" aria-pressed={s.id === active.id} onClick={() => setActiveId(s.id)}>
                  {s.name}
                </button>
              ))}
            </div>
          )}
          {withoutText.length > 0 && <p className="warning">{t('citat.result.imagePages', { pages: withoutText.join(', ') })}</p>}
          {result ? (
            <CitatResult check={result.check} statementText={result.text} name={active.name} findings={report.findings} selected={selected} onJump={onJump} />
          ) : (
            <p role="alert">{t('citat.result.failed')}</p>
          )}
          <div className="buttons citat-actions">
            <button type="button" className="secondary" onClick={() => setEditing({ statement: active })}>
              {t('citat.actions.edit')}
            </button>
            <button type="button" className="secondary" onClick={() => setPicking(true)}>
              {t('citat.actions.another')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                if (!confirm(t('citat.actions.confirmRemove', { name: active.name }))) return;
                remove(active.id);
                setActiveId(null);
                requestAnimationFrame(() => document.getElementById('citat-title')?.focus());
              }}
            >
              {t('citat.actions.remove')}
            </button>
          </div>
          {keep && letterId && <SaveStatusLine status={status} />}
        </>
      )}
      {editing && (
        <StatementTextDialog
          scan={'scan' in editing ? editing.scan : null}
          initial={'statement' in editing ? editing.statement.text : ''}
          initialOcr={'statement' in editing ? editing.statement.ocr : false}
          onCheck={(text, ocr) => {
            if ('statement' in editing) {
              save({ ...editing.statement, text, ocr });
              setActiveId(editing.statement.id);
              focusResult.current = true;
            } else add(editing.name, text, ocr, editing.pages);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
