import da from '../../locales/da.json';
import en from '../../locales/en.json';
import { currentLanguage, type Language } from './language';
import { fillMessage, formatMessage, lookupMessage, type MessageTree, type MessageValues } from './messageFormat';

/**
 * The viewer's own words, from the message files locales/da.json and locales/en.json. Those are
 * @wxt-dev/i18n's format (nested keys, {named} values, plural forms as {"1": …, "n": …}); its
 * WXT module turns them into the browser's _locales for the manifest, the background and the
 * content script. The viewer reads them here instead of through browser.i18n, because the
 * browser's i18n follows the browser's language and Brevtjek is Danish unless the user chooses
 * English in Visning.
 */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends { n: string } ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message, by its dotted key: "language.legend". */
export type MessageKey = Paths<typeof da>;
export type { MessageValues };

const MESSAGES: Record<Language, MessageTree> = { da, en } as unknown as Record<Language, MessageTree>;

export { fillMessage };

/**
 * The message `key` in the current language, its {values} filled. A plural message takes its
 * form from `values.count`. A message the English file lacks is shown in Danish.
 */
export function t(key: MessageKey, values?: MessageValues, language: Language = currentLanguage()): string {
  const message = lookupMessage(MESSAGES[language], key) ?? lookupMessage(MESSAGES.da, key);
  return message === undefined ? key : formatMessage(message, values);
}

/** The message files as they are, for the tests and the parity check. */
export const messageFiles = MESSAGES;
