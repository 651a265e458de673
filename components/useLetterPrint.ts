import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { t } from '../lib/i18n/t';
import { dropPageImages, renderPageImages, type PageImage } from '../lib/viewer/pageImages';

/** The class on <body> that prints the letter view (viewer.css). */
export const PRINTING_LETTER = 'printing-letter';

/** The letter print on the page: with the PDF's pages as images, or (pages null) the letter's text. */
export type LetterPrintState = { pages: PageImage[] | null } | null;

const printClassSet = () => [...document.body.classList].some((c) => c.startsWith('printing-'));

/**
 * Printing the letter with its highlights and notes.
 *
 * The browser prints what the page holds when `beforeprint` returns, and pdf.js draws pages
 * only asynchronously. So "Udskriv brevet" and Ctrl+P draw the page images first and then call
 * print; the browser's own menu, which gives no warning, gets in `beforeprint` what can be made at
 * once: the letter's text with the same marks and notes. The images live only until `afterprint`.
 *
 * `screenPrint` is the print class of what is shown instead of the letter (the meeting sheet,
 * the klage), which the menu then prints; `ready` is false while the PDF is still being read.
 */
export function useLetterPrint(pdf: PDFDocumentProxy | null, screenPrint: string | null, ready: boolean) {
  const [print, setPrint] = useState<LetterPrintState>(null);
  /** While the page images are drawn: the page being drawn. */
  const [drawing, setDrawing] = useState<number | null>(null);
  const images = useRef<PageImage[]>([]);
  const working = useRef(false);
  const added = useRef<string | null>(null);

  const done = useCallback(() => {
    dropPageImages(images.current);
    images.current = [];
    document.body.classList.remove(PRINTING_LETTER);
    setPrint(null);
  }, []);

  const printLetter = useCallback(async () => {
    if (working.current) return;
    working.current = true;
    setDrawing(0);
    try {
      const pages = pdf ? await renderPageImages(pdf, setDrawing) : null;
      dropPageImages(images.current);
      images.current = pages ?? [];
      flushSync(() => setPrint({ pages }));
      await Promise.all([...document.querySelectorAll<HTMLImageElement>('.letter-print img')].map((img) => img.decode().catch(() => undefined)));
      document.body.classList.add(PRINTING_LETTER);
      // Cleared on afterprint (some browsers return from print() before the dialog closes).
      window.print();
    } catch {
      done();
      alert(t('useLetterPrint.failed'));
    } finally {
      working.current = false;
      setDrawing(null);
    }
  }, [pdf, done]);

  useEffect(() => {
    const before = () => {
      if (printClassSet()) return;
      if (screenPrint) {
        document.body.classList.add(screenPrint);
        added.current = screenPrint;
        return;
      }
      flushSync(() => setPrint({ pages: null }));
      document.body.classList.add(PRINTING_LETTER);
    };
    const after = () => {
      if (added.current) document.body.classList.remove(added.current);
      added.current = null;
      if (document.body.classList.contains(PRINTING_LETTER)) done();
    };
    const key = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'p' || screenPrint || !ready) return;
      e.preventDefault();
      void printLetter();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    window.addEventListener('keydown', key);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      window.removeEventListener('keydown', key);
    };
  }, [screenPrint, ready, printLetter, done]);

  // Leaving the letter frees the images.
  useEffect(() => () => done(), [done]);

  return { print, drawing, printLetter };
}
