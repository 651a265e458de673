import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, newProfile } from './browser';
import { axeViolations, selectWords } from './pageChecks';
import { serve } from './server';

// End-to-end: "Udskriv brevet" prints the letter with its highlights and notes, and a text letter
// shows its notes in the margin. viewer.e2e.test.ts calls this after it has built the extension.
const root = resolve(import.meta.dirname, '..', '..');
const shots = '/tmp/shots';

/** The text of a PDF, page by page, as pdf.js reads it. */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

export const printSuite = () =>
describe.skipIf(!existsSync(CHROMIUM))('Brevtjek prints the letter with its highlights and notes (print)', () => {
  let context: BrowserContext;
  let extensionId: string;
  let base: string;
  let server: Server;

  /** Opens a letter, waits until it is read and saved, and adds a note on `words`. */
  async function openWithNote(file: string, words: string, note: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${base}/${file}`)}`);
    await page.waitForSelector('[data-kind="sanction"]', { timeout: 20_000 });
    await expect.poll(() => page.url()).toContain('?saved=');
    await expect.poll(() => page.getByRole('button', { name: 'Udskriv brevet' }).isEnabled()).toBe(true);
    await selectWords(page, words);
    await page.getByRole('button', { name: 'Tilføj note til det markerede' }).click();
    await page.locator('#note-tag').selectOption('spørg på mødet');
    await page.locator('#note-text').fill(note);
    await page.getByRole('button', { name: 'Gem note' }).click();
    await expect.poll(() => page.locator('.notes li').count()).toBe(1);
    // Printing would block the test: count the calls instead.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    return page;
  }

  const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);
  const findingCount = (page: Page) => page.locator('.findings button.finding[data-finding]').count();

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

  it('prints a PDF letter as page images with every highlight, the note beside its words and a list of both', async () => {
    const note = 'Hvem ringede jeg til den dag?';
    const page = await openWithNote('t11-frederikshavn-fradrag-ressourceforloeb.pdf', 'praktikstedet', note);
    const pages = await page.locator('.pages .page').count();
    const findings = await findingCount(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(findings).toBeGreaterThanOrEqual(10);
    // No page images are kept while nothing is printed.
    expect(await page.locator('.letter-print').count()).toBe(0);
    // The note's badge on the page chooses the note in the list.
    await page.locator('.page .note-mark .note-badge').first().click();
    await expect.poll(() => page.locator('.notes li.selected').textContent()).toContain(note);
    expect(await axeViolations(page)).toEqual([]);

    // The browser's own menu cannot wait for pdf.js: it prints the letter's text with the marks and notes, and says how to get the pages.
    const menu = (await pdfText(await page.pdf({ format: 'A4' }))).join(' ');
    expect(menu).toContain(note);
    expect(menu).toContain('Udskriv brevet');
    expect(menu).not.toContain('Tilføj note');
    expect(await page.locator('.letter-print').count()).toBe(0);

    await page.getByRole('button', { name: 'Udskriv brevet' }).click();
    await expect.poll(() => printed(page), { timeout: 20_000 }).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const print = page.locator('.letter-print');
    expect(await print.isVisible()).toBe(true);
    expect(await page.locator('.letter-view > header').isVisible()).toBe(false);
    expect(await page.locator('.side').isVisible()).toBe(false);
    const images = await print.locator('.print-page img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((i) => ({ loaded: i.complete && i.naturalWidth > 1000, shown: i.getBoundingClientRect().width > 300 })),
    );
    expect(images).toHaveLength(pages);
    expect(images.every((i) => i.loaded && i.shown)).toBe(true);
    const marked = await print.locator('.print-hl').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-finding'))).size);
    expect(marked).toBe(findings);
    // Each highlight has its number beside it, and a line in the list.
    expect(await print.locator('.print-sheet .print-label').count()).toBeGreaterThanOrEqual(findings);
    expect(await print.locator('.print-findings li').count()).toBe(findings);
    // The note's number in the margin beside its words, and the note in the list.
    const badge = print.locator('.print-sheet .print-note');
    expect(await badge.count()).toBe(1);
    expect(await badge.textContent()).toBe('1');
    const [badgeBox, words, sheet] = await Promise.all([badge.boundingBox(), print.locator('.print-note-words').first().boundingBox(), print.locator('.print-sheet').first().boundingBox()]);
    expect(badgeBox!.x + badgeBox!.width).toBeLessThanOrEqual(sheet!.x + 1);
    expect(Math.abs(badgeBox!.y - words!.y)).toBeLessThan(20);
    expect(await print.locator('.print-notes').textContent()).toContain(note);
    expect(await print.locator('.print-notes').textContent()).toContain('spørg på mødet');
    // Colour is kept on paper.
    expect(await print.locator('.print-hl').first().evaluate((e) => getComputedStyle(e).printColorAdjust)).toBe('exact');
    await page.screenshot({ path: join(shots, 'print-pdf-letter.png'), fullPage: true });

    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(shots, 'print-pdf-letter.pdf'), pdf);
    const text = await pdfText(pdf);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(pages + 1);
    expect(text.slice(0, pages).every((t) => t.includes(`af ${pages}`))).toBe(true);
    expect(text.join(' ')).toContain(note);
    // After printing the images are let go.
    await expect.poll(() => page.locator('.letter-print').count()).toBe(0);
    expect(await page.evaluate(() => document.body.className)).not.toContain('printing-letter');
    await page.close();
  }, 90_000);

  it('shows a note on a text letter as a badge in the margin beside its words, which finds the note in the list', async () => {
    const note = 'Det passer ikke.';
    const page = await openWithNote('t11-frederikshavn-fradrag-ressourceforloeb.txt', 'praktikstedet', note);
    const badge = page.locator('.text-letter .note-margin');
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('data-n')).toBe('1');
    expect(await badge.getAttribute('aria-label')).toBe('Note 1');
    const words = page.locator('.text-letter .note-words');
    expect(await words.textContent()).toBe('praktikstedet');
    expect(await words.evaluate((e) => getComputedStyle(e).borderBottomStyle)).toBe('dashed');
    const [b, w, article] = await Promise.all([badge.boundingBox(), words.boundingBox(), page.locator('.text-letter').boundingBox()]);
    // In the margin, on the line of the words.
    expect(b!.x).toBeGreaterThanOrEqual(article!.x);
    expect(b!.x + b!.width).toBeLessThan(w!.x);
    expect(Math.abs(b!.y + b!.height / 2 - (w!.y + w!.height / 2))).toBeLessThan(12);
    // The letter's text is unchanged by the badge (selection offsets, Ctrl+F).
    expect(await page.locator('.text-letter').textContent()).not.toMatch(/\d praktikstedet/);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.notes').evaluate((e) => e.closest('.side')!.scrollTo(0, 0));
    await badge.click();
    const chosen = page.locator('.notes li.selected');
    expect(await chosen.count()).toBe(1);
    expect(await chosen.textContent()).toContain(note);
    expect(await page.evaluate(() => document.activeElement?.closest('.notes li') !== null)).toBe(true);
    await badge.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'text-letter-note.png') });
    await page.close();
  }, 60_000);

  it('prints a text letter with the highlights marked and the note in the margin, also from the browser\'s own print', async () => {
    const note = 'Spørg om mødet kan rykkes.';
    const page = await openWithNote('t02-esbjerg-fradrag-tilbud.txt', 'tilbud', note);
    const findings = await findingCount(page);
    expect(findings).toBeGreaterThan(3);

    // The browser's menu (no button): beforeprint puts the letter print on the page at once.
    const menu = await pdfText(await page.pdf({ format: 'A4' }));
    expect(menu.join(' ')).toContain(note);
    expect(menu.join(' ')).toContain('Markeringer');
    expect(menu.join(' ')).not.toContain('Tilføj note');
    expect(await page.locator('.letter-print').count()).toBe(0);

    await page.getByRole('button', { name: 'Udskriv brevet' }).click();
    await expect.poll(() => printed(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const print = page.locator('.letter-print');
    expect(await print.isVisible()).toBe(true);
    expect(await page.locator('.columns').isVisible()).toBe(false);
    const marks = print.locator('.print-text mark.print-mark');
    expect(await marks.count()).toBe(findings);
    expect(await marks.first().evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const badge = print.locator('.print-text .print-note');
    expect(await badge.count()).toBe(1);
    expect(await badge.textContent()).toBe('1');
    const [b, text] = await Promise.all([badge.boundingBox(), print.locator('.print-text').boundingBox()]);
    expect(b!.x).toBeLessThan(text!.x + 40);
    expect(await print.locator('.print-notes').textContent()).toContain(note);
    await page.screenshot({ path: join(shots, 'print-text-letter.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(shots, 'print-text-letter.pdf'), pdf);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(1);
    expect((await pdfText(pdf)).join(' ')).toContain(note);

    // Ctrl+P prints the letter view as the button does.
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.text-letter').click();
    await page.keyboard.press('Control+p');
    await expect.poll(() => printed(page)).toBe(2);
    expect(await page.evaluate(() => document.body.className)).toContain('printing-letter');
    await page.close();
  }, 60_000);
});
