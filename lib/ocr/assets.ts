/**
 * What OCR ships with the extension (wxt.config.ts copies it, lib/ocr/browser.ts loads it) and
 * what Node reads from node_modules. No imports: wxt.config.ts reads this file.
 */

/** The folder of the extension the OCR files are copied into. */
export const OCR_ASSET_DIR = 'tesseract';

/** The model folder of @tesseract.js-data/dan shipped and used (chosen over 4.0.0: see README, OCR). */
export const OCR_MODEL = '4.0.0_best_int';

/**
 * The LSTM-only builds of Tesseract's core shipped, the fastest first. Each is a small .js loader
 * and its .wasm (which the loader fetches from the worker's folder), rather than the .wasm.js that
 * holds the WebAssembly as base64 text and is a third larger (3.9 MB against 2.9 MB). WebAssembly
 * SIMD runs in every browser Brevtjek supports; the plain build (three times slower) is kept for a
 * computer whose processor lacks SSE4.1, where the browser turns SIMD off. The relaxed-SIMD build
 * is left out: in Chromium it read no faster than the SIMD one (tests/bench/ocrBench.ts).
 */
export const CORE_VARIANTS = ['simd-lstm', 'lstm'] as const;
export type CoreVariant = (typeof CORE_VARIANTS)[number];
