import { MAX_LETTER_BYTES } from '../limits';
import { base64ToBytes, bytesToBase64 } from './codec';
import type { TransferFailure, TransferMessage } from './messages';

/**
 * How a letter travels between the content script, the background and the viewer: over a
 * port, in chunks of base64 (extension messages carry JSON, and Chrome refuses a message over
 * 64 MiB, which a 48 MB letter in base64 passes). Nothing is stored; nothing leaves the machine.
 * No dependencies beyond the codec: the content script and the background use it, and
 * lib/extension/messages.ts has the zod schema `TransferMessage` that tests hold this to.
 */

/** 1 MiB of the letter per message: about 1.4 MB of base64, far under any browser's message limit. */
export const CHUNK_BYTES = 1 << 20;
const MAX_CHUNK_CHARS = Math.ceil(CHUNK_BYTES / 3) * 4;

/** Port names: a letter handed from a Digital Post page; the viewer taking a held letter. */
export const HAND_OVER_PORT = 'brevtjek:hand-over';
export const TAKE_PORT = 'brevtjek:take';

const FAILURES: readonly string[] = ['fetch-failed', 'too-large', 'gone', 'busy'] satisfies TransferFailure[];

export type { TransferFailure, TransferMessage };

/** The message as `TransferMessage` allows it, with only its own fields; null for anything else. */
export function parseTransferMessage(raw: unknown): TransferMessage | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { type, name, source, size, base64, url, reason, id } = raw as Record<string, unknown>;
  switch (type) {
    case 'letter':
      return typeof name === 'string' && typeof source === 'string' && Number.isSafeInteger(size) && (size as number) >= 0 && (size as number) <= MAX_LETTER_BYTES
        ? { type, name, source, size: size as number }
        : null;
    case 'chunk':
      return typeof base64 === 'string' && base64.length <= MAX_CHUNK_CHARS ? { type, base64 } : null;
    case 'end':
    case 'handed':
      return { type };
    case 'address':
      return typeof url === 'string' && /^https?:/i.test(url) && typeof name === 'string' ? { type, url, name } : null;
    case 'failed':
      return typeof reason === 'string' && FAILURES.includes(reason) ? { type, reason: reason as TransferFailure } : null;
    case 'take':
      return typeof id === 'string' ? { type, id } : null;
    default:
      return null;
  }
}

export interface LetterBytes {
  name: string;
  /** Where the letter came from, shown to the user. */
  source: string;
  bytes: Uint8Array;
}

/** What a receiver gets: the letter, an address to fetch it from, or why not. */
export type Received = ({ kind: 'bytes' } & LetterBytes) | { kind: 'address'; url: string; name: string } | { kind: 'failed'; reason: TransferFailure };

/** The part of runtime.Port used here. */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

/** Send a letter over `port`: its header, its chunks, the end. */
export function postLetter(port: PortLike, letter: LetterBytes): void {
  const { bytes } = letter;
  port.postMessage({ type: 'letter', name: letter.name, source: letter.source, size: bytes.length } satisfies TransferMessage);
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    port.postMessage({ type: 'chunk', base64: bytesToBase64(bytes.subarray(at, at + CHUNK_BYTES)) } satisfies TransferMessage);
  }
  port.postMessage({ type: 'end' } satisfies TransferMessage);
}

/** Send what the receiver gets. */
export function postReceived(port: PortLike, received: Received): void {
  if (received.kind === 'bytes') postLetter(port, received);
  else if (received.kind === 'address') port.postMessage({ type: 'address', url: received.url, name: received.name } satisfies TransferMessage);
  else port.postMessage({ type: 'failed', reason: received.reason } satisfies TransferMessage);
}

/**
 * Reads what comes over `port` until a letter is whole (or an address, or a failure). Anything
 * out of order, a chunk past the declared size, or the port closing early is a failure: the
 * letter is never taken half.
 */
export function receiveLetter(port: PortLike): Promise<Received> {
  return new Promise((resolve) => {
    let header: { name: string; source: string; size: number } | null = null;
    let bytes: Uint8Array | null = null;
    let at = 0;
    let settled = false;
    const settle = (r: Received) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    port.onDisconnect.addListener(() => settle({ kind: 'failed', reason: 'gone' }));
    port.onMessage.addListener((raw) => {
      const msg = parseTransferMessage(raw);
      if (settled) return;
      if (!msg) return settle({ kind: 'failed', reason: 'gone' });
      if (msg.type === 'address') return settle({ kind: 'address', url: msg.url, name: msg.name });
      if (msg.type === 'failed') return settle({ kind: 'failed', reason: msg.reason });
      if (msg.type === 'letter' && !header) {
        header = msg;
        bytes = new Uint8Array(msg.size);
        return;
      }
      if (msg.type === 'chunk' && header && bytes) {
        const part = base64ToBytes(msg.base64);
        if (at + part.length > bytes.length) return settle({ kind: 'failed', reason: 'gone' });
        bytes.set(part, at);
        at += part.length;
        return;
      }
      if (msg.type === 'end' && header && bytes && at === bytes.length) return settle({ kind: 'bytes', name: header.name, source: header.source, bytes });
      settle({ kind: 'failed', reason: 'gone' });
    });
  });
}
