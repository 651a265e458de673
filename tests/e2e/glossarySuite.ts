import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, newProfile } from './browser';
import { axeViolations } from './pageChecks';
import { serve } from './server';

// End-to-end for issue 9, item 4: the ordliste. Glossary words are marked in the letter (a PDF's
// text layer, a text letter) and in Brevtjek's own texts; hovering or focusing one shows its
// meaning, Escape hides it. viewer.e2e.test.ts calls this after it has built the extension.
const root = resolve(import.meta.dirname, '..', '..');
const shots = '/tmp/shots9';
const T11 = 't11-frederikshavn-fradrag-ressourceforloeb';

export const glossarySuite = () =>
describe.skipIf(!existsSync(CHROMIUM))('Brevtjek explains the words of the letter (glossary)', () => {
  let context: BrowserContext;
  let extensionId: string;
  let base: string;
  let server: Server;

  async function open(file: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${base}/${file}`)}`);
    await page.waitForSelector('[data-kind="sanction"]', { timeout: 20_000 });
    return page;
  }

  /** The tooltip a term points to with aria-describedby. */
  async function tipOf(page: Page, term: Locator): Promise<Locator> {
    const id = await term.getAttribute('aria-describedby');
    expect(id).toBeTruthy();
    const tip = page.locator(`[id="${id}"]`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    return tip;
  }

  /** The tooltip is shown, whole, inside the window. */
  async function expectOnScreen(page: Page, tip: Locator) {
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    const { width, height } = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
  }

  beforeAll(async () => {
    if (!existsSync(EXTENSION_DIR)) throw new Error(`the extension is not built: ${EXTENSION_DIR}`);
    ({ url: base, server } = await serve([join(root, 'tests/letters')]));
    ({ context, extensionId } = await launchWithExtension(newProfile()));
    mkdirSync(shots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it('marks words on a PDF page: hover and focus show the meaning, Escape hides it, text selection still works', async () => {
    const page = await open(`${T11}.pdf`);
    const terms = page.locator('.page .glossary-marks .gloss[data-term]');
    await expect.poll(() => terms.count(), { timeout: 20_000 }).toBeGreaterThan(3);
    // Each word once in the letter.
    const ids = await terms.evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('ressourceforloebsydelse');

    // A word outside the highlights: the pointer reaches the text layer there.
    const index = await terms.evaluateAll((els) =>
      els.findIndex((e) => {
        e.scrollIntoView({ block: 'center' });
        const r = e.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!top?.closest('.textLayer') && r.width > 30;
      }),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const term = terms.nth(index);
    const label = (await term.getAttribute('aria-label')) ?? '';
    expect(label.length).toBeGreaterThan(3);
    const tip = await tipOf(page, term);
    expect(await tip.isVisible()).toBe(false);

    // Hover: the meaning shows under the word; Escape hides it.
    await term.scrollIntoViewIfNeeded();
    const box = (await term.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expectOnScreen(page, tip);
    const meaning = (await tip.textContent()) ?? '';
    expect(meaning.length).toBeGreaterThan(20);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'glossary-pdf-letter.png'), clip: { x: 0, y: Math.max(0, box.y - 120), width: 1400, height: 360 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.mouse.move(5, 5);

    // Selecting the word with the mouse selects the letter's text, and shows no meaning while dragging.
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.length).toBeGreaterThan(2);
    expect(label.replace(/\s+/g, ' ')).toContain(selected.trim().slice(0, 3));
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);

    // Focus from the keyboard shows it too; Escape hides it and keeps the focus; Tab goes on (no trap).
    await term.focus();
    await expectOnScreen(page, tip);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await term.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await term.evaluate((e) => e === document.activeElement)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('[role="tooltip"]') ?? null)).toBeNull();
    await page.close();
  }, 60_000);

  it('marks words in an explanation and in the checklist: hover and focus show the meaning', async () => {
    const page = await open(`${T11}.pdf`);
    // The medical quote's explanation asks for aktindsigt.
    const finding = page.locator('.findings button.finding', { hasText: 'med skånehensyn' }).first();
    await finding.click();
    const term = page.locator('.findings .explanation .gloss[data-term="aktindsigt"]');
    await expect.poll(() => term.count()).toBe(1);
    expect(await term.textContent()).toBe('aktindsigt');
    expect(await term.evaluate((e) => getComputedStyle(e).textDecorationStyle)).toBe('dotted');
    // The explanation reads as before: the meaning is not inside its text.
    expect(await page.locator('.findings .explanation').textContent()).not.toContain('Din ret til at se');
    const tip = await tipOf(page, term);
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expectOnScreen(page, tip);
    expect(await tip.textContent()).toContain('Din ret til at se papirer og notater i din egen sag.');
    expect(await axeViolations(page)).toEqual([]);
    const box = (await term.boundingBox())!;
    await page.screenshot({ path: join(shots, 'glossary-panel.png'), clip: { x: Math.max(0, box.x - 500), y: Math.max(0, box.y - 160), width: Math.min(900, 1400 - Math.max(0, box.x - 500)), height: 380 } });
    // The pointer can move onto the meaning without it going away (WCAG 1.4.13).
    const tipBox = (await tip.boundingBox())!;
    await page.mouse.move(tipBox.x + 10, tipBox.y + tipBox.height / 2, { steps: 4 });
    await page.waitForTimeout(400);
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.mouse.move(5, 5);

    // A checklist point, by keyboard.
    const point = page.locator('.checklist .gloss[data-term]').first();
    await expect.poll(() => point.count()).toBe(1);
    const pointTip = await tipOf(page, point);
    await point.focus();
    await expectOnScreen(page, pointTip);
    await page.keyboard.press('Escape');
    await expect.poll(() => pointTip.isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('marks words in a text letter without changing its text, also inside a highlight', async () => {
    const page = await open(`${T11}.txt`);
    const article = page.locator('.text-letter');
    const terms = article.locator('.gloss[data-term]');
    await expect.poll(() => terms.count()).toBeGreaterThan(3);
    // The letter's text is its own: no meaning inside it.
    const text = (await article.textContent()) ?? '';
    expect(text).not.toContain('Penge, der bliver trukket fra din ydelse');
    // A word inside a highlight is marked too; the highlight is a control, so the word takes no focus of its own there.
    const inHighlight = page.locator('.text-letter mark.hl-text .gloss[data-term]');
    expect(await inHighlight.count()).toBeGreaterThan(0);
    expect(await inHighlight.first().getAttribute('tabindex')).toBeNull();
    expect(await page.locator('.text-letter .gloss[data-term][tabindex="0"]').count()).toBeGreaterThan(0);

    const term = terms.first();
    const tip = await tipOf(page, term);
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expectOnScreen(page, tip);
    expect(await axeViolations(page)).toEqual([]);
    const box = (await term.boundingBox())!;
    await page.screenshot({ path: join(shots, 'glossary-text-letter.png'), clip: { x: 0, y: Math.max(0, box.y - 120), width: 1400, height: 360 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  }, 60_000);
});
