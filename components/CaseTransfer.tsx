import { useState } from 'react';
import { database } from '../lib/storage/db';
import { applyImport, CaseFileError, exportCase, planImport, readCaseFile, type CaseFile, type ConflictChoice, type ImportConflict, type ImportPlan } from '../lib/storage/transfer';
import { download, fileStem } from './download';

const KIND_WORD: Record<ImportConflict['kind'], string> = { letter: 'Brevet', note: 'En note', checklist: 'Tjeklisten', draft: 'Klagen', sag: 'Sagen' };

const describe = (c: ImportConflict) => `${KIND_WORD[c.kind]}${'letter' in c && c.letter ? ` til "${c.letter.subject ?? c.letter.name}"` : c.kind === 'sag' ? ` "${c.theirs.name}"` : ''} er ikke ens på de to computere.`;

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
      setProblem(e instanceof CaseFileError ? e.message : 'Brevtjek kunne ikke lave filen. Prøv igen.');
    }
  };
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Gem {letterIds.length === 1 ? 'brevet' : 'brevene'} som fil (til en anden computer)
      </button>
    );
  return (
    <div className="transfer">
      <p className="hint">Filen har brevene, dine noter, tjeklisten og klagen. Der står noget om dit helbred i den, så lås den gerne med en adgangskode.</p>
      <label htmlFor={id}>Adgangskode (kan udelades)</label>
      <input id={id} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      <div className="buttons">
        <button type="button" onClick={() => void save()}>
          Gem filen
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Fortryd
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
      setMessage(e instanceof CaseFileError ? e.message : 'Brevtjek kunne ikke læse filen.');
    }
  };

  const apply = async () => {
    if (!file) return;
    try {
      const r = await applyImport(database(), file, { byConflict: choices });
      setMessage(`Hentet: ${r.added} nye, ${r.updated} opdateret, ${r.kept} beholdt som de var.`);
      setPlan(null);
      setFile(null);
      onDone();
    } catch (e) {
      setMessage(e instanceof CaseFileError ? e.message : 'Brevtjek kunne ikke hente filen. Intet er ændret.');
    }
  };

  return (
    <div className="transfer">
      <label htmlFor="import-file">Hent breve fra en fil (fra en anden computer)</label>
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
          <label htmlFor="import-pass">Filens adgangskode</label>
          <input id="import-pass" type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          <button type="submit">Åbn filen</button>
        </form>
      )}
      {message && <p role={plan ? 'status' : 'alert'}>{message}</p>}
      {plan && (
        <div className="import-plan" role="region" aria-label="Det vil ske">
          <p>
            {plan.newLetters.length} nye breve, {plan.presentLetters.length} findes allerede her. {plan.adds.notes} noter at hente.
          </p>
          {plan.conflicts.length > 0 && (
            <ul>
              {plan.conflicts.map((c) => (
                <li key={c.key}>
                  <p>{describe(c)}</p>
                  <label htmlFor={`choice-${c.key}`}>Hvad skal Brevtjek gøre?</label>
                  <select id={`choice-${c.key}`} value={choices[c.key] ?? 'keep-mine'} onChange={(e) => setChoices({ ...choices, [c.key]: e.target.value as ConflictChoice })}>
                    <option value="keep-mine">Behold den på denne computer</option>
                    <option value="take-theirs">Brug den fra filen</option>
                    {c.kind === 'note' && <option value="keep-both">Behold begge</option>}
                  </select>
                </li>
              ))}
            </ul>
          )}
          <div className="buttons">
            <button type="button" onClick={() => void apply()}>
              Hent
            </button>
            <button type="button" className="secondary" onClick={() => setPlan(null)}>
              Fortryd
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
