import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTransferMessage } from '../../lib/extension/letterTransfer';
import { Message, TransferMessage } from '../../lib/extension/messages';
import { parseMessage } from '../../lib/extension/parseMessage';

/** What the zod schemas make of a message: the same as the hand-written checks must. */
const byZod = (raw: unknown) => {
  const parsed = Message.safeParse(raw);
  return parsed.success ? parsed.data : null;
};
const transferByZod = (raw: unknown) => {
  const parsed = TransferMessage.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

const VALID: unknown[] = [
  { type: 'brevtjek:open-url', url: 'https://mit.dk/post/brev.pdf' },
  { type: 'brevtjek:open-url', url: '  https://mit.dk/a b\t.pdf\n ' },
  { type: 'brevtjek:open-url', url: 'http://127.0.0.1:8080/x?y=1#z' },
  { type: 'brevtjek:open-url', url: 'https://mit.dk/x', extra: 1 },
];

const INVALID: unknown[] = [
  null,
  'brevtjek:open-url',
  Object.assign(['x'], { type: 'brevtjek:open-url', url: 'https://mit.dk/' }),
  { type: 'brevtjek:unknown', url: 'https://mit.dk/' },
  // Gone from the background: letters come over a port now, not as one message.
  { type: 'brevtjek:open-bytes', name: 'brev.pdf', base64: 'JVBERi0=', source: 'https://www.e-boks.dk/x' },
  { type: 'brevtjek:take', id: '7b0c8b1e-8a0f-4c55-9d7e-1d1f0c7e2a10' },
  { type: 'brevtjek:open-url' },
  { type: 'brevtjek:open-url', url: '' },
  { type: 'brevtjek:open-url', url: '   ' },
  { type: 'brevtjek:open-url', url: 'ikke en adresse' },
  { type: 'brevtjek:open-url', url: '/viewer.html' },
  { type: 'brevtjek:open-url', url: 'https://' },
  { type: 'brevtjek:open-url', url: new URL('https://mit.dk/') },
  // http(s) only: never a file on the computer, a script or a mail.
  { type: 'brevtjek:open-url', url: 'file:///tmp/brev.pdf' },
  { type: 'brevtjek:open-url', url: 'javascript:alert(1)' },
  { type: 'brevtjek:open-url', url: 'blob:https://mit.dk/1234' },
  { type: 'brevtjek:open-url', url: 'mailto:a@b.dk' },
  { type: ['brevtjek:open-url'], url: 'https://mit.dk/' },
];

const TRANSFER_VALID: unknown[] = [
  { type: 'letter', name: 'brev.pdf', source: 'https://www.e-boks.dk/x', size: 1234 },
  { type: 'letter', name: '', source: '', size: 0 },
  { type: 'letter', name: 'a', source: 'b', size: 100 * 1024 * 1024 },
  { type: 'chunk', base64: 'JVBERi0=' },
  { type: 'chunk', base64: 'x'.repeat(Math.ceil((1 << 20) / 3) * 4) },
  { type: 'end', extra: 1 },
  { type: 'handed' },
  { type: 'address', url: 'https://kommune.dk/brev.pdf', name: 'brev.pdf' },
  { type: 'failed', reason: 'too-large' },
  { type: 'failed', reason: 'busy' },
  { type: 'take', id: '7b0c8b1e' },
];

const TRANSFER_INVALID: unknown[] = [
  null,
  [],
  { type: 'letter', name: 'a', source: 'b', size: 100 * 1024 * 1024 + 1 },
  { type: 'letter', name: 'a', source: 'b', size: -1 },
  { type: 'letter', name: 'a', source: 'b', size: 1.5 },
  { type: 'letter', name: 'a', size: 1 },
  { type: 'chunk', base64: 'x'.repeat(Math.ceil((1 << 20) / 3) * 4 + 1) },
  { type: 'chunk', base64: 1 },
  { type: 'address', url: 'file:///etc/passwd', name: 'x' },
  { type: 'address', url: 'javascript:alert(1)', name: 'x' },
  { type: 'failed', reason: 'other' },
  { type: 'take', id: 1 },
  { type: 'brevtjek:take', id: 'x' },
];

describe('parseMessage (the background’s hand-written check) and the zod schema Message', () => {
  it.each(VALID.map((m) => [JSON.stringify(m), m]))('take %s alike', (_name, raw) => {
    expect(byZod(raw)).not.toBeNull();
    expect(parseMessage(raw)).toEqual(byZod(raw));
  });

  it.each(INVALID.map((m) => [String(JSON.stringify(m)), m]))('refuse %s alike', (_name, raw) => {
    expect(byZod(raw)).toBeNull();
    expect(parseMessage(raw)).toBeNull();
  });

  it('agree on any message-like value', () => {
    const type = fc.constantFrom('brevtjek:open-bytes', 'brevtjek:open-url', 'brevtjek:take', 'brevtjek:other');
    const field = fc.oneof(fc.string(), fc.webUrl(), fc.constant(' https://mit.dk/\tx '), fc.constant('file:///x'), fc.integer(), fc.constant(null), fc.constant(undefined));
    const message = fc.record({ type, url: field, id: field, extra: fc.anything({ maxDepth: 1 }) }, { requiredKeys: ['type'] });
    fc.assert(
      fc.property(fc.oneof(message, fc.anything({ maxDepth: 2 })), (raw) => {
        expect(parseMessage(raw)).toEqual(byZod(raw));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseTransferMessage (content script and background) and the zod schema TransferMessage', () => {
  it.each(TRANSFER_VALID.map((m) => [JSON.stringify(m).slice(0, 80), m]))('take %s alike', (_name, raw) => {
    expect(transferByZod(raw)).not.toBeNull();
    expect(parseTransferMessage(raw)).toEqual(transferByZod(raw));
  });

  it.each(TRANSFER_INVALID.map((m) => [String(JSON.stringify(m)).slice(0, 80), m]))('refuse %s alike', (_name, raw) => {
    expect(transferByZod(raw)).toBeNull();
    expect(parseTransferMessage(raw)).toBeNull();
  });

  it('agree on any transfer-like value', () => {
    const type = fc.constantFrom('letter', 'chunk', 'end', 'address', 'failed', 'take', 'handed', 'other');
    const field = fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('too-large', 'gone', 'javascript:x'), fc.integer(), fc.double(), fc.constant(null));
    const message = fc.record(
      { type, name: field, source: field, size: fc.oneof(fc.integer(), fc.double(), field), base64: field, url: field, reason: field, id: field },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(message, fc.anything({ maxDepth: 2 })), (raw) => {
        expect(parseTransferMessage(raw)).toEqual(transferByZod(raw));
      }),
      { numRuns: 500 },
    );
  });
});
