import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, newProfile } from './browser';
import { axeViolations, selectWords } from './pageChecks';
import { serve } from './server';

// End-to-end for issue 8: notes, the checklist and the klage draft are kept on the user's own
// computer, through a reload and a browser restart. viewer.e2e.test.ts calls this after it has
// built the extension, so the two run one after the other with their own browser profiles.
const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'test-artifacts');

export const workSuite = () =>
describe.skipIf(!existsSync(CHROMIUM))('Brevtjek keeps the work on this computer', () => {
  const profile = newProfile();
  let context: BrowserContext;
  let extensionId: string;
  let base: string;
  let server: Server;
  let savedUrl = '';
  const viewer = (q = '') => `chrome-extension://${extensionId}/viewer.html${q}`;

  /** The saved letter in a new tab (the extension's id changes with a new profile only), once its note is read. */
  async function openSavedWithNote(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(savedUrl.replace(/chrome-extension:\/\/[^/]+/, `chrome-extension://${extensionId}`));
    await page.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    await expect.poll(() => page.locator('.notes li').count()).toBe(1);
    return page;
  }

  beforeAll(async () => {
    if (!existsSync(EXTENSION_DIR)) throw new Error(`the extension is not built: ${EXTENSION_DIR}`);
    ({ url: base, server } = await serve([join(root, 'tests/letters'), join(root, 'tests/e2e/fixtures'), join(root, 'tests/fixtures')]));
    ({ context, extensionId } = await launchWithExtension(profile));
    mkdirSync(artifacts, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it('ticks a point, adds a note on selected words and writes a klage, all saved as it goes', async () => {
    const page = await context.newPage();
    await page.goto(viewer(`?file=${encodeURIComponent(`${base}/t11-frederikshavn-fradrag-ressourceforloeb.pdf`)}`));
    await page.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    await expect.poll(() => page.url()).toContain('?saved=');
    savedUrl = page.url();

    // A point of substance that goes into the klage (tasks such as "Send klagen til …" do not).
    const first = page.locator('.checklist li[data-point="rimelig-grund"]');
    const title = (await first.locator('strong').textContent()) ?? '';
    await first.locator('input[type="checkbox"]').check();
    await first.getByRole('button', { name: 'Skriv en kommentar' }).click();
    await first.locator('textarea').fill('Jeg fik brevet sent.');

    await selectWords(page, 'praktikstedet');
    await page.getByRole('button', { name: 'Tilføj note til det markerede' }).click();
    await page.locator('#note-tag').selectOption('uenig');
    await page.locator('#note-text').fill('Jeg ringede til praktikstedet om morgenen.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gem note' }).click();
    await expect.poll(() => page.locator('.notes li').count()).toBe(1);
    expect(await page.locator('.notes .note-quote').first().textContent()).toContain('praktikstedet');

    await page.getByRole('button', { name: 'Skriv klage' }).click();
    const draft = page.locator('#klage-text');
    // The ticked point goes in with the user's comment; the point's title is a question to the user, not the klage's words.
    await expect.poll(() => draft.inputValue()).toContain('Jeg fik brevet sent.');
    expect(await draft.inputValue()).not.toContain(title);
    await draft.press('End');
    await draft.pressSequentially(' Tilføjet af mig.');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'klage-draft.png') });
    await expect.poll(() => page.locator('.save-status').textContent()).toContain('Gemt');

    // The klagefrist as a calendar file: one event on the frist's day, in a file a calendar reads.
    const [icsDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sæt fristen i kalenderen' }).click()]);
    const ics = readFileSync((await icsDownload.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const sendBy = await page.locator('[data-testid="klagefrist"]').getAttribute('data-date');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${sendBy?.replaceAll('-', '')}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som Word (.docx)' }).click()]);
    const files = unzipSync(readFileSync((await download.path())!));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Tilføjet af mig.');
    await page.close();
  }, 60_000);

  it('has it all after a reload', async () => {
    const page = await context.newPage();
    await page.goto(savedUrl);
    await page.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    await expect.poll(() => page.locator('.notes li').count()).toBe(1);
    const first = page.locator('.checklist li[data-point="rimelig-grund"]');
    expect(await first.locator('input[type="checkbox"]').isChecked()).toBe(true);
    expect(await first.locator('textarea').inputValue()).toBe('Jeg fik brevet sent.');
    await page.getByRole('button', { name: 'Skriv klage' }).click();
    expect(await page.locator('#klage-text').inputValue()).toContain('Tilføjet af mig.');
    await page.close();
  }, 60_000);

  it('has it all after the browser is closed and started again, and lists it under Mine breve', async () => {
    await context.close();
    ({ context, extensionId } = await launchWithExtension(profile));
    const page = await context.newPage();
    await page.goto(viewer());
    await page.waitForSelector('.my-letters li', { timeout: 20_000 });
    expect(await page.locator('.my-letters li').first().textContent()).toMatch(/1 note.*Klage påbegyndt/);
    // A bisidder keeps this person's letters in a Sag of their own.
    await page.getByText('Er du bisidder?').click();
    await page.locator('#new-sag').fill('L.M.');
    await page.getByRole('button', { name: 'Opret sag' }).click();
    await page.locator('.my-letters select').first().selectOption({ label: 'L.M.' });
    await expect.poll(() => page.locator('section[aria-label="Sag: L.M."] li').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'mine-breve.png') });
    await page.locator('.my-letters .my-letter').first().click();
    await page.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    await expect.poll(() => page.locator('.notes li').count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'note-and-checklist.png') });
    await page.close();
  }, 60_000);

  it('keeps a letter opened through the Digital Post button after the browser is closed and started again', async () => {
    const ownProfile = newProfile();
    let own = await launchWithExtension(ownProfile);
    const page = await own.context.newPage();
    await page.goto(`${base}/digitalpost.html`);
    await expect.poll(() => page.locator('button[data-brevtjek]').count(), { timeout: 10_000 }).toBe(4);
    const [letter] = await Promise.all([own.context.waitForEvent('page'), page.locator('#brev-1 button[data-brevtjek]').click()]);
    await letter.waitForSelector('[data-testid="klagefrist"][data-date="2025-04-07"]', { timeout: 20_000 });
    await expect.poll(() => letter.url()).toContain('?saved=');
    const saved = letter.url();
    await own.context.close();
    own = await launchWithExtension(ownProfile);
    const again = await own.context.newPage();
    await again.goto(saved.replace(/chrome-extension:\/\/[^/]+/, `chrome-extension://${own.extensionId}`));
    await again.waitForSelector('[data-testid="klagefrist"][data-date="2025-04-07"]', { timeout: 20_000 });
    expect(await again.locator('.hl[data-kind="sanction"]').count()).toBeGreaterThan(0);
    await own.context.close();
  }, 90_000);

  it('prints a meeting sheet with the frister, the note, the questions and the ticked checklist, over as many pages as it needs', async () => {
    const page = await openSavedWithNote();
    await page.getByRole('button', { name: 'Mødeark' }).click();
    const sheet = page.locator('.meeting-sheet');
    await expect.poll(() => sheet.textContent()).toContain('Jeg ringede til praktikstedet om morgenen.');
    expect(await sheet.textContent()).toMatch(/Klagefrist: onsdag den 11\. februar 2026/);
    expect(await sheet.locator('.sheet-checklist').textContent()).toContain('☑');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'meeting-sheet.png') });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.body.classList.add('printing-sheet'));
    expect(await page.locator('.klagefrist').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
    await page.close();
  }, 60_000);

  it('saves the letter as a PDF with its highlights and the note as annotations any reader shows', async () => {
    const page = await openSavedWithNote();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som PDF med markeringer' }).click()]);
    const pdf = await PDFDocument.load(readFileSync((await download.path())!));
    const annots = pdf.getPages().flatMap((p) => {
      const a = p.node.lookup(PDFName.of('Annots'));
      return a instanceof PDFArray ? a.asArray().map((r) => pdf.context.lookup(r, PDFDict)) : [];
    });
    const subtype = (d: PDFDict) => d.get(PDFName.of('Subtype'))?.toString();
    expect(annots.filter((d) => subtype(d) === '/Highlight').length).toBeGreaterThanOrEqual(10);
    const texts = annots.filter((d) => subtype(d) === '/Text').map((d) => d.lookup(PDFName.of('Contents'), PDFHexString).decodeText());
    expect(texts.join(' ')).toContain('Jeg ringede til praktikstedet om morgenen.');
    await page.close();
  }, 60_000);

  it('writes a note on a highlight by keyboard alone', async () => {
    const page = await openSavedWithNote();
    await page.locator('.findings .kind-sanction button.finding').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Skriv en note om dette' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await page.keyboard.type('Spørg om datoen.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gem note');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notes li').count()).toBe(2);
    expect(await page.locator('.notes').textContent()).toContain('Spørg om datoen.');
    await page.close();
  }, 60_000);

  it('moves the Sag to a fresh browser profile through a locked file, identical', async () => {
    const page = await context.newPage();
    await page.goto(viewer());
    await page.waitForSelector('.my-letters li', { timeout: 20_000 });
    await page.getByRole('button', { name: /Gem brevet som fil/ }).first().click();
    await page.locator('.transfer input[type="password"]').fill('hemmelig kode æøå');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem filen' }).click()]);
    const file = (await download.path())!;
    expect(readFileSync(file, 'utf8')).not.toContain('praktikstedet');
    await page.close();

    const other = await launchWithExtension(newProfile());
    try {
      const fresh = await other.context.newPage();
      await fresh.goto(`chrome-extension://${other.extensionId}/viewer.html`);
      await fresh.getByText('Hent breve fra en anden computer').click();
      await fresh.locator('#import-file').setInputFiles(file);
      await fresh.locator('#import-pass').fill('forkert');
      await fresh.getByRole('button', { name: 'Åbn filen' }).click();
      await expect.poll(() => fresh.locator('[role="alert"]').textContent()).toContain('Adgangskoden passer ikke');
      await fresh.locator('#import-pass').fill('hemmelig kode æøå');
      await fresh.getByRole('button', { name: 'Åbn filen' }).click();
      await fresh.getByRole('button', { name: 'Hent', exact: true }).click();
      await fresh.waitForSelector('.my-letters li', { timeout: 20_000 });
      expect(await fresh.locator('.my-letters li').first().textContent()).toMatch(/2 noter.*Klage påbegyndt/);
      expect(await fresh.locator('.my-letters h3').first().textContent()).toBe('L.M.');
      await fresh.locator('.my-letters .my-letter').first().click();
      await fresh.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
      await expect.poll(() => fresh.locator('.notes').textContent()).toContain('Jeg ringede til praktikstedet om morgenen.');
      await fresh.getByRole('button', { name: 'Skriv klage' }).click();
      expect(await fresh.locator('#klage-text').inputValue()).toContain('Tilføjet af mig.');
    } finally {
      await other.context.close();
    }
  }, 90_000);

  it('forgets a letter at once with "Gem ikke dette brev"', async () => {
    const page = await context.newPage();
    await page.goto(savedUrl.replace(/chrome-extension:\/\/[^/]+/, `chrome-extension://${extensionId}`));
    await page.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    await page.getByLabel('Gem ikke dette brev').check();
    await expect.poll(() => page.locator('.keep').textContent()).toContain('ikke gemt mere');
    await page.goto(viewer());
    await page.waitForSelector('.welcome');
    await page.waitForTimeout(500);
    expect(await page.locator('.my-letters li').count()).toBe(0);
    await page.close();
  }, 60_000);
});
