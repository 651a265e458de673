// The OCR benchmark's page, built with `wxt build --mode e2e` only (wxt.config.ts leaves it out of
// other builds): it puts the browser OCR adapter on `window` for tests/bench/ocrBench.ts, so the
// worker, core and model are loaded exactly as the viewer would load them, under the extension's CSP.
import { CORE_VARIANTS } from '../../lib/ocr/assets';
import { canRun, coreVariant, recogniseImageBrowser, recognisePdfBrowser } from '../../lib/ocr/browser';

declare global {
  interface Window {
    brevtjekOcr?: {
      recogniseImageBrowser: typeof recogniseImageBrowser;
      recognisePdfBrowser: typeof recognisePdfBrowser;
      coreVariant: typeof coreVariant;
      variants: typeof CORE_VARIANTS;
      canRun: typeof canRun;
    };
  }
}

window.brevtjekOcr = { recogniseImageBrowser, recognisePdfBrowser, coreVariant, variants: CORE_VARIANTS, canRun };
document.body.dataset.ready = 'true';
