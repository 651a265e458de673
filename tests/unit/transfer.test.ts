import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_VERSION, CaseFile, CaseFileError, LIMITS, MAX_FILE_BYTES, PBKDF2_ITERATIONS, readCaseFile, type CaseFileErrorCode } from '../../lib/storage/caseFile';
import { BrevtjekDb } from '../../lib/storage/db';
import { letterIdOf, putChecklist, putDraft, putNote, putSag, saveLetter } from '../../lib/storage/letterStore';
import type { ChecklistState, KlageDraft, Note, Sag, SavedLetter } from '../../lib/storage/records';
import { applyImport, exportCase, planImport } from '../../lib/storage/transfer';

const now = '2026-12-02T10:00:00.000Z';
const later = '2026-12-03T09:30:00.000Z';
const enc = new TextEncoder();
const dec = new TextDecoder();

async function letter(text: string, sagId: string | null = null): Promise<SavedLetter> {
  const bytes = enc.encode(text);
  return {
    v: 2,
    id: await letterIdOf(bytes),
    name: `${text.slice(0, 8)}.txt`,
    format: 'text',
    bytes,
    received: '2026-11-30',
    sagId,
    summary: { senderName: 'Jobcenter Vejle', label: 'Afgørelse', subject: 'Afgørelse om fradrag', date: '2026-11-28', klagefrist: '2026-12-28' },
    added: now,
    opened: now,
    reminder: null,
  };
}

const sag: Sag = { v: 1, id: 'sag-anna', name: 'Anna', created: now };
const note = (id: string, letterId: string, text = `note ${id}`): Note => ({
  v: 1,
  id,
  letterId,
  anchor: { exact: 'fradrag', prefix: 'om ', suffix: ' i', start: 14, end: 21 },
  tag: 'uenig',
  text,
  created: now,
  updated: now,
});
const checklist = (letterId: string, done = true): ChecklistState => ({
  v: 1,
  letterId,
  points: { 'begrundelse': { done, comment: 'mangler § 11' }, 'partshoering': { done: false, comment: '' } },
  own: [{ id: 'egen-1', title: 'Ring til a-kassen', done: false, comment: '' }],
  updated: now,
});
const draft = (letterId: string, text = 'Jeg klager over afgørelsen.'): KlageDraft => ({ v: 1, letterId, text, requests: ['aktindsigt', 'bisidder'], updated: now });

interface Fixture {
  a: SavedLetter;
  b: SavedLetter;
}

/** Two letters, one in a Sag, with notes, a checklist and a draft each. */
async function seed(db: BrevtjekDb): Promise<Fixture> {
  const a = await letter('Afgørelse om fradrag i din kontanthjælp', sag.id);
  const b = await letter('Indkaldelse til samtale om dit jobforløb');
  await putSag(db, sag);
  await saveLetter(db, a);
  await saveLetter(db, b);
  await putNote(db, note('n1', a.id));
  await putNote(db, note('n2', a.id));
  await putNote(db, note('n3', b.id));
  await putChecklist(db, checklist(a.id));
  await putChecklist(db, checklist(b.id, false));
  await putDraft(db, draft(a.id));
  return { a, b };
}

/** Everything in the database, table by table, in key order. */
async function dump(db: BrevtjekDb) {
  return {
    letters: await db.letters.toArray(),
    notes: await db.notes.toArray(),
    checklists: await db.checklists.toArray(),
    drafts: await db.drafts.toArray(),
    sager: await db.sager.toArray(),
  };
}

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

async function expectRejected(p: Promise<unknown>, code: CaseFileErrorCode): Promise<CaseFileError> {
  const e = await errorOf(p);
  expect(e).toBeInstanceOf(CaseFileError);
  expect((e as CaseFileError).code).toBe(code);
  return e as CaseFileError;
}

/** What the view does with a chosen file: read it, then import it. */
async function importFile(db: BrevtjekDb, bytes: Uint8Array, passphrase?: string) {
  return applyImport(db, await readCaseFile(bytes, passphrase));
}

const asJson = (bytes: Uint8Array) => JSON.parse(dec.decode(bytes)) as Record<string, unknown> & { letters: Record<string, unknown>[]; notes: Record<string, unknown>[]; sager: Record<string, unknown>[] };
const toBytes = (json: unknown) => enc.encode(JSON.stringify(json));
const b64 = (s: string) => btoa(String.fromCharCode(...enc.encode(s)));

describe('moving a case between computers', () => {
  let source: BrevtjekDb;
  let target: BrevtjekDb;
  let fx: Fixture;
  beforeEach(async () => {
    source = new BrevtjekDb(`test-${Math.random()}`);
    target = new BrevtjekDb(`test-${Math.random()}`);
    fx = await seed(source);
  });
  afterEach(async () => {
    await source.delete();
    await target.delete();
  });

  it('keeps the default key stretching at OWASP 2023 or more', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('moves letters with their bytes, notes, checklists, drafts and Sag to a fresh computer unchanged', async () => {
    const file = await exportCase(source, [fx.a.id, fx.b.id]);
    const json = asJson(file);
    expect(json).toMatchObject({ format: 'brevtjek-sag', version: CASE_VERSION });
    expect(json.letters[0]?.bytes).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const result = await importFile(target, file);
    expect(result).toEqual({ added: 9, updated: 0, kept: 0 });
    const [mine, theirs] = [await dump(source), await dump(target)];
    expect(theirs).toEqual(mine);
    for (const [i, l] of mine.letters.entries()) expect(theirs.letters[i]?.bytes).toEqual(l.bytes);
  });

  it('moves a case locked with a passphrase, and never writes the passphrase', async () => {
    const passphrase = 'Rødgrød med fløde 42';
    const file = await exportCase(source, [fx.a.id, fx.b.id], { passphrase });
    const text = dec.decode(file);
    expect(text).not.toContain(passphrase);
    expect(text).not.toContain('Afgørelse');
    const wrapper = JSON.parse(text);
    expect(wrapper).toMatchObject({ format: 'brevtjek-sag-krypteret', version: CASE_VERSION, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS } });
    expect(atob(wrapper.kdf.salt)).toHaveLength(16);
    expect(atob(wrapper.iv)).toHaveLength(12);
    const again = JSON.parse(dec.decode(await exportCase(source, [fx.a.id], { passphrase })));
    expect(again.kdf.salt).not.toBe(wrapper.kdf.salt);
    expect(again.iv).not.toBe(wrapper.iv);

    await importFile(target, file, passphrase);
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('exports only the chosen letters and what belongs to them', async () => {
    const file = await readCaseFile(await exportCase(source, [fx.b.id, fx.b.id]));
    expect(file.letters.map((l) => l.id)).toEqual([fx.b.id]);
    expect(file.notes.map((n) => n.id)).toEqual(['n3']);
    expect(file.checklists).toHaveLength(1);
    expect(file.drafts).toHaveLength(0);
    expect(file.sager).toHaveLength(0);
  });

  it('refuses to export a letter that is not on this computer, or with an empty passphrase', async () => {
    await expectRejected(exportCase(source, ['0'.repeat(64)]), 'letter-unavailable');
    await expectRejected(exportCase(source, [fx.a.id], { passphrase: '' }), 'empty-passphrase');
  });

  it('lets a letter whose Sag is gone travel without one', async () => {
    await source.sager.delete(sag.id);
    const file = await readCaseFile(await exportCase(source, [fx.a.id]));
    expect(file.letters[0]?.sagId).toBeNull();
    expect(file.sager).toEqual([]);
  });

  describe('a file that is refused changes nothing', () => {
    let good: Uint8Array;
    beforeEach(async () => {
      good = await exportCase(source, [fx.a.id, fx.b.id]);
      // The target already has something, so "unchanged" means something.
      await putSag(target, { v: 1, id: 'sag-egen', name: 'Egen sag', created: now });
      const own = await letter('Et brev der kun er her');
      await saveLetter(target, own);
      await putNote(target, note('n-egen', own.id));
    });

    async function refused(bytes: Uint8Array, code: CaseFileErrorCode, passphrase?: string): Promise<CaseFileError> {
      const before = await dump(target);
      const e = await expectRejected(importFile(target, bytes, passphrase), code);
      expect(await dump(target)).toEqual(before);
      return e;
    }

    it('a truncated file', async () => {
      const e = await refused(good.slice(0, good.length / 2), 'not-brevtjek');
      expect(e.message).toBe('Filen er ikke en Brevtjek-fil, eller den er beskadiget.');
    });

    it('random bytes, an empty file, and JSON nested a million deep', async () => {
      await refused(crypto.getRandomValues(new Uint8Array(4096)), 'not-brevtjek');
      await refused(new Uint8Array(0), 'not-brevtjek');
      await refused(enc.encode('['.repeat(1_000_000) + ']'.repeat(1_000_000)), 'not-brevtjek');
    });

    it('JSON of another shape', async () => {
      await refused(toBytes({ hello: 'world' }), 'not-brevtjek');
      await refused(toBytes([1, 2, 3]), 'not-brevtjek');
      await refused(toBytes({ format: 'brevtjek-sag', version: '1' }), 'not-brevtjek');
      await refused(toBytes({ ...asJson(good), letters: 'none' }), 'invalid-record');
      await refused(toBytes({ ...asJson(good), extra: true }), 'invalid-record');
    });

    it('a file from a newer Brevtjek', async () => {
      const e = await refused(toBytes({ ...asJson(good), version: CASE_VERSION + 1, letters: 'a new shape' }), 'newer-version');
      expect(e.message).toBe('Filen er lavet med en nyere udgave af Brevtjek. Opdatér Brevtjek, og prøv igen.');
      const locked = JSON.parse(dec.decode(await exportCase(source, [fx.a.id], { passphrase: 'x' })));
      await refused(toBytes({ ...locked, version: 7 }), 'newer-version');
    });

    it('a letter whose bytes do not match its id', async () => {
      const json = asJson(good);
      json.letters[1]!.bytes = b64('Et helt andet brev');
      await refused(toBytes(json), 'bytes-mismatch');
    });

    it('bytes that are not base64', async () => {
      const json = asJson(good);
      json.letters[0]!.bytes = `${json.letters[0]!.bytes as string}!`;
      await refused(toBytes(json), 'invalid-record');
    });

    it('a note pointing to a letter not in the file, and a letter in a Sag not in the file', async () => {
      const json = asJson(good);
      json.notes[0]!.letterId = 'e'.repeat(64);
      await refused(toBytes(json), 'missing-letter');
      const noSag = { ...asJson(good), sager: [] };
      await refused(toBytes(noSag), 'missing-sag');
    });

    it('the same note twice', async () => {
      const json = asJson(good);
      json.notes.push(json.notes[0]!);
      await refused(toBytes(json), 'invalid-record');
    });

    it('a record that fails its schema', async () => {
      const json = asJson(good);
      json.notes[1]!.text = 'x'.repeat(10_001);
      const e = await refused(toBytes(json), 'invalid-record');
      expect(e.detail).toBe('notes.1.text');
      expect(e.message).not.toContain('xxx');
    });

    it('absurd sizes', async () => {
      await refused(new Uint8Array(MAX_FILE_BYTES + 1), 'too-large');
      await refused(toBytes({ ...asJson(good), sager: Array.from({ length: LIMITS.sager + 1 }, () => ({})) }), 'too-large');
      const locked = JSON.parse(dec.decode(await exportCase(source, [fx.a.id], { passphrase: 'x' })));
      await refused(toBytes({ ...locked, kdf: { ...locked.kdf, iterations: 1e12 } }), 'not-brevtjek', 'x');
    });

    it('a locked file without its passphrase, with a wrong one, or damaged', async () => {
      const locked = await exportCase(source, [fx.a.id, fx.b.id], { passphrase: 'rigtig' });
      await refused(locked, 'needs-passphrase');
      const e = await refused(locked, 'wrong-passphrase', 'forkert');
      expect(e.message).toContain('Adgangskoden passer ikke');
      await refused(locked.slice(0, locked.length / 2), 'not-brevtjek', 'rigtig');
      const wrapper = JSON.parse(dec.decode(locked));
      const data = [...atob(wrapper.data)];
      data[5] = String.fromCharCode(data[5]!.charCodeAt(0) ^ 1);
      await refused(toBytes({ ...wrapper, data: btoa(data.join('')) }), 'wrong-passphrase', 'rigtig');
    });

    it('a CaseFile handed straight to applyImport is checked before anything is written', async () => {
      const file = await readCaseFile(good);
      const before = await dump(target);
      const tampered: CaseFile = { ...file, letters: file.letters.map((l, i) => (i === 1 ? { ...l, bytes: enc.encode('noget andet') } : l)) };
      await expectRejected(applyImport(target, tampered), 'bytes-mismatch');
      await expectRejected(planImport(target, tampered), 'bytes-mismatch');
      expect(await dump(target)).toEqual(before);
    });
  });

  describe('conflicts', () => {
    let file: CaseFile;
    beforeEach(async () => {
      file = await readCaseFile(await exportCase(source, [fx.a.id, fx.b.id]));
      // The target already has letter a, with its own edits to n1, the checklist and the draft.
      await putSag(target, sag);
      await saveLetter(target, { ...fx.a, name: 'mit-navn.txt', opened: later });
      await putNote(target, note('n1', fx.a.id, 'min egen tekst'));
      await putNote(target, note('n2', fx.a.id));
      await putChecklist(target, { ...checklist(fx.a.id), points: {}, updated: later });
      await putDraft(target, draft(fx.a.id, 'Min egen klage.'));
    });

    it('plans without changing anything', async () => {
      const before = await dump(target);
      const plan = await planImport(target, file);
      expect(await dump(target)).toEqual(before);
      expect(plan.newLetters.map((l) => l.id)).toEqual([fx.b.id]);
      expect(plan.presentLetters).toEqual([{ id: fx.a.id, name: fx.a.name, subject: 'Afgørelse om fradrag', date: '2026-11-28' }]);
      expect(plan.adds).toEqual({ letters: 1, notes: 1, checklists: 1, drafts: 0, sager: 0 });
      expect(plan.same).toBe(3); // letter a, note n2, the Sag
      expect(plan.conflicts.map((c) => [c.key, c.kind])).toEqual([
        ['note:n1', 'note'],
        [`checklist:${fx.a.id}`, 'checklist'],
        [`draft:${fx.a.id}`, 'draft'],
      ]);
      const n1 = plan.conflicts[0]!;
      expect(n1.kind === 'note' && [n1.mine?.text, n1.theirs.text, n1.letter.name]).toEqual(['min egen tekst', 'note n1', fx.a.name]);
    });

    it('keeps what is on this computer by default', async () => {
      const before = await dump(target);
      expect(await applyImport(target, file)).toEqual({ added: 3, updated: 0, kept: 3 });
      const after = await dump(target);
      expect(after.letters.find((l) => l.id === fx.a.id)).toEqual(before.letters[0]);
      expect(after.notes.find((n) => n.id === 'n1')?.text).toBe('min egen tekst');
      expect(after.checklists.find((c) => c.letterId === fx.a.id)?.points).toEqual({});
      expect(after.drafts).toEqual(before.drafts);
      expect(after.letters.map((l) => l.id).sort()).toEqual([fx.a.id, fx.b.id].sort());
      expect(after.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    });

    it('takes theirs when chosen', async () => {
      expect(await applyImport(target, file, { conflicts: 'take-theirs' })).toEqual({ added: 3, updated: 3, kept: 0 });
      const after = await dump(target);
      expect(after.notes.find((n) => n.id === 'n1')?.text).toBe('note n1');
      expect(after.checklists.find((c) => c.letterId === fx.a.id)).toEqual(checklist(fx.a.id));
      expect(after.drafts).toEqual([draft(fx.a.id)]);
      expect(after.letters.find((l) => l.id === fx.a.id)?.name).toBe('mit-navn.txt'); // a letter already here stays
    });

    it('keeps both notes when chosen, under a new id for the imported one', async () => {
      expect(await applyImport(target, file, { conflicts: 'keep-both' })).toEqual({ added: 4, updated: 0, kept: 2 });
      const notes = (await dump(target)).notes.filter((n) => n.letterId === fx.a.id);
      expect(notes.map((n) => n.text).sort()).toEqual(['min egen tekst', 'note n1', 'note n2']);
      const copy = notes.find((n) => n.text === 'note n1')!;
      expect(copy.id).not.toBe('n1');
      expect(copy).toEqual({ ...note('n1', fx.a.id), id: copy.id });
      expect((await target.drafts.get(fx.a.id))?.text).toBe('Min egen klage.');
    });

    it('settles one conflict differently from the rest', async () => {
      const result = await applyImport(target, file, { conflicts: 'keep-mine', byConflict: { [`draft:${fx.a.id}`]: 'take-theirs' } });
      expect(result).toEqual({ added: 3, updated: 1, kept: 2 });
      expect((await target.drafts.get(fx.a.id))?.text).toBe('Jeg klager over afgørelsen.');
      expect((await target.notes.get('n1'))?.text).toBe('min egen tekst');
    });

    it('shows a record that can no longer be read here as a conflict, not as the same', async () => {
      await target.notes.put({ ...note('n2', fx.a.id), text: 7 } as unknown as Note);
      const plan = await planImport(target, file);
      const n2 = plan.conflicts.find((c) => c.key === 'note:n2');
      expect(n2?.mine).toBeNull();
      await applyImport(target, file);
      expect((await target.notes.get('n2'))?.text).toBe(7);
    });

    it('imports the same file twice without changing anything the second time', async () => {
      await applyImport(target, file, { conflicts: 'take-theirs' });
      const before = await dump(target);
      expect(await applyImport(target, file)).toEqual({ added: 0, updated: 0, kept: 0 });
      expect(await dump(target)).toEqual(before);
    });
  });

  describe('hostile input', () => {
    /** A valid CaseFile, or a CaseFileError; nothing else, whatever the bytes. */
    async function readsOrRefuses(bytes: Uint8Array, passphrase?: string): Promise<void> {
      const outcome = await readCaseFile(bytes, passphrase).then(
        (file) => ({ file }),
        (error: unknown) => ({ error }),
      );
      if ('error' in outcome) {
        expect(outcome.error).toBeInstanceOf(CaseFileError);
      } else {
        expect(() => z.encode(CaseFile, outcome.file)).not.toThrow();
      }
    }

    const byteMutation = fc.oneof(
      fc.nat().map((n) => (b: Uint8Array) => b.slice(0, n % (b.length + 1))),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (b: Uint8Array) => {
        const out = b.slice();
        for (const [at, value] of flips) out[at % out.length] = value;
        return out;
      }),
      fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, extra]) => (b: Uint8Array) => {
        const cut = at % (b.length + 1);
        return Uint8Array.from([...b.subarray(0, cut), ...extra, ...b.subarray(cut)]);
      }),
    );

    /** Every place in a JSON value, as a path of keys. */
    function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
      if (value === null || typeof value !== 'object') return [at];
      const children = Array.isArray(value) ? value.map((v, i) => paths(v, [...at, i])) : Object.entries(value).map(([k, v]) => paths(v, [...at, k]));
      return [at, ...children.flat()];
    }

    function mutateJson(json: unknown, path: (string | number)[], op: 'replace' | 'delete' | 'duplicate', replacement: unknown): unknown {
      const copy = structuredClone(json);
      if (path.length === 0) return op === 'replace' ? replacement : copy;
      const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
      const key = path[path.length - 1]!;
      if (op === 'replace') parent[key] = replacement;
      else if (Array.isArray(parent)) parent.splice(Number(key), op === 'delete' ? 1 : 0, ...(op === 'duplicate' ? [parent[Number(key)]] : []));
      else if (op === 'delete') delete parent[key];
      else parent[`${key}_`] = parent[key];
      return copy;
    }

    const jsonMutation = (json: unknown) => {
      const all = paths(json);
      return fc.tuple(fc.nat({ max: all.length - 1 }), fc.constantFrom('replace', 'delete', 'duplicate' as const), fc.jsonValue({ maxDepth: 3 })).map(([i, op, replacement]) => mutateJson(json, all[i]!, op, replacement));
    };

    it('random byte damage to a file is refused with a CaseFileError or still reads as a valid case', async () => {
      const good = await exportCase(source, [fx.a.id, fx.b.id]);
      await fc.assert(fc.asyncProperty(byteMutation, (mutate) => readsOrRefuses(mutate(good))), { numRuns: 300 });
    });

    it('random changes to the JSON of a file are refused with a CaseFileError or still read as a valid case', async () => {
      const json = asJson(await exportCase(source, [fx.a.id, fx.b.id]));
      await fc.assert(fc.asyncProperty(jsonMutation(json), (mutated) => readsOrRefuses(toBytes(mutated))), { numRuns: 400 });
    });

    it('random changes to a locked file are refused with a CaseFileError or still read as a valid case', async () => {
      const locked = await exportCase(source, [fx.b.id], { passphrase: 'hemmelig' });
      const wrapper = JSON.parse(dec.decode(locked));
      const mutation = fc.oneof(
        byteMutation.map((mutate) => mutate(locked)),
        jsonMutation(wrapper).map(toBytes),
      );
      await fc.assert(fc.asyncProperty(mutation, (bytes) => readsOrRefuses(bytes, 'hemmelig')), { numRuns: 20 });
    });
  });
});
