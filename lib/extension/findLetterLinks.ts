/**
 * Finds the letters on a Digital Post page that are PDFs: links to a .pdf or of type
 * application/pdf, download links, and PDFs shown in an iframe, embed or object.
 * No dependencies: it runs in the content script.
 */
export interface LetterLink {
  element: Element;
  url: string;
}

const PDF_URL = /\.pdf(?:$|[?#])|[?&](?:format|type)=pdf\b|application\/pdf/i;

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

export function findLetterLinks(root: ParentNode, base: string): LetterLink[] {
  const out: LetterLink[] = [];
  const add = (element: Element, raw: string | null) => {
    const url = absolute(raw, base);
    if (url && /^(?:https?|blob):/.test(url) && !out.some((l) => l.element === element)) out.push({ element, url });
  };
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    const type = a.getAttribute('type') ?? '';
    const download = a.getAttribute('download') ?? '';
    if (PDF_URL.test(href ?? '') || /pdf/i.test(type) || /\.pdf$/i.test(download)) add(a, href);
  }
  // Download buttons that carry the letter's address in a data attribute.
  for (const el of root.querySelectorAll('button[data-href], button[data-url], button[data-download-url], [role="button"][data-href], [role="button"][data-url]')) {
    const url = el.getAttribute('data-href') ?? el.getAttribute('data-url') ?? el.getAttribute('data-download-url');
    if (PDF_URL.test(url ?? '') || /pdf/i.test(el.getAttribute('data-type') ?? '')) add(el, url);
  }
  for (const el of root.querySelectorAll('iframe[src], embed[src], object[data]')) {
    const src = el.getAttribute('src') ?? el.getAttribute('data');
    const type = el.getAttribute('type') ?? '';
    if (PDF_URL.test(src ?? '') || /pdf/i.test(type) || (src ?? '').startsWith('blob:')) add(el, src);
  }
  return out;
}
