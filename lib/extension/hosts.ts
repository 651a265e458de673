/** Where Digital Post letters are read: e-Boks, mit.dk and borger.dk. The content script runs only here. */
export const DIGITAL_POST_MATCHES = [
  'https://*.e-boks.dk/*',
  'https://*.e-boks.com/*',
  'https://*.mit.dk/*',
  'https://mit.dk/*',
  'https://*.borger.dk/*',
  'https://borger.dk/*',
];

/** The sites of DIGITAL_POST_MATCHES, each with its subdomains. */
const DIGITAL_POST_SITES = [...new Set(DIGITAL_POST_MATCHES.map((m) => m.replace(/^https:\/\/(?:\*\.)?/, '').replace(/\/\*$/, '')))];

/** Whether `url` is an https address on one of the Digital Post sites (or a subdomain of one). No dependencies. */
export function isDigitalPostUrl(url: string | undefined): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  return DIGITAL_POST_SITES.some((site) => host === site || host.endsWith(`.${site}`));
}

/** `url` parsed, or null. */
export function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
