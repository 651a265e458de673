import { segmentsOf } from '../lib/text/segments';
import type { DocumentText } from '../lib/text/types';
import { itemRanges } from '../lib/viewer/highlightRanges';
import { rangeInText } from './letterSelection';

/**
 * Where the words being read aloud are marked: in the letter (a text letter's text, or a PDF
 * page's text layer) from the letter's offsets, or in an element of the page (an explanation
 * in the findings panel) from offsets into its text.
 */
export type SpeechTarget = { kind: 'letter'; start: number } | { kind: 'element'; selector: string };

/** The CSS highlights (`::highlight(…)` in readAloud.css): the word being said, and its sentence. */
export const SPOKEN_WORD = 'brevtjek-spoken-word';
export const SPOKEN_SENTENCE = 'brevtjek-spoken-sentence';

const canHighlight = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/**
 * The pdf.js text-layer span of each of a page's text items. The layer draws no span for an
 * empty item, so the spans are matched to the items with text, in order; a span whose text is
 * not its item's is left out (nothing is marked rather than the wrong words).
 */
export function itemSpans(doc: DocumentText, page: number, layer: Element): Array<HTMLElement | undefined> {
  const items = doc.pages[page - 1]?.items ?? [];
  const spans = layer.querySelectorAll<HTMLElement>('span[role="presentation"]');
  const out: Array<HTMLElement | undefined> = [];
  let k = 0;
  items.forEach((item, i) => {
    if (item.str === '') return;
    const span = spans[k++];
    out[i] = span && span.textContent === item.str ? span : undefined;
  });
  return out;
}

/** The DOM ranges over the letter's characters [start, end): a text letter's text, or the PDF pages' text layers that are drawn. */
export function letterRanges(doc: DocumentText, start: number, end: number): Range[] {
  const article = document.querySelector('main .text-letter');
  if (article) {
    const r = rangeInText(article, start, end);
    return r ? [r] : [];
  }
  const ranges: Range[] = [];
  for (const segment of segmentsOf(doc, start, end)) {
    const layer = document.querySelector(`main .page[data-page-number="${segment.page}"] .textLayer`);
    if (!layer) continue;
    const spans = itemSpans(doc, segment.page, layer);
    for (const r of itemRanges(doc, segment)) {
      const node = spans[r.item]?.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const len = node.textContent?.length ?? 0;
      const range = document.createRange();
      range.setStart(node, Math.min(r.start, len));
      range.setEnd(node, Math.min(r.end, len));
      ranges.push(range);
    }
  }
  return ranges;
}

/** The ranges a target's characters [start, end) stand on; none where it is not on the page (a page not yet drawn, an explanation closed). */
export function targetRanges(target: SpeechTarget, doc: DocumentText | null, start: number, end: number): Range[] {
  if (target.kind === 'letter') return doc ? letterRanges(doc, target.start + start, target.start + end) : [];
  const el = document.querySelector(target.selector);
  const r = el ? rangeInText(el, start, end) : null;
  return r ? [r] : [];
}

/** Scrolls the letter or the panel so the marked words are in view (a third from the top), where they are not. */
export function keepInView(ranges: Range[]) {
  const first = ranges[0];
  let scroller = first?.startContainer.parentElement ?? null;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  if (!first || !scroller) return;
  const rect = first.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (rect.height === 0 && rect.width === 0) return;
  if (rect.top >= box.top + 8 && rect.bottom <= box.bottom - 8) return;
  scroller.scrollTop += rect.top - (box.top + box.height / 3);
}

/** Brings a PDF page that is not drawn yet into view, so it draws its text layer. */
export function showPage(doc: DocumentText, offset: number) {
  const page = doc.charPage[offset];
  if (page === undefined) return;
  const el = document.querySelector<HTMLElement>(`main .page[data-page-number="${page}"]`);
  if (el && !el.querySelector('.textLayer span')) el.scrollIntoView({ block: 'start' });
}

/** Marks the word being said (or its sentence), replacing the last mark of that kind. */
export function markSpoken(kind: 'word' | 'sentence', ranges: Range[]) {
  const name = kind === 'word' ? SPOKEN_WORD : SPOKEN_SENTENCE;
  if (canHighlight()) {
    if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
    return;
  }
  // Without the CSS Custom Highlight API: boxes over the words, until the next word.
  document.querySelectorAll(`.spoken-box.${name}`).forEach((b) => b.remove());
  for (const r of ranges) {
    for (const rect of r.getClientRects()) {
      const box = document.createElement('div');
      box.className = `spoken-box ${name}`;
      box.setAttribute('aria-hidden', 'true');
      Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      document.body.append(box);
    }
  }
}

/** Takes every mark away. */
export function clearSpoken() {
  if (canHighlight()) {
    CSS.highlights.delete(SPOKEN_WORD);
    CSS.highlights.delete(SPOKEN_SENTENCE);
  }
  document.querySelectorAll('.spoken-box').forEach((b) => b.remove());
}

/** The text nodes of a letter shown as text (or of any element), as rangeInText counts them: without the icons in highlights. */
function textNodesOf(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.hl-icon') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Where a point of the page (a caret, the start of a selection) stands in the letter's text: in a text letter or a PDF text layer; null elsewhere. */
export function letterOffsetAt(doc: DocumentText, node: Node, offset: number): number | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const article = el?.closest('.text-letter');
  if (article) {
    let at = 0;
    for (const t of textNodesOf(article)) {
      if (t === node) return at + offset;
      if (node !== t && node.contains(t)) return at;
      at += t.data.length;
    }
    return null;
  }
  const span = el?.closest('span[role="presentation"]');
  const layer = span?.closest('.textLayer');
  const page = Number(layer?.closest('[data-page-number]')?.getAttribute('data-page-number') ?? NaN);
  if (!span || !layer || !Number.isInteger(page)) return null;
  const item = itemSpans(doc, page, layer).indexOf(span as HTMLElement);
  if (item < 0) return null;
  let last: number | null = null;
  for (let i = 0; i < doc.text.length; i++) {
    if (doc.charPage[i] !== page || doc.charItem[i] !== item) continue;
    if ((doc.charOffset[i] ?? 0) >= offset) return i;
    last = i;
  }
  return last;
}

/** The letter's caret or the start of the selection in it, as an offset in its text. */
export function caretInLetter(doc: DocumentText, container: Element): number | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer)) return null;
  return letterOffsetAt(doc, range.startContainer, range.startOffset);
}

/** The first words of the letter in view at the top of its scrolling pane. */
export function topOfView(doc: DocumentText, container: Element): number | null {
  const top = container.getBoundingClientRect().top + 4;
  const article = container.querySelector('.text-letter');
  if (article) {
    let at = 0;
    const range = document.createRange();
    for (const t of textNodesOf(article)) {
      range.selectNodeContents(t);
      if ([...range.getClientRects()].some((r) => r.bottom > top)) {
        // The first character of this node below the top (the lines only go down).
        let lo = 0;
        let hi = t.data.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          range.setStart(t, mid);
          range.setEnd(t, mid + 1);
          if (range.getBoundingClientRect().bottom > top) hi = mid;
          else lo = mid + 1;
        }
        return at + lo;
      }
      at += t.data.length;
    }
    return null;
  }
  for (const pageEl of container.querySelectorAll<HTMLElement>('.page[data-page-number]')) {
    if (pageEl.getBoundingClientRect().bottom <= top) continue;
    const page = Number(pageEl.getAttribute('data-page-number'));
    const layer = pageEl.querySelector('.textLayer');
    const spans = layer ? itemSpans(doc, page, layer) : [];
    for (const span of spans) {
      if (!span?.firstChild || span.getBoundingClientRect().bottom <= top) continue;
      const at = letterOffsetAt(doc, span.firstChild, 0);
      if (at !== null) return at;
    }
    const first = doc.charPage.indexOf(page);
    return first >= 0 ? first : null;
  }
  return null;
}
