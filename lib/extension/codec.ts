/** Bytes ⇄ base64 for extension messages, which carry JSON only. No dependencies: the content script uses it. */

const ALPHABET = Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', (c) => c.charCodeAt(0));
const PAD = 61; // '='
/** Base64 is ASCII, which windows-1252 ("latin1" in TextDecoder) reads byte for byte. */
const ascii = new TextDecoder('latin1');

/**
 * Base64 of `bytes`, written by table into bytes and read as text once: btoa over a binary
 * string costs about 0.8 s a MiB in Node 20 and builds a string as long as the letter first;
 * this about a tenth of that.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  const at = (i: number) => bytes[i] ?? 0;
  const put = (o: number, n: number) => {
    out[o] = ALPHABET[n >>> 18] as number;
    out[o + 1] = ALPHABET[(n >>> 12) & 63] as number;
    out[o + 2] = ALPHABET[(n >>> 6) & 63] as number;
    out[o + 3] = ALPHABET[n & 63] as number;
  };
  let o = 0;
  for (let i = 0; i < whole; i += 3, o += 4) put(o, (at(i) << 16) | (at(i + 1) << 8) | at(i + 2));
  const left = bytes.length - whole;
  if (left > 0) {
    put(o, (at(whole) << 16) | (left === 2 ? at(whole + 1) << 8 : 0));
    out[o + 3] = PAD;
    if (left === 1) out[o + 2] = PAD;
  }
  return ascii.decode(out);
}

export function base64ToBytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A file name for a letter fetched from a URL. */
export function nameFromUrl(url: string): string {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return last || 'brev.pdf';
  } catch {
    return 'brev.pdf';
  }
}
