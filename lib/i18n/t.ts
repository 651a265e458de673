import da from '../../locales/da.json';
import en from '../../locales/en.json';
import { currentLanguage, type Language } from './language';

/**
 * The viewer's own words, from the message files locales/da.json and locales/en.json. Those are
 * @wxt-dev/i18n's format (nested keys, {named} values, plural forms as {"1": …, "n": …}); its
 * WXT module turns them into the browser's _locales for the manifest, the background and the
 * content script. The viewer reads them here instead of through browser.i18n, because the
 * browser's i18n follows the browser's language and Brevtjek is Danish unless the user chooses
 * English in Visning.
 */
type Plural = { n: string; '0'?: string; '1'?: string };
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends { n: string } ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message, by its dotted key: "language.legend". */
export type MessageKey = Paths<typeof da>;
export type MessageValues = Record<string, string | number>;

type Tree = { [key: string]: string | Tree };
const MESSAGES: Record<Language, Tree> = { da, en } as unknown as Record<Language, Tree>;

function lookup(tree: Tree, key: string): string | Plural | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
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

/**
 * The message `key` in the current language, its {values} filled. A plural message takes its
 * form from `values.count`. A message the English file lacks is shown in Danish.
 */
export function t(key: MessageKey, values?: MessageValues, language: Language = currentLanguage()): string {
  const message = lookup(MESSAGES[language], key) ?? lookup(MESSAGES.da, key);
  if (message === undefined) return key;
  const text = typeof message === 'string' ? message : pluralOf(message, Number(values?.count ?? NaN));
  return fillMessage(text, values);
}

/** The message files as they are, for the tests and the parity check. */
export const messageFiles = MESSAGES;
