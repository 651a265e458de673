import { anchorIn } from '../lib/notes/anchor';
import type { DocumentText } from '../lib/text/types';

/** Text nodes of a letter shown as text, in order, without the icons inside highlights. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.hl-icon') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function offsetIn(root: Element, node: Node, offset: number): number | null {
  let at = 0;
  for (const t of textNodes(root)) {
    if (t === node) return at + offset;
    if (node.contains(t) || (node.nodeType === Node.ELEMENT_NODE && node.childNodes[offset]?.contains(t))) return at;
    at += t.data.length;
  }
  return null;
}

/** A DOM range over [start, end) of a letter shown as text. */
export function rangeInText(root: Element, start: number, end: number): Range | null {
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (const t of textNodes(root)) {
    const next = at + t.data.length;
    if (!started && start < next) {
      range.setStart(t, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(t, end - at);
      return range;
    }
    at = next;
  }
  return null;
}

/**
 * Where the user's selection lies in the letter's text, or null when nothing in the letter is
 * selected. In a text letter the offsets are exact; on PDF pages the selected words are looked
 * up in the letter's text on the page where the selection starts.
 */
export function selectionInLetter(doc: DocumentText, container: Element): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const article = container.querySelector('.text-letter');
  if (article?.contains(range.startContainer)) {
    const start = offsetIn(article, range.startContainer, range.startOffset);
    const end = offsetIn(article, range.endContainer, range.endOffset);
    return start !== null && end !== null && end > start ? { start, end } : null;
  }
  const words = sel.toString().trim();
  if (!words) return null;
  const page = Number((range.startContainer.parentElement ?? (range.startContainer as Element)).closest?.('[data-page-number]')?.getAttribute('data-page-number') ?? 1);
  const pageStart = Math.max(0, doc.charPage.indexOf(page));
  const found = anchorIn(doc.text, { exact: words, prefix: '', suffix: '', start: pageStart, end: pageStart + words.length });
  return found ? { start: found.start, end: found.end } : null;
}
