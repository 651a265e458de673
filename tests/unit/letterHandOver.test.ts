import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, postLetter, postReceived, receiveLetter, type PortLike } from '../../lib/extension/letterTransfer';
import { isDigitalPostUrl } from '../../lib/extension/hosts';
import { LetterTooLarge, readLimited } from '../../lib/extension/readLimited';
import { isDigitalPostSender, isExtensionPage, isLetterUrlAllowed, rateLimiter } from '../../lib/extension/senders';

/** Two ends of a port, as the browser gives them: what one posts the other receives, JSON-cloned. */
function portPair(): [PortLike, PortLike & { sent: number }] {
  const listeners: [((m: unknown) => void)[], ((m: unknown) => void)[]] = [[], []];
  const closers: [(() => void)[], (() => void)[]] = [[], []];
  const end = (me: 0 | 1) => ({
    sent: 0,
    postMessage(m: unknown) {
      this.sent++;
      const copy: unknown = JSON.parse(JSON.stringify(m));
      for (const l of listeners[1 - me] ?? []) l(copy);
    },
    onMessage: { addListener: (cb: (m: unknown) => void) => void listeners[me].push(cb) },
    onDisconnect: { addListener: (cb: () => void) => void closers[me].push(cb) },
    disconnect: () => closers[1 - me]?.forEach((c) => c()),
  });
  return [end(0), end(1)];
}

function letterOf(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 256;
  return bytes;
}

describe('handing a letter over a port in chunks', () => {
  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, 3 * CHUNK_BYTES + 5])('brings %i bytes over whole, no message over 1.4 MB', async (size) => {
    const [a, b] = portPair();
    const got = receiveLetter(a);
    const bytes = letterOf(size);
    const sizes: number[] = [];
    const post = b.postMessage.bind(b);
    b.postMessage = (m: unknown) => {
      sizes.push(JSON.stringify(m).length);
      post(m);
    };
    postLetter(b, { name: 'brev.pdf', source: 'https://www.e-boks.dk/x', bytes });
    const received = await got;
    expect(received.kind).toBe('bytes');
    if (received.kind !== 'bytes') return;
    expect(received.name).toBe('brev.pdf');
    // Compared as buffers: a deep equality over a million elements takes seconds.
    expect(Buffer.from(received.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(Math.max(...sizes)).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('takes a letter whose base64 in one message would pass Chrome’s 64 MiB limit (60 MB)', async () => {
    const [a, b] = portPair();
    const got = receiveLetter(a);
    const bytes = new Uint8Array(60 * 1024 * 1024);
    bytes[bytes.length - 1] = 42;
    postLetter(b, { name: 'stor.pdf', source: '', bytes });
    const received = await got;
    expect(received.kind === 'bytes' && received.bytes.length).toBe(bytes.length);
    expect(received.kind === 'bytes' && received.bytes[bytes.length - 1]).toBe(42);
    // 60 chunks and a header and an end: never one message with it all.
    expect(b.sent).toBe(62);
  }, 60_000);

  it('never takes half a letter: a chunk past the size, a missing chunk, a closed port, a strange message', async () => {
    const cases: ((p: PortLike & { sent: number }) => void)[] = [
      (p) => {
        p.postMessage({ type: 'letter', name: 'a', source: '', size: 2 });
        p.postMessage({ type: 'chunk', base64: 'AAAA' });
      },
      (p) => {
        p.postMessage({ type: 'letter', name: 'a', source: '', size: 4 });
        p.postMessage({ type: 'chunk', base64: 'AAA=' });
        p.postMessage({ type: 'end' });
      },
      (p) => {
        p.postMessage({ type: 'letter', name: 'a', source: '', size: 4 });
        p.disconnect();
      },
      (p) => p.postMessage({ type: 'chunk', base64: 'AAAA' }),
      (p) => p.postMessage({ type: 'letter', name: 'a', source: '', size: 200 * 1024 * 1024 }),
      (p) => p.postMessage({ type: 'address', url: 'javascript:alert(1)', name: 'x' }),
    ];
    for (const send of cases) {
      const [a, b] = portPair();
      const got = receiveLetter(a);
      send(b);
      expect(await got).toEqual({ kind: 'failed', reason: 'gone' });
    }
  });

  it('passes on an address to fetch and a failure as they are', async () => {
    for (const what of [{ kind: 'address', url: 'https://kommune.dk/b.pdf', name: 'b.pdf' }, { kind: 'failed', reason: 'too-large' }] as const) {
      const [a, b] = portPair();
      const got = receiveLetter(a);
      postReceived(b, what);
      expect(await got).toEqual(what);
    }
  });
});

describe('who may hand over or take a letter', () => {
  const id = 'abcdefghijklmnop';
  it('takes a letter only from Brevtjek’s content script on a Digital Post page', () => {
    expect(isDigitalPostSender({ id, url: 'https://www.e-boks.dk/privat/brev/1', tab: {} }, id)).toBe(true);
    expect(isDigitalPostSender({ id, url: 'https://mit.dk/post', tab: {} }, id)).toBe(true);
    expect(isDigitalPostSender({ id, url: 'https://post.borger.dk/x', tab: {} }, id)).toBe(true);
    // Another extension, a page elsewhere, a look-alike host, plain http, no tab (an extension page).
    expect(isDigitalPostSender({ id: 'other', url: 'https://mit.dk/post', tab: {} }, id)).toBe(false);
    expect(isDigitalPostSender({ id, url: 'https://evil.example/mit.dk', tab: {} }, id)).toBe(false);
    expect(isDigitalPostSender({ id, url: 'https://notmit.dk/post', tab: {} }, id)).toBe(false);
    expect(isDigitalPostSender({ id, url: 'https://mit.dk.evil.example/', tab: {} }, id)).toBe(false);
    expect(isDigitalPostSender({ id, url: 'http://mit.dk/post', tab: {} }, id)).toBe(false);
    expect(isDigitalPostSender({ id, url: 'https://mit.dk/post' }, id)).toBe(false);
    // The browser tests' pages count only in their own build.
    expect(isDigitalPostSender({ id, url: 'http://127.0.0.1:4000/digitalpost.html', tab: {} }, id)).toBe(false);
    expect(isDigitalPostSender({ id, url: 'http://127.0.0.1:4000/digitalpost.html', tab: {} }, id, true)).toBe(true);
  });

  it('gives a held letter only to Brevtjek’s own pages', () => {
    const base = `chrome-extension://${id}/`;
    expect(isExtensionPage({ id, url: `${base}viewer.html?letter=1` }, id, base)).toBe(true);
    expect(isExtensionPage({ id, url: 'https://mit.dk/', tab: {} }, id, base)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `chrome-extension://other/viewer.html` }, id, base)).toBe(false);
  });

  it('opens from a page only letters on Digital Post or on the page’s own site', () => {
    const page = 'https://www.e-boks.dk/privat/';
    expect(isLetterUrlAllowed('https://www.e-boks.dk/api/brev.pdf', page)).toBe(true);
    expect(isLetterUrlAllowed('https://download.e-boks.com/brev.pdf', page)).toBe(true);
    expect(isLetterUrlAllowed('blob:https://www.e-boks.dk/5d1c-11', page)).toBe(true);
    expect(isLetterUrlAllowed('https://evil.example/brev.pdf', page)).toBe(false);
    expect(isLetterUrlAllowed('blob:https://evil.example/5d1c', page)).toBe(false);
    expect(isLetterUrlAllowed('file:///home/brev.pdf', page)).toBe(false);
    expect(isLetterUrlAllowed('http://127.0.0.1:4000/brev.pdf', 'http://127.0.0.1:4000/digitalpost.html')).toBe(true);
    expect(isDigitalPostUrl('https://e-boks.dk.evil.example/x')).toBe(false);
  });

  it('lets at most so many letters through in a minute', () => {
    let t = 0;
    const allow = rateLimiter(3, 60_000, () => t);
    expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
    t = 59_999;
    expect(allow()).toBe(false);
    t = 60_000;
    expect(allow()).toBe(true);
  });
});

describe('reading a fetched letter no further than the limit', () => {
  const streamOf = (parts: number[]) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const n of parts) c.enqueue(new Uint8Array(n));
        c.close();
      },
    });

  it('reads a letter under the limit whole', async () => {
    const bytes = await readLimited(new Response(streamOf([3, 4, 5])), 100);
    expect(bytes.length).toBe(12);
  });

  it('refuses at once what the server says is too large, and stops reading past the limit', async () => {
    await expect(readLimited(new Response('x'.repeat(10), { headers: { 'content-length': '101' } }), 100)).rejects.toBeInstanceOf(LetterTooLarge);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(40));
      },
    });
    await expect(readLimited(new Response(endless), 100)).rejects.toBeInstanceOf(LetterTooLarge);
    expect(pulled).toBeLessThan(10);
  });
});
