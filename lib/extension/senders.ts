import { isDigitalPostUrl, parseUrl } from './hosts';

/** What the browser says about who sent a message or opened a port (runtime.MessageSender). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** The pages the browser tests serve (built with `--mode e2e` only; wxt.config.ts adds them to the content script). */
const isTestPage = (url: string | undefined) => ['localhost', '127.0.0.1'].includes(parseUrl(url)?.hostname ?? '') && parseUrl(url)?.protocol === 'http:';

/**
 * Brevtjek's own content script on a Digital Post page: the only sender that may hand the
 * background a letter. A web page cannot send as this extension, and the page's address is
 * the browser's, not the message's.
 */
export function isDigitalPostSender(sender: SenderLike, extensionId: string, testPages = false): boolean {
  if (sender.id !== extensionId || !sender.tab) return false;
  return isDigitalPostUrl(sender.url) || (testPages && isTestPage(sender.url));
}

/** One of Brevtjek's own pages (the viewer): `pagesBase` is runtime.getURL('/'). */
export function isExtensionPage(sender: SenderLike, extensionId: string, pagesBase: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(pagesBase);
}

/**
 * Whether the content script may open `letterUrl` found on the page at `pageUrl`: a letter on a
 * Digital Post site, or on the page's own site (its blob: addresses included). A link a page
 * script adds to a foreign PDF is not opened.
 */
export function isLetterUrlAllowed(letterUrl: string, pageUrl: string): boolean {
  const letter = parseUrl(letterUrl);
  const page = parseUrl(pageUrl);
  if (!letter || !page) return false;
  // A blob: address's origin is the page that made it.
  if (letter.protocol === 'blob:') return letter.origin === page.origin;
  if (letter.protocol !== 'https:' && letter.protocol !== 'http:') return false;
  return letter.origin === page.origin || isDigitalPostUrl(letterUrl);
}

/** At most `max` events within `windowMs`: true while under the limit (then the event counts). */
export function rateLimiter(max: number, windowMs: number, now: () => number = Date.now): () => boolean {
  const times: number[] = [];
  return () => {
    const t = now();
    for (let first = times[0]; first !== undefined && t - first >= windowMs; first = times[0]) times.shift();
    if (times.length >= max) return false;
    times.push(t);
    return true;
  };
}
