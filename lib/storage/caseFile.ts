import { z } from 'zod';
import { bytesToBase64 } from '../extension/codec';
import { t, type MessageKey } from '../i18n/t';
import { letterIdOf } from './letterStore';
import { isNewer, migrate, RECORD_KINDS } from './migrations';
import { ChecklistState, Instant, KlageDraft, Note, Sag, SavedLetter } from './records';

/**
 * The file that moves a case between computers (a citizen and a bisidder): letters with their
 * bytes, notes, checklists, klage drafts and Sager, as UTF-8 JSON; or that JSON encrypted with
 * a passphrase (AES-GCM 256, key from PBKDF2-SHA-256). The passphrase is never written anywhere.
 * Reading checks everything before anything is handed on, so a rejected file changes nothing.
 */

export const CASE_FORMAT = 'brevtjek-sag';
export const ENCRYPTED_FORMAT = 'brevtjek-sag-krypteret';
/** 2: letters are records of version 2 (with `reminder`). Version 1 files are read too. */
export const CASE_VERSION = 2;
const FileVersion = z.number().int().min(1).max(CASE_VERSION);
/** OWASP 2023 for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const LIMITS = { letters: 1000, notes: 50_000, checklists: 1000, drafts: 1000, sager: 1000 } as const;
/** A file asking for more key stretching than this is refused rather than left to run for minutes. */
const MAX_ITERATIONS = 5_000_000;

const MESSAGES = {
  'not-brevtjek': 'caseFile.notBrevtjek',
  'newer-version': 'caseFile.newerVersion',
  'needs-passphrase': 'caseFile.needsPassphrase',
  'wrong-passphrase': 'caseFile.wrongPassphrase',
  'invalid-record': 'caseFile.invalidRecord',
  'bytes-mismatch': 'caseFile.bytesMismatch',
  'missing-letter': 'caseFile.missingLetter',
  'missing-sag': 'caseFile.missingSag',
  'too-large': 'caseFile.tooLarge',
  'letter-unavailable': 'caseFile.letterUnavailable',
  'case-too-large': 'caseFile.caseTooLarge',
  'empty-passphrase': 'caseFile.emptyPassphrase',
} as const satisfies Record<string, MessageKey>;
export type CaseFileErrorCode = keyof typeof MESSAGES;

/** The message for `code` in the language Brevtjek speaks now (locales/, namespace caseFile). */
export const caseFileErrorMessage = (code: CaseFileErrorCode): string => t(MESSAGES[code]);

/** Why a case file cannot be read or made: a `code` for the program, a plain `message` for the user (Danish or English). */
export class CaseFileError extends Error {
  override readonly name = 'CaseFileError';
  /** Where in the file, for developers (a path such as `notes.3.letterId`); never the file's content. */
  readonly detail: string | undefined;
  constructor(
    readonly code: CaseFileErrorCode,
    detail?: string,
  ) {
    super(caseFileErrorMessage(code));
    this.detail = detail;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** Strict base64 (the standard alphabet, padded, no whitespace); null for anything else. */
export function decodeBase64(s: string): Uint8Array<ArrayBuffer> | null {
  const n = s.length;
  if (n % 4 !== 0) return null;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((n / 4) * 3 - pad);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < n - pad; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (B64_VALUE[c] ?? -1) : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  return o === out.length ? out : null;
}

/** Bytes in memory, base64 in the file. */
const Base64Bytes = z.codec(z.string(), z.instanceof(Uint8Array), {
  decode: (s, payload) => {
    const bytes = decodeBase64(s);
    if (bytes) return bytes;
    payload.issues.push({ code: 'custom', message: 'not base64', input: s });
    return new Uint8Array(0);
  },
  encode: (bytes) => bytesToBase64(bytes),
});

export const CaseFile = z.strictObject({
  format: z.literal(CASE_FORMAT),
  version: z.literal(CASE_VERSION),
  created: Instant,
  letters: z.array(SavedLetter.extend({ bytes: Base64Bytes })).max(LIMITS.letters),
  notes: z.array(Note).max(LIMITS.notes),
  checklists: z.array(ChecklistState).max(LIMITS.checklists),
  drafts: z.array(KlageDraft).max(LIMITS.drafts),
  sager: z.array(Sag).max(LIMITS.sager),
});
/** A case as read: letters carry their bytes. */
export type CaseFile = z.output<typeof CaseFile>;
/** A case as it stands in the file: letters carry base64. */
export type CaseFileJson = z.input<typeof CaseFile>;
/** The in-memory shape, for checking a CaseFile that did not come from `readCaseFile`. */
const CaseInMemory = CaseFile.extend({ letters: z.array(SavedLetter).max(LIMITS.letters) });

const sized = (min: number, max: number) => Base64Bytes.refine((b) => b.length >= min && b.length <= max);
const EncryptedCaseFile = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  version: FileVersion,
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(1).max(MAX_ITERATIONS),
    salt: sized(16, 64),
  }),
  iv: sized(12, 12),
  /** The ciphertext with its 16-byte GCM tag. */
  data: sized(16, MAX_FILE_BYTES),
});

const Head = z.looseObject({ format: z.string(), version: z.unknown() });

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CaseFileError('not-brevtjek', 'not UTF-8 JSON');
  }
}

/** The file's format, after refusing anything else and anything newer than this Brevtjek reads. */
function formatOf(json: unknown): string {
  const head = Head.safeParse(json);
  if (!head.success || (head.data.format !== CASE_FORMAT && head.data.format !== ENCRYPTED_FORMAT)) throw new CaseFileError('not-brevtjek', 'format');
  const { version } = head.data;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) throw new CaseFileError('not-brevtjek', 'version');
  if (version > CASE_VERSION) throw new CaseFileError('newer-version', `version ${version}`);
  return head.data.format;
}

/**
 * The file brought up to the current version: every record of an older version migrated as the
 * database migrates it. A record of a version newer than this Brevtjek reads refuses the file.
 */
function migrateCase(json: unknown): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return json;
  const out: Record<string, unknown> = { ...json, version: CASE_VERSION };
  for (const kind of RECORD_KINDS) {
    const rows = out[kind];
    if (!Array.isArray(rows)) continue;
    const newer = rows.findIndex((r) => isNewer(kind, r));
    if (newer >= 0) throw new CaseFileError('newer-version', `${kind}.${newer}.v`);
    out[kind] = rows.map((r) => migrate(kind, r));
  }
  return out;
}

async function keyFrom(passphrase: string, salt: Uint8Array, iterations: number, use: KeyUsage): Promise<CryptoKey> {
  const raw = new TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await crypto.subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveKey']);
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations };
  return crypto.subtle.deriveKey(params, base, { name: 'AES-GCM', length: 256 }, false, [use]);
}

/** The JSON bytes of a case, locked with a passphrase. */
export async function encryptCase(plain: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const iterations = PBKDF2_ITERATIONS;
  if (!passphrase) throw new CaseFileError('empty-passphrase');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, iterations, 'encrypt');
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as Uint8Array<ArrayBuffer>));
  const wrapper = z.encode(EncryptedCaseFile, { format: ENCRYPTED_FORMAT, version: CASE_VERSION, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt }, iv, data });
  return new TextEncoder().encode(JSON.stringify(wrapper));
}

async function decrypt(json: unknown, passphrase: string | undefined): Promise<Uint8Array> {
  const wrapper = EncryptedCaseFile.safeParse(json);
  if (!wrapper.success) throw new CaseFileError('not-brevtjek', 'encrypted wrapper');
  if (!passphrase) throw new CaseFileError('needs-passphrase');
  const { kdf, iv, data } = wrapper.data;
  const key = await keyFrom(passphrase, kdf.salt, kdf.iterations, 'decrypt');
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> }, key, data as Uint8Array<ArrayBuffer>));
  } catch {
    throw new CaseFileError('wrong-passphrase');
  }
}

const where = (issue: z.core.$ZodIssue | undefined) => (issue ? issue.path.map(String).join('.') : undefined);

/**
 * Checks what zod cannot: each letter's bytes hash to its id, nothing is there twice, and every
 * note, checklist and draft belongs to a letter in the file, every letter to a Sag in it (or none).
 */
export async function checkCaseFile(file: CaseFile): Promise<CaseFile> {
  const parsed = CaseInMemory.safeParse(file);
  if (!parsed.success) throw new CaseFileError('invalid-record', where(parsed.error.issues[0]));
  const c = parsed.data;
  const unique = (kind: string, keys: string[]) => {
    if (new Set(keys).size !== keys.length) throw new CaseFileError('invalid-record', `${kind}: the same one twice`);
  };
  unique('letters', c.letters.map((l) => l.id));
  unique('notes', c.notes.map((n) => n.id));
  unique('checklists', c.checklists.map((s) => s.letterId));
  unique('drafts', c.drafts.map((d) => d.letterId));
  unique('sager', c.sager.map((s) => s.id));
  const letters = new Set(c.letters.map((l) => l.id));
  const sager = new Set(c.sager.map((s) => s.id));
  for (const [kind, rows] of [['notes', c.notes], ['checklists', c.checklists], ['drafts', c.drafts]] as const) {
    const i = rows.findIndex((r) => !letters.has(r.letterId));
    if (i >= 0) throw new CaseFileError('missing-letter', `${kind}.${i}.letterId`);
  }
  const homeless = c.letters.findIndex((l) => l.sagId !== null && !sager.has(l.sagId));
  if (homeless >= 0) throw new CaseFileError('missing-sag', `letters.${homeless}.sagId`);
  for (const [i, letter] of c.letters.entries()) {
    if ((await letterIdOf(letter.bytes)) !== letter.id) throw new CaseFileError('bytes-mismatch', `letters.${i}.bytes`);
  }
  return c;
}

/**
 * Reads a case file, with the passphrase if it is locked. Throws a CaseFileError, never anything
 * else, for a file that is not a whole, valid Brevtjek case file of a version this Brevtjek reads.
 */
export async function readCaseFile(bytes: Uint8Array, passphrase?: string): Promise<CaseFile> {
  if (!(bytes instanceof Uint8Array)) throw new CaseFileError('not-brevtjek', 'not bytes');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new CaseFileError('too-large', `${bytes.byteLength} bytes`);
  let json = parseJson(bytes);
  if (formatOf(json) === ENCRYPTED_FORMAT) {
    json = parseJson(await decrypt(json, passphrase));
    if (formatOf(json) !== CASE_FORMAT) throw new CaseFileError('not-brevtjek', 'locked twice');
  }
  for (const [key, max] of Object.entries(LIMITS)) {
    const rows = (json as Record<string, unknown>)[key];
    if (Array.isArray(rows) && rows.length > max) throw new CaseFileError('too-large', `${rows.length} ${key}`);
  }
  const parsed = CaseFile.safeParse(migrateCase(json));
  if (!parsed.success) throw new CaseFileError('invalid-record', where(parsed.error.issues[0]));
  return checkCaseFile(parsed.data);
}
