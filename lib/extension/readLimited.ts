import { MAX_LETTER_BYTES } from '../limits';

/** A letter larger than Brevtjek reads (lib/limits.ts). No dependencies: the content script uses it. */
export class LetterTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`over ${MAX_LETTER_BYTES} bytes (${bytes})`);
    this.name = 'LetterTooLarge';
  }
}

/**
 * A response's body, read no further than `max` bytes: refused at once where the server
 * declares a larger size, else counted as it arrives and cancelled past the limit, so a huge
 * file is never held whole in memory.
 */
export async function readLimited(res: Response, max = MAX_LETTER_BYTES): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > max) {
    void res.body?.cancel().catch(() => undefined);
    throw new LetterTooLarge(declared);
  }
  if (!res.body) return checked(new Uint8Array(await res.arrayBuffer()), max);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      void reader.cancel().catch(() => undefined);
      throw new LetterTooLarge(total);
    }
    parts.push(value);
  }
  return joined(parts, total);
}

function checked(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length > max) throw new LetterTooLarge(bytes.length);
  return bytes;
}

function joined(parts: Uint8Array[], total: number): Uint8Array {
  const [only] = parts;
  if (parts.length === 1 && only) return only;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
