/**
 * The format of the message files (locales/*.json, @wxt-dev/i18n's): nested keys, {named} values,
 * plural forms as {"1": …, "n": …}. Apart from the files themselves, so the background can format
 * the few messages it needs without carrying them all.
 */
export type Plural = { n: string; '0'?: string; '1'?: string };
export type MessageValues = Record<string, string | number>;
export type MessageTree = { [key: string]: string | Plural | MessageTree };

/** The message at a dotted key ("language.legend"), if there is one. */
export function lookupMessage(tree: MessageTree, key: string): string | Plural | undefined {
  let node: string | Plural | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = (node as MessageTree)[part];
  }
  return node as string | Plural | undefined;
}

function pluralOf(message: Plural, count: number): string {
  if (count === 0 && message['0'] !== undefined) return message['0'];
  if (count === 1 && message['1'] !== undefined) return message['1'];
  return message.n;
}

/** Fills {name} with values.name; a name without a value is left as it is. */
export const fillMessage = (text: string, values: MessageValues = {}): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m));

/** A message with its {values} filled; a plural one takes its form from `values.count`. */
export function formatMessage(message: string | Plural, values?: MessageValues): string {
  const text = typeof message === 'string' ? message : pluralOf(message, Number(values?.count ?? NaN));
  return fillMessage(text, values);
}
