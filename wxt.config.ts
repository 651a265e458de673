import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DIGITAL_POST_MATCHES } from './lib/extension/hosts';
import { CORE_VARIANTS, OCR_ASSET_DIR, OCR_MODEL } from './lib/ocr/assets';

const pdfjsDir = resolve('node_modules/pdfjs-dist');

/** pdf.js's own fonts and WebAssembly image decoders, served from the extension itself. */
function pdfjsAssets(dir: string) {
  return readdirSync(join(pdfjsDir, dir))
    .filter((f) => !f.startsWith('LICENSE'))
    .map((f) => ({ absoluteSrc: join(pdfjsDir, dir, f), relativeDest: `pdfjs/${dir}/${f}` }));
}

/**
 * pdf.js's modern build calls Map.prototype.getOrInsertComputed, which Firefox ESR 140 does not
 * have: there the letter's pages stayed blank, without text layer or highlights ("TypeError:
 * this[#t].getOrInsertComputed is not a function"). The Firefox build takes pdf.js's legacy build
 * instead (the same code with polyfills; the command line uses it too). tests/firefox checks it.
 */
const PDFJS_LEGACY = [
  { find: /^pdfjs-dist$/, replacement: join(pdfjsDir, 'legacy/build/pdf.mjs') },
  { find: /^pdfjs-dist\/build\/(pdf\.worker\.min\.mjs(\?url)?)$/, replacement: 'pdfjs-dist/legacy/build/$1' },
];

/**
 * OCR (lib/ocr/browser.ts): tesseract.js's worker, the LSTM-only builds of its core (a .js loader
 * and its .wasm each) and the Danish model, all in one folder of the extension, so the worker finds
 * the core and the core its .wasm beside it. Nothing is fetched from a CDN.
 */
function tesseractAssets() {
  const file = (src: string, name = src.split('/').pop() as string) => ({ absoluteSrc: resolve('node_modules', src), relativeDest: `${OCR_ASSET_DIR}/${name}` });
  return [
    file('tesseract.js/dist/worker.min.js'),
    ...CORE_VARIANTS.flatMap((v) => [file(`tesseract.js-core/tesseract-core-${v}.js`), file(`tesseract.js-core/tesseract-core-${v}.wasm`)]),
    file(`@tesseract.js-data/dan/${OCR_MODEL}/dan.traineddata.gz`),
  ];
}

/**
 * Every rules file (and its English overlay) validated with zod here, when a build or `wxt`
 * starts: a broken rule stops it with the file and the place named. The extension itself carries
 * no schemas and reads the files as they are (lib/rules/index.ts, lib/rules/validate.ts).
 */
async function checkRules(): Promise<void> {
  const { checkAllRules } = await import('./lib/rules/validate');
  checkAllRules();
}

// Brevtjek runs entirely on the user's machine: no remote code, no CDN, no analytics.
// 'wasm-unsafe-eval' lets pdf.js use its bundled WebAssembly image decoders, and Tesseract its core.
export default defineConfig({
  // @wxt-dev/i18n turns locales/*.json into the browser's _locales: the manifest, the context menu
  // and the notifications speak the browser's language; the viewer speaks the one chosen in Visning.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // `wxt build --mode e2e` builds for the browser tests into its own folder.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: async (env) => {
    await checkRules();
    return env.browser === 'firefox' ? { resolve: { alias: PDFJS_LEGACY } } : {};
  },
  // The icon (assets/icon.svg, rendered to public/icon/<size>.png): WXT puts public/icon/*.png in
  // `icons`; the toolbar button names its own sizes.
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'da',
    permissions: ['storage', 'contextMenus', 'activeTab', 'alarms', 'notifications'],
    host_permissions: DIGITAL_POST_MATCHES,
    // Any other site's letter: the viewer asks for that site when it opens a link to it
    // (components/App.tsx, permissions.request). MV2 (Firefox) has no optional_host_permissions
    // (WXT drops it there): its optional origins go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: {
      default_title: '__MSG_background_openInBrevtjek__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    // pdf.js's modern build (Chrome's) calls Map.prototype.getOrInsertComputed, in Chrome from 145
    // (web-features "getorinsert"); an older Chrome would show blank pages, so the store refuses it instead.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '145' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the oldest Firefox tested (ESR, tests/firefox), and the first with data_collection_permissions.
            gecko: { id: 'brevtjek@brevtjek.dk', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads data_collection_permissions from 142 (untested there).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip` / `npm run zip:firefox` (.output/brevtjek-<version>-<browser>.zip). For Firefox
  // WXT also zips the sources AMO's reviewers rebuild the add-on from (README: "Store builds"):
  // everything the build reads, without the tests, the test letters and the screenshots.
  zip: {
    excludeSources: ['tests/**', 'test-artifacts/**', 'docs/**', 'stats.html', '**/*.log'],
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets('standard_fonts'), ...pdfjsAssets('wasm'), ...tesseractAssets());
    },
    'entrypoints:resolved': (wxt, entrypoints) => {
      // The OCR benchmark's page (tests/bench/ocrBench.ts) is built for the browser tests only.
      if (wxt.config.mode === 'e2e') return;
      const bench = entrypoints.findIndex((e) => e.name === 'ocr-bench');
      if (bench >= 0) entrypoints.splice(bench, 1);
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The browser tests serve a page shaped like a Digital Post letter on localhost.
      if (wxt.config.mode !== 'e2e') return;
      for (const cs of manifest.content_scripts ?? []) cs.matches?.push('http://localhost/*', 'http://127.0.0.1/*');
      manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://localhost/*', 'http://127.0.0.1/*'];
    },
  },
});
