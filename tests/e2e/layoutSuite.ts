import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../lib/dates/calendar';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from './browser';
import { axeViolations } from './pageChecks';
import { serve } from './server';

// End-to-end (issue 9): a layout that survives zoom and small screens, a first view before any
// list, a text that is no letter said to be so, the sample's frist ahead, a visible drop zone.
const root = resolve(import.meta.dirname, '..', '..');
const shots = join(root, 'test-artifacts');
const LETTER = 't11-frederikshavn-fradrag-ressourceforloeb.pdf';

/** A window of `width` × `height` at `zoom` (200 %: half the CSS pixels, each drawn twice). */
const SIZES = [
  { name: '1280x900', width: 1280, height: 900, zoom: 1 },
  { name: '1024x768', width: 1024, height: 768, zoom: 1 },
  { name: 'zoom200', width: 1280, height: 900, zoom: 2 },
  { name: '390x844', width: 390, height: 844, zoom: 1 },
] as const;

/** Sizes read in the page (strings, not functions: the test runner renames functions it passes). */
const MEASURE = `(() => {
  const rect = (s) => document.querySelector(s)?.getBoundingClientRect() ?? null;
  const px = (s) => [...document.querySelectorAll(s)].filter((e) => e.offsetParent !== null).map((e) => parseFloat(getComputedStyle(e).fontSize));
  return { main: rect('main.pages'), vh: innerHeight, explanation: px('.findings .explanation p, .overview p'), checklist: px('.checklist p, .checklist strong') };
})()`;

export const layoutSuite = () =>
  describe.skipIf(!existsSync(CHROMIUM))('Brevtjek fits every screen and zoom (layout)', () => {
    let context: BrowserContext;
    let extensionId: string;
    let base: string;
    let server: Server;

    beforeAll(async () => {
      if (!existsSync(EXTENSION_DIR)) throw new Error(`the extension is not built: ${EXTENSION_DIR}`);
      ({ url: base, server } = await serve([join(root, 'tests/letters')]));
      ({ context, extensionId } = await launchWithExtension());
      mkdirSync(shots, { recursive: true });
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      server?.close();
    });

    async function open(size: (typeof SIZES)[number]): Promise<Page> {
      const page = await context.newPage();
      // A zoomed window has fewer CSS pixels, each drawn larger (Ctrl+plus): the layout sees only the CSS pixels.
      await page.setViewportSize({ width: Math.round(size.width / size.zoom), height: Math.round(size.height / size.zoom) });
      await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${base}/${LETTER}`)}`);
      await page.waitForSelector('.overview', { timeout: 30_000 });
      return page;
    }

    for (const size of SIZES) {
      it(`gives the letter at least half the height at ${size.name}, text of 16 px or more, and no axe violations`, async () => {
        const page = await open(size);
        const narrow = (await page.locator('[role="tablist"]').count()) > 0;
        expect(narrow).toBe(size.width / size.zoom <= 760);
        // The first view: what the letter is, the frist, three things to check, before any list.
        expect(await page.locator('.overview-what').textContent()).toMatch(/Afgørelse fra Frederikshavn Kommune/);
        expect(await page.locator('.overview-points > li').count()).toBe(3);
        expect(await page.title()).toMatch(/fradrag.*Frederikshavn Kommune/i);
        await page.screenshot({ path: join(shots, `layout-${size.name}-first.png`) });
        if (narrow) await page.getByRole('tab', { name: 'Brevet' }).click();
        await page.waitForSelector('.hl', { timeout: 20_000 });
        const m = (await page.evaluate(MEASURE)) as { main: DOMRect; vh: number; explanation: number[]; checklist: number[] };
        expect(m.main.height / m.vh, `letter area ${Math.round(m.main.height)} of ${m.vh}`).toBeGreaterThanOrEqual(0.5);
        await page.screenshot({ path: join(shots, `layout-${size.name}.png`) });
        expect(await axeViolations(page)).toEqual([]);
        if (narrow) await page.getByRole('tab', { name: 'Tjekliste' }).click();
        else await page.locator('#checklist-title').scrollIntoViewIfNeeded();
        if (narrow) await page.getByRole('tab', { name: 'Overblik' }).click();
        const text = (await page.evaluate(MEASURE)) as { explanation: number[]; checklist: number[] };
        for (const px of [...text.explanation, ...text.checklist]) expect(px).toBeGreaterThanOrEqual(16);
        expect(text.explanation.length + text.checklist.length).toBeGreaterThan(0);
        await page.close();
      }, 60_000);
    }

    it('lets every line start be reached when the letter is zoomed to 300 %', async () => {
      const page = await open(SIZES[1]);
      await page.waitForSelector('.hl', { timeout: 20_000 });
      while (!((await page.locator('.zoom').textContent()) ?? '').startsWith('300')) await page.getByRole('button', { name: 'Større tekst' }).click();
      const edges = (await page.evaluate(`(() => {
        const main = document.querySelector('main.pages');
        main.scrollLeft = 0;
        const page = main.querySelector('.page').getBoundingClientRect();
        return { page: page.left, main: main.getBoundingClientRect().left, wider: main.scrollWidth > main.clientWidth };
      })()`)) as { page: number; main: number; wider: boolean };
      expect(edges.wider).toBe(true);
      expect(edges.page).toBeGreaterThanOrEqual(edges.main);
      await page.close();
    }, 60_000);

    it('in one column, a highlight tapped in the letter shows its explanation, and the tabs follow the keyboard', async () => {
      const page = await open(SIZES[3]);
      await page.getByRole('tab', { name: 'Brevet' }).click();
      await page.locator('.hl').first().click();
      expect(await page.getByRole('tab', { name: 'Fund' }).getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('.findings').isVisible()).toBe(true);
      await page.getByRole('tab', { name: 'Fund' }).press('ArrowRight');
      expect(await page.evaluate(`document.activeElement?.textContent`)).toBe('Tjekliste');
      expect(await page.locator('.checklist').isVisible()).toBe(true);
      await page.close();
    }, 60_000);

    it('says that a text is no letter from an authority instead of inventing a kind', async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/viewer.html`);
      await page.getByText('Er brevet ikke en PDF? Indsæt teksten').click();
      await page.locator('.paste textarea').fill('Hej mor, vi ses søndag. Husk kagen!');
      await page.getByRole('button', { name: 'Tjek teksten' }).click();
      await page.waitForSelector('.overview', { timeout: 20_000 });
      expect(await page.locator('#klagefrist-title').textContent()).toBe('Ligner ikke et brev fra en myndighed');
      expect(await page.locator('[data-testid="klagefrist"]').getAttribute('data-basis')).toBe('no-appeal');
      expect(await page.locator('.checklist li[data-point]').count()).toBe(0);
      await page.close();
    }, 60_000);

    it('shows the sample letter with its frist ahead, said to be an example', async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/viewer.html`);
      await page.getByRole('button', { name: 'Prøv med et eksempelbrev' }).click();
      await page.waitForSelector('.example-note', { timeout: 20_000 });
      const date = await page.locator('[data-testid="klagefrist"]').getAttribute('data-date');
      expect(date).toBe(addDays(addDays(localToday(), -2), 28));
      expect(await page.locator('.overview-frist').textContent()).toMatch(/dage tilbage|i dag|i morgen/);
      await page.close();
    }, 60_000);

    it('shows where to drop a file while one is dragged over the page', async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/viewer.html`);
      await page.waitForSelector('.welcome');
      const data = await page.evaluateHandle(`(() => { const d = new DataTransfer(); d.items.add(new File(['x'], 'brev.pdf', { type: 'application/pdf' })); return d; })()`);
      await page.dispatchEvent('body', 'dragover', { dataTransfer: data });
      expect(await page.locator('.drop-zone').textContent()).toContain('Slip brevet her');
      await page.screenshot({ path: join(shots, 'drop-zone.png') });
      await page.dispatchEvent('body', 'dragleave', { dataTransfer: data });
      await page.close();
    }, 60_000);
  });
