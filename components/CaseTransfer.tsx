import { useState } from 'react';
import { database } from '../lib/storage/db';
import { applyImport, CaseFileError, exportCase, planImport, readCaseFile, type CaseFile, type ConflictChoice, type ImportConflict, type ImportPlan } from '../lib/storage/transfer';
import { t } from '../lib/i18n/t';
import { download, fileStem } from './download';

/** "Brevet til "…" er ikke ens her og på den anden computer.": what differs, named by its letter's subject or the Sag's name. */
function describe(c: ImportConflict): string {
  const name = 'letter' in c ? (c.letter ? (c.letter.subject ?? c.letter.name) : null) : c.theirs.name;
  return name === null ? t(`caseTransfer.conflictUnnamed.${c.kind}`) : t(`caseTransfer.conflict.${c.kind}`, { name });
}

/** Saves the given letters (with notes, checklist, klage, Sag) as one file, locked with a passphrase if the user wants. */
export function ExportCase({ letterIds, name }: { letterIds: string[]; name: string }) {
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = `pass-${fileStem(name)}`;
  const save = async () => {
    try {
      const bytes = await exportCase(database(), letterIds, passphrase ? { passphrase } : {});
      download(bytes, `brevtjek-${fileStem(name)}.brevtjek`, 'application/octet-stream');
      setOpen(false);
      setPassphrase('');
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof CaseFileError ? e.message : t('caseTransfer.exportFailed'));
    }
  };
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('caseTransfer.exportButton', { count: letterIds.length })}
      </button>
    );
  return (
    <div className="transfer">
      <p className="hint">{t('caseTransfer.exportHint')}</p>
      <label htmlFor={id}>{t('caseTransfer.passphrase')}</label>
      <input id={id} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      <div className="buttons">
        <button type="button" onClick={() => void save()}>
          {t('caseTransfer.saveFile')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('caseTransfer.cancel')}
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}

/** Reads a file from another computer: checks it first, shows what it would add and where the two differ, then imports. */
export function ImportCase({ onDone }: { onDone: () => void }) {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [needsPass, setNeedsPass] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<CaseFile | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [message, setMessage] = useState<string | null>(null);

  const read = async (b: Uint8Array, pass?: string) => {
    setMessage(null);
    try {
      const f = await readCaseFile(b, pass);
      setFile(f);
      setPlan(await planImport(database(), f));
      setNeedsPass(false);
    } catch (e) {
      if (e instanceof CaseFileError && (e.code === 'needs-passphrase' || e.code === 'wrong-passphrase')) setNeedsPass(true);
      setMessage(e instanceof CaseFileError ? e.message : t('caseTransfer.readFailed'));
    }
  };

  const apply = async () => {
    if (!file) return;
    try {
      const r = await applyImport(database(), file, { byConflict: choices });
      setMessage(t('caseTransfer.imported', { added: r.added, updated: r.updated, kept: r.kept }));
      setPlan(null);
      setFile(null);
      onDone();
    } catch (e) {
      setMessage(e instanceof CaseFileError ? e.message : t('caseTransfer.importFailed'));
    }
  };

  return (
    <div className="transfer">
      <label htmlFor="import-file">{t('caseTransfer.importLabel')}</label>
      <input
        id="import-file"
        type="file"
        accept=".brevtjek,application/octet-stream,application/json"
        onChange={(e) => {
          const f = e.target.files?.[0];
          setPlan(null);
          if (f) void f.arrayBuffer().then((b) => { const u = new Uint8Array(b); setBytes(u); void read(u); });
        }}
      />
      {needsPass && bytes && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void read(bytes, passphrase);
          }}
        >
          <label htmlFor="import-pass">{t('caseTransfer.filePassphrase')}</label>
          <input id="import-pass" type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          <button type="submit">{t('caseTransfer.openFile')}</button>
        </form>
      )}
      {message && <p role={plan ? 'status' : 'alert'}>{message}</p>}
      {plan && (
        <div className="import-plan" role="region" aria-label={t('caseTransfer.planRegion')}>
          <p>{t('caseTransfer.plan', { newLetters: plan.newLetters.length, present: plan.presentLetters.length, notes: plan.adds.notes })}</p>
          {plan.conflicts.length > 0 && (
            <ul>
              {plan.conflicts.map((c) => (
                <li key={c.key}>
                  <p>{describe(c)}</p>
                  <label htmlFor={`choice-${c.key}`}>{t('caseTransfer.choose')}</label>
                  <select id={`choice-${c.key}`} value={choices[c.key] ?? 'keep-mine'} onChange={(e) => setChoices({ ...choices, [c.key]: e.target.value as ConflictChoice })}>
                    <option value="keep-mine">{t('caseTransfer.keepMine')}</option>
                    <option value="take-theirs">{t('caseTransfer.takeTheirs')}</option>
                    {c.kind === 'note' && <option value="keep-both">{t('caseTransfer.keepBoth')}</option>}
                  </select>
                </li>
              ))}
            </ul>
          )}
          <div className="buttons">
            <button type="button" onClick={() => void apply()}>
              {t('caseTransfer.import')}
            </button>
            <button type="button" className="secondary" onClick={() => setPlan(null)}>
              {t('caseTransfer.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
