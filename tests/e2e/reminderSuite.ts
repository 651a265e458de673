import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { localToday } from '../../lib/dates/calendar';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, newProfile } from './browser';
import { serve } from './server';

// End-to-end: a reminder for the klagefrist as a browser alarm that survives a restart, shown in
// Mine breve, and gone with "Ingen påmindelse" or the letter. viewer.e2e.test.ts calls this after
// it has built the extension.
const root = resolve(import.meta.dirname, '..', '..');
const LETTER = 't11-frederikshavn-fradrag-ressourceforloeb.pdf';

interface Alarm {
  name: string;
  scheduledTime: number;
}
/** The extension's API, as the service worker sees it. */
declare const chrome: typeof browser;

export const reminderSuite = () =>
  describe.skipIf(!existsSync(CHROMIUM))('klagefrist reminder as a browser notification', () => {
    const profile = newProfile();
    let context: BrowserContext;
    let extensionId: string;
    let base: string;
    let server: Server;
    let letterId = '';
    let expectedTime = 0;
    const viewer = (q = '') => `chrome-extension://${extensionId}/viewer.html${q}`;
    const alarmName = () => `brevtjek-reminder:${letterId}`;

    async function worker(): Promise<Worker> {
      return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    }
    const alarms = async () => (await worker()).evaluate(() => chrome.alarms.getAll()) as Promise<Alarm[]>;
    const ours = async () => (await alarms()).find((a) => a.name === alarmName()) ?? null;
    /** The reminder as kept in storage.local. */
    const stored = async () => (await (await worker()).evaluate((key) => chrome.storage.local.get(key).then((r: Record<string, unknown>) => r[key] ?? null), alarmName())) as Record<string, unknown> | null;

    /** The letter as saved on this computer, with its klagefrist shown. */
    async function openSaved(): Promise<Page> {
      const page = await context.newPage();
      await page.goto(viewer(`?saved=${letterId}`));
      await page.waitForSelector('#reminder-days', { timeout: 20_000 });
      return page;
    }

    async function restart() {
      await context.close();
      ({ context, extensionId } = await launchWithExtension(profile));
    }

    beforeAll(async () => {
      if (!existsSync(EXTENSION_DIR)) throw new Error(`the extension is not built: ${EXTENSION_DIR}`);
      ({ url: base, server } = await serve([join(root, 'tests/letters')]));
      ({ context, extensionId } = await launchWithExtension(profile));
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      server?.close();
    });

    it('sets an alarm at 09:00, 3 days before the klagefrist, when the user chooses "3 dage før"', async () => {
      const page = await context.newPage();
      // The letter came today, so its klagefrist is four weeks ahead.
      await page.goto(viewer(`?file=${encodeURIComponent(`${base}/${LETTER}`)}&received=${localToday()}`));
      await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('?saved=');
      letterId = new URL(page.url()).searchParams.get('saved')!;
      await page.waitForSelector('#reminder-days', { timeout: 20_000 });
      const frist = (await page.locator('[data-testid="klagefrist"]').getAttribute('data-date'))!;
      expect(frist > localToday()).toBe(true);
      expect(await page.locator('.reminder').textContent()).toContain('Påmindelsen kommer kun, når din browser er åben.');
      expect(await page.locator('#reminder-days').inputValue()).toBe('');
      expect(await ours()).toBeNull();

      await page.locator('#reminder-days').selectOption({ label: '3 dage før' });
      const [y, m, d] = frist.split('-').map(Number) as [number, number, number];
      // 09:00 on the browser's own clock, three days before.
      expectedTime = await page.evaluate(([yy, mm, dd]) => new Date(yy, mm - 1, dd - 3, 9).getTime(), [y, m, d] as const);
      await expect.poll(async () => (await ours())?.scheduledTime ?? null).toBe(expectedTime);
      expect(await stored()).toMatchObject({ letterId, klagefrist: frist, daysBefore: 3, shown: false });
      expect(await page.locator('.reminder-when').textContent()).toMatch(/^Du får en påmindelse \S+ den \d+\. \S+ \d{4} kl\. 9\.$/);
      await page.close();
    }, 60_000);

    it('has the alarm after a restart, also where the browser cleared it, and shows the reminder in Mine breve', async () => {
      await restart();
      await expect.poll(async () => (await ours())?.scheduledTime ?? null, { timeout: 15_000 }).toBe(expectedTime);

      // Chrome may clear alarms on a restart: the background sets it again from storage.local.
      await (await worker()).evaluate(() => chrome.alarms.clearAll());
      expect(await ours()).toBeNull();
      await restart();
      await expect.poll(async () => (await ours())?.scheduledTime ?? null, { timeout: 15_000 }).toBe(expectedTime);

      const page = await context.newPage();
      await page.goto(viewer());
      await page.waitForSelector('.my-letters li', { timeout: 20_000 });
      expect(await page.locator('.my-letters li .my-letter-reminder').first().textContent()).toBe('Påmindelse 3 dage før');
      await page.locator('.my-letters .my-letter').first().click();
      await page.waitForSelector('#reminder-days', { timeout: 20_000 });
      expect(await page.locator('#reminder-days').inputValue()).toBe('3');
      await page.close();
    }, 90_000);

    it('shows a notification when the alarm goes off, once', async () => {
      // The alarm, due now (an unpacked extension may set one this soon).
      await (await worker()).evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), alarmName());
      await expect.poll(async () => (await stored())?.shown ?? null, { timeout: 15_000 }).toBe(true);
      const shown = await (await worker()).evaluate(() => chrome.notifications.getAll());
      expect(Object.keys(shown)).toContain(alarmName());
    }, 60_000);

    it('"Ingen påmindelse" clears the alarm and the stored reminder', async () => {
      const page = await openSaved();
      await page.locator('#reminder-days').selectOption({ label: 'Ingen påmindelse' });
      await expect.poll(() => ours()).toBeNull();
      await expect.poll(() => stored()).toBeNull();
      await page.goto(viewer());
      await page.waitForSelector('.my-letters li', { timeout: 20_000 });
      expect(await page.locator('.my-letters .my-letter-reminder').count()).toBe(0);
      await page.close();
    }, 60_000);

    it('deleting the letter clears its alarm: "Gem ikke dette brev", and "Slet" in Mine breve', async () => {
      const page = await openSaved();
      await page.locator('#reminder-days').selectOption({ label: '1 dag før' });
      await expect.poll(async () => (await ours()) !== null).toBe(true);
      await page.getByLabel('Gem ikke dette brev').check();
      await expect.poll(() => ours()).toBeNull();
      expect(await stored()).toBeNull();

      // Saved again, with a new reminder; then deleted from Mine breve.
      await page.getByLabel('Gem ikke dette brev').uncheck();
      await page.waitForSelector('#reminder-days', { timeout: 20_000 });
      expect(await page.locator('#reminder-days').inputValue()).toBe('');
      await page.locator('#reminder-days').selectOption({ label: '7 dage før' });
      await expect.poll(async () => (await ours()) !== null).toBe(true);
      await page.goto(viewer());
      await page.waitForSelector('.my-letters li', { timeout: 20_000 });
      page.once('dialog', (d) => void d.accept());
      await page.locator('.my-letter-actions').getByRole('button', { name: /^Slet / }).first().click();
      await expect.poll(() => ours()).toBeNull();
      expect(await stored()).toBeNull();
      await page.close();
    }, 60_000);
  });
