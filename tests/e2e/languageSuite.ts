import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, newProfile } from './browser';
import { axeViolations } from './pageChecks';
import { serve } from './server';

// End-to-end for issue 9, item 6: English as the second language. The viewer's words, the
// explanations and the checklist follow the choice in Visning; the letter stays Danish (and is
// marked lang="da" for a screen reader); the choice is kept. viewer.e2e.test.ts calls this.
const root = resolve(import.meta.dirname, '..', '..');
const shots = '/tmp/shots9';
const T11 = 't11-frederikshavn-fradrag-ressourceforloeb';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree | null): string[] => (tree === null ? [] : Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v))));
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Tree;

/**
 * Danish pieces that must not show in English: each Danish message and rules text (explanations,
 * checklist, senders' klage routes, …) that differs from its English one, cut at its {values},
 * the pieces of four words or more. (Patterns and examples in the same files never show.)
 */
function danishPieces(): string[] {
  const translated = ['explanations', 'checklist', 'senders', 'letter-types', 'benefits', 'klage', 'sanctions'];
  const english = new Set([...leaves(readJson('locales/en.json')), ...translated.flatMap((f) => leaves(readJson(`rules/en/${f}.json`)))]);
  const danish = [...leaves(readJson('locales/da.json')), ...translated.flatMap((f) => leaves(readJson(`rules/${f}.json`)))].filter((d) => !english.has(d));
  // Legal sources keep their Danish names in both languages: an act, its §§, Ankestyrelsen's reviews.
  const legalSource = /§|^lov om |praksisundersøgelse/;
  return [...new Set(danish.flatMap((d) => d.split(/\{\w+\}/).map((p) => p.replace(/\s+/g, ' ').trim())))].filter((p) => p.split(' ').length >= 4 && !legalSource.test(p));
}

export const languageSuite = () =>
describe.skipIf(!existsSync(CHROMIUM))('Brevtjek in English (issue 9, item 6)', () => {
  let context: BrowserContext;
  let extensionId: string;
  let base: string;
  let server: Server;

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

  async function open(size = { width: 1280, height: 900 }): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${base}/${T11}.pdf`)}`);
    // The first view: on a phone the letter is one tab away.
    await page.waitForSelector('.overview', { timeout: 20_000 });
    if (size.width >= 760) await page.waitForSelector('[data-kind="sanction"]', { timeout: 20_000 });
    return page;
  }

  /** The page's text outside the letter itself (everything marked lang="da" is the letter's or the klage's). */
  const ownText = (page: Page) =>
    page.evaluate(`(() => {
      const copy = document.body.cloneNode(true);
      copy.querySelectorAll('[lang="da"], [hidden], [aria-hidden="true"]').forEach((e) => e.remove());
      return copy.textContent.replace(/\\s+/g, ' ');
    })()`) as Promise<string>;

  async function choose(page: Page, open: string, language: string, close: string) {
    // On a smaller screen Visning is in the toolbar's "Flere" (More) menu.
    if (await page.locator('.more-actions summary').count()) await page.locator('.more-actions summary').click();
    await page.getByRole('button', { name: open, exact: true }).first().click();
    await page.getByRole('radio', { name: language }).check();
    await page.getByRole('button', { name: close }).click();
  }

  it('speaks English when chosen: its words, the dates, the explanations and the checklist; the letter stays Danish', async () => {
    const page = await open();
    expect(await page.evaluate('document.documentElement.lang')).toBe('da-DK');
    // The dialog speaks English at once: its close button too.
    await choose(page, 'Visning', 'English', 'Close');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en-GB');
    await expect.poll(() => page.getByRole('button', { name: 'Write an appeal', exact: true }).count()).toBeGreaterThan(0);

    // A date as an English reader reads it, and the checklist's first point in English.
    const klagefrist = page.getByTestId('klagefrist');
    await expect.poll(() => klagefrist.innerText()).toMatch(/(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    const text = await ownText(page);
    expect(text).toContain('The most important things to check');

    // The letter is still the letter, in Danish, and says so to a screen reader.
    expect(await page.locator('.textLayer[lang="da"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.textLayer').first().innerText()).toMatch(/kommune|jobcenter/i);

    // No Danish sentence of Brevtjek's own is left on the page.
    const left = danishPieces().filter((p) => text.includes(p));
    expect(left).toEqual([]);

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'english-1280x900.png') });

    // Every finding's explanation is English too.
    await page.getByRole('button', { name: /^All findings/ }).first().click();
    await page.waitForSelector('.findings', { timeout: 10_000 });
    const panel = await ownText(page);
    expect(panel).toMatch(/Reason for a sanction: money taken off your benefit \(fradrag\)/);
    expect(panel).toMatch(/Legal reference: § 9 of forvaltningsloven\./);
    expect(danishPieces().filter((p) => panel.includes(p))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('keeps the choice on the next page, fits a phone, and goes back to Danish', async () => {
    const page = await open({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en-GB');
    await expect.poll(() => page.getByRole('tab', { name: 'Letter' }).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'english-390x844.png') });
    expect(await axeViolations(page)).toEqual([]);

    await choose(page, 'Display', 'Dansk', 'Luk');
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('da-DK');
    await expect.poll(() => page.getByRole('tab', { name: 'Brevet' }).count()).toBe(1);
    await page.close();
  }, 120_000);
});
