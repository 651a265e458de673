import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { t } from '../lib/i18n/t';
import type { ScannedStatement } from '../lib/citat/readStatement';
import { dropPageImages, renderPageImages, type PageImage } from '../lib/viewer/pageImages';
import { browserPdfJs } from '../lib/viewer/pdfjsBrowser';

/** Screen resolution for a scanned page: the words readable when zoomed, not too heavy. */
const SCAN_DPI = 110;

/** A scanned statement's pages as images, to read beside the text field. */
export function ScanImages({ scan }: { scan: ScannedStatement }) {
  const [urls, setUrls] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);
  // A photo's words can be small: the images enlarged, to read in the box by scrolling.
  const [big, setBig] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let images: PageImage[] = [];
    let single: string | null = null;
    setFailed(false);
    if (scan.format === 'pdf') {
      void (async () => {
        try {
          const pdf = (await browserPdfJs.getDocument({ data: scan.bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise) as unknown as PDFDocumentProxy;
          images = await renderPageImages(pdf, undefined, SCAN_DPI);
          void pdf.destroy();
          if (cancelled) dropPageImages(images);
          else setUrls(images.map((i) => i.url));
        } catch {
          if (!cancelled) setFailed(true);
        }
      })();
    } else {
      single = URL.createObjectURL(new Blob([scan.bytes as Uint8Array<ArrayBuffer>], { type: `image/${scan.format}` }));
      setUrls([single]);
    }
    return () => {
      cancelled = true;
      dropPageImages(images);
      if (single) URL.revokeObjectURL(single);
    };
  }, [scan]);

  if (failed) return <p className="hint">{t('citat.scan.noImage')}</p>;
  return (
    <div className="scan-view">
      <button type="button" aria-pressed={big} onClick={() => setBig((b) => !b)}>
        {t('citat.scan.enlarge')}
      </button>
      <div className={`scan-images${big ? ' big' : ''}`} tabIndex={0} role="group" aria-label={t('citat.scan.images')}>
        {urls.map((url, i) => (
          <img key={url} src={url} alt={t('citat.scan.pageImage', { page: i + 1, pages: urls.length })} />
        ))}
      </div>
    </div>
  );
}
