import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Message } from '../../lib/extension/messages';
import { parseMessage } from '../../lib/extension/parseMessage';

/** What the zod schema makes of a message: the same as parseMessage must. */
const byZod = (raw: unknown) => {
  const parsed = Message.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

const VALID: unknown[] = [
  { type: 'brevtjek:open-bytes', name: 'brev.pdf', base64: 'JVBERi0=', source: 'https://www.e-boks.dk/x' },
  { type: 'brevtjek:open-bytes', name: '', base64: '', source: '' },
  { type: 'brevtjek:open-bytes', name: 'a', base64: 'b', source: 'c', extra: 1 },
  { type: 'brevtjek:open-url', url: 'https://mit.dk/post/brev.pdf' },
  { type: 'brevtjek:open-url', url: '  https://mit.dk/a b\t.pdf\n ' },
  { type: 'brevtjek:open-url', url: 'http://127.0.0.1:8080/x?y=1#z' },
  { type: 'brevtjek:open-url', url: 'file:///tmp/brev.pdf' },
  { type: 'brevtjek:open-url', url: 'blob:https://mit.dk/1234' },
  { type: 'brevtjek:open-url', url: 'mailto:a@b.dk' },
  { type: 'brevtjek:take', id: '7b0c8b1e-8a0f-4c55-9d7e-1d1f0c7e2a10' },
  { type: 'brevtjek:take', id: '' },
  Object.assign(Object.create({ inherited: true }), { type: 'brevtjek:take', id: 'x' }),
];

const INVALID: unknown[] = [
  null,
  undefined,
  0,
  'brevtjek:take',
  [],
  Object.assign(['x'], { type: 'brevtjek:take', id: 'x' }),
  {},
  { type: 'brevtjek:unknown', id: 'x' },
  { type: 'brevtjek:take' },
  { type: 'brevtjek:take', id: 1 },
  { type: 'brevtjek:take', id: null },
  { type: 'brevtjek:open-bytes', name: 'a', base64: 'b' },
  { type: 'brevtjek:open-bytes', name: 'a', base64: 1, source: 'c' },
  { type: 'brevtjek:open-bytes', name: 'a', base64: 'b', source: undefined },
  { type: 'brevtjek:open-url' },
  { type: 'brevtjek:open-url', url: '' },
  { type: 'brevtjek:open-url', url: '   ' },
  { type: 'brevtjek:open-url', url: 'ikke en adresse' },
  { type: 'brevtjek:open-url', url: '/viewer.html' },
  { type: 'brevtjek:open-url', url: 'https://' },
  { type: 'brevtjek:open-url', url: new URL('https://mit.dk/') },
  { type: ['brevtjek:take'], id: 'x' },
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
    const field = fc.oneof(fc.string(), fc.webUrl(), fc.constant(' https://mit.dk/\tx '), fc.integer(), fc.constant(null), fc.constant(undefined));
    const message = fc.record(
      { type, name: field, base64: field, source: field, url: field, id: field, extra: fc.anything({ maxDepth: 1 }) },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(message, fc.anything({ maxDepth: 2 })), (raw) => {
        expect(parseMessage(raw)).toEqual(byZod(raw));
      }),
      { numRuns: 300 },
    );
  });
});
