import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '..', '..');

interface Axe {
  run: (context?: unknown, options?: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
}

/** axe-core's violations on the page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  // pdf.js's invisible text-measuring canvas (0 × 0) is no content.
  const result = await page.evaluate(() =>
    (globalThis as unknown as { axe: Axe }).axe.run({ exclude: [['.hiddenCanvasElement']] }, { resultTypes: ['violations'] }),
  );
  return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.slice(0, 1)).slice(0, 300)}`);
}

/** Selects `words` in the letter (a PDF's text layer or a text letter), as a mouse drag would. */
export async function selectWords(page: Page, words: string) {
  await page.evaluate((w) => {
    const root = document.querySelector('.text-letter') ?? document.querySelector('.pages')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(w) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`not in the letter: ${w}`);
  }, words);
}
