import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, newProfile } from './browser';
import { serve } from './server';

// End-to-end for issue 12: a Digital Post page's own scripts cannot drive Brevtjek. They share
// the DOM with the content script, so they can see its button, press it, add links, forge
// events and post messages; none of it may open a letter or tell them Brevtjek's id.
// viewer.e2e.test.ts calls this after it has built the extension; `-t "page scripts"` runs it alone.
const root = resolve(import.meta.dirname, '..', '..');
const BUTTON = 'button[data-brevtjek]';

/**
 * A 60 MB letter (a real one with a 60 MB attachment: its base64 in one message would pass
 * Chrome's 64 MiB limit) and a 150 MB file (sparse: over Brevtjek's 100 MB), in a folder of their own.
 */
async function bigLetters(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'brevtjek-big-'));
  const pdf = await PDFDocument.load(readFileSync(join(root, 'tests/letters/t02-esbjerg-fradrag-tilbud.pdf')));
  await pdf.attach(randomBytes(60 * 1024 * 1024), 'bilag.bin', { mimeType: 'application/octet-stream' });
  writeFileSync(join(dir, 'stort-brev.pdf'), await pdf.save({ useObjectStreams: false }));
  writeFileSync(join(dir, 'for-stort.pdf'), '');
  truncateSync(join(dir, 'for-stort.pdf'), 150 * 1024 * 1024);
  return dir;
}

export const pageScriptSuite = () =>
  describe.skipIf(!existsSync(CHROMIUM))('Brevtjek against page scripts (page scripts)', () => {
    let context: BrowserContext;
    let extensionId: string;
    let base: string;
    let server: Server;
    let viewerTabs = 0;
    /** The paths the test server was asked for. */
    const served: string[] = [];

    beforeAll(async () => {
      if (!existsSync(EXTENSION_DIR)) throw new Error(`the extension is not built: ${EXTENSION_DIR}`);
      ({ url: base, server } = await serve([join(root, 'tests/e2e/fixtures'), join(root, 'tests/letters'), await bigLetters()]));
      server.on('request', (req: { url?: string }) => served.push(req.url ?? ''));
      ({ context, extensionId } = await launchWithExtension(newProfile()));
      context.on('page', (p) => {
        if (p.url().includes(extensionId) || p.url() === 'about:blank') viewerTabs++;
      });
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      server?.close();
    });

    async function hostilePage(): Promise<Page> {
      const page = await context.newPage();
      await page.goto(`${base}/digitalpost-hostile.html`);
      await page.locator(`#brev-1 ${BUTTON}`).waitFor({ timeout: 10_000 });
      return page;
    }

    /** Viewer tabs opened within `ms` after `act`. */
    async function tabsOpenedBy(act: () => Promise<unknown>, ms = 2500): Promise<number> {
      const before = viewerTabs;
      await act();
      await new Promise((r) => setTimeout(r, ms));
      return viewerTabs - before;
    }

    it('opens nothing when the page’s script presses the button, by click() or a forged event', async () => {
      const page = await hostilePage();
      const opened = await tabsOpenedBy(() =>
        page.evaluate((sel) => {
          const b = document.querySelector<HTMLButtonElement>(sel);
          b?.click();
          b?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }, `#brev-1 ${BUTTON}`),
      );
      expect(opened).toBe(0);
      // A person's click still opens it.
      const [viewer] = await Promise.all([context.waitForEvent('page'), page.locator(`#brev-1 ${BUTTON}`).click()]);
      await viewer.waitForSelector('[data-testid="klagefrist"]', { timeout: 20_000 });
      // The letter's address is not in the viewer's address.
      expect(viewer.url()).not.toContain('t02-esbjerg');
      await viewer.close();
      await page.close();
    });

    it('gives no button to a letter on another site, added by the page or there from the start', async () => {
      const page = await hostilePage();
      const foreign = base.replace('127.0.0.1', 'localhost');
      await page.evaluate((href) => {
        // The same letter on another origin (localhost for 127.0.0.1), and a PDF on a foreign site.
        document.getElementById('later')!.innerHTML = `<a href="${href}/t02-esbjerg-fradrag-tilbud.pdf">Hent (PDF)</a> <a href="https://evil.example/brev.pdf">Hent (PDF)</a>`;
      }, foreign);
      await page.waitForTimeout(1200);
      expect(await page.locator(`#fremmed ${BUTTON}`).count()).toBe(0);
      expect(await page.locator(`#later ${BUTTON}`).count()).toBe(0);
      // The page's own letters still have theirs, and the page's elements carry no marks of Brevtjek.
      expect(await page.locator(`#brev-1 ${BUTTON}`).count()).toBe(1);
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('data-brevtjek')) && e.tagName !== 'BUTTON').length)).toBe(0);
      await page.close();
    });

    it('tells the page nothing: no message with Brevtjek’s id, no way to send one to it', async () => {
      const page = await hostilePage();
      const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
      expect(heard.filter((h) => h.includes(extensionId) || h.includes('content-script-started'))).toEqual([]);
      // A web page has no extension API to reach Brevtjek with (the manifest has no externally_connectable).
      expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
      await page.close();
    });

    it('keeps working after the page forges WXT’s “script started” event with Brevtjek’s id', async () => {
      const page = await hostilePage();
      await page.evaluate((id) => {
        const name = `${id}:digitalpost:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'digitalpost', messageId: 'forged' } }));
        window.postMessage({ type: name, contentScriptName: 'digitalpost', messageId: 'forged' }, '*');
        setTimeout(() => {
          document.getElementById('later')!.innerHTML = '<a id="senere" href="/t11-frederikshavn-fradrag-ressourceforloeb.pdf">Åbn vedhæftet fil</a>';
        }, 100);
      }, extensionId);
      await expect.poll(() => page.locator(`#later ${BUTTON}`).count(), { timeout: 5000 }).toBe(1);
      await page.close();
    });

    it('opens a 60 MB letter from a Digital Post page, and says “for stort” over 100 MB', async () => {
      const page = await hostilePage();
      await page.evaluate(() => {
        document.getElementById('later')!.innerHTML = '<a id="stort" href="/stort-brev.pdf">Stort brev (PDF)</a> <a id="for-stort" href="/for-stort.pdf">Kæmpe fil (PDF)</a>';
      });
      const big = page.locator(`#later ${BUTTON}`).first();
      await big.waitFor({ timeout: 5000 });
      const [viewer] = await Promise.all([context.waitForEvent('page', { timeout: 60_000 }), big.click()]);
      await viewer.waitForSelector('[data-testid="klagefrist"]', { timeout: 60_000 });
      expect(await viewer.locator('.hl[data-kind="sanction"]').count()).toBeGreaterThan(0);
      await viewer.close();
      const huge = page.locator(`#later ${BUTTON}`).nth(1);
      const opened = await tabsOpenedBy(() => huge.click(), 500);
      // The content script speaks the browser's language (Danish, or English in a browser set to English).
      await expect.poll(() => huge.textContent(), { timeout: 30_000 }).toMatch(/for stort|too big/);
      expect(opened).toBe(0);
      await page.close();
    }, 120_000);
  
    it('says so when the address names a letter it cannot read, and keeps the letter’s address out of history', async () => {
      const page = await context.newPage();
      for (const [file, code] of [
        ['%E0%A4%A', 'fetch-failed'],
        ['http://[::1', 'bad-address'],
        ['javascript:alert(1)', 'bad-address'],
      ] as const) {
        await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${file}`);
        await page.locator(`.error-message[data-error="${code}"]`).waitFor({ timeout: 10_000 });
        expect(page.url()).not.toContain('file=');
      }
      await page.close();
    });
  
    it('fetches a link that answers 404 once, and shows why, instead of fetching it again in the viewer', async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/viewer.html`);
      const [viewer] = await Promise.all([
        context.waitForEvent('page'),
        page.evaluate(
          (url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'brevtjek:open-url', url }),
          `${base}/findes-ikke-404.pdf`,
        ),
      ]);
      await viewer.locator('.error-message[data-error="fetch-failed"]').waitFor({ timeout: 20_000 });
      expect(viewer.url()).not.toContain('findes-ikke');
      expect(served.filter((p) => p.includes('findes-ikke-404')).length).toBe(1);
      await viewer.close();
      await page.close();
    });
  });
