import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PageFrame } from './printLayout';

/** One page of the letter drawn as an image for print: a blob: URL to revoke when done, and its frame. */
export interface PageImage {
  number: number;
  url: string;
  frame: PageFrame;
}

/** Print resolution: sharp on paper, about 0.3 MB a page as PNG. */
export const PRINT_DPI = 150;

/**
 * Draws every page of the letter as an image for print, one page at a time (a canvas is freed
 * as soon as its image is made). The caller revokes the URLs with `dropPageImages`.
 */
export async function renderPageImages(pdf: PDFDocumentProxy, onPage?: (n: number) => void, dpi = PRINT_DPI): Promise<PageImage[]> {
  const images: PageImage[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      onPage?.(n);
      const page = await pdf.getPage(n);
      const frame = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport, intent: 'print' }).promise;
      const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
      canvas.width = canvas.height = 0;
      page.cleanup();
      if (!blob) throw new Error(`side ${n} kunne ikke tegnes`);
      images.push({
        number: n,
        url: URL.createObjectURL(blob),
        frame: { transform: frame.transform, viewBox: frame.viewBox, width: frame.width, height: frame.height },
      });
    }
    return images;
  } catch (e) {
    dropPageImages(images);
    throw e;
  }
}

/** Frees the images' memory. */
export function dropPageImages(images: PageImage[]): void {
  for (const i of images) URL.revokeObjectURL(i.url);
}
