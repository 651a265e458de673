import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { checkStatement } from '../../lib/citat/checkStatement';
import { statementFromText } from '../../lib/citat/readStatement';
import { readPdfPages, type PdfJs } from '../../lib/pdf/readPdfPages';
import type { StatementCheck } from '../../lib/schema/statementCheck';
import { buildDocumentText } from '../../lib/text/buildDocumentText';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from './browser';
import { axeViolations } from './pageChecks';
import { serve } from './server';

// End-to-end for issue 10 (items 1 and the view of 3–4): Citat-tjek beside an open decision. The
// decision t11 quotes a psychiatric ward's journal; the user opens the journal (a text written for
// this test) beside it and reads each quote in its context, with the flags; the quotes link to their
// highlights and back; the journal's text is kept with the letter; the panel fits a phone, 200 %
// zoom, the keyboard, a screen reader and the dark and high-contrast themes. viewer.e2e.test.ts calls this.
const root = resolve(import.meta.dirname, '..', '..');
const shots = '/tmp/shots10';
const LETTER = 't11-frederikshavn-fradrag-ressourceforloeb.pdf';
const STATEMENT = join(root, 'tests/fixtures/citat/journal-t11.txt');
const SCAN = join(root, 'tests/fixtures/scan-no-text.pdf');

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the engine makes of the decision and the journal, computed here the way the viewer does. */
async function expectedCheck(): Promise<StatementCheck> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const doc = buildDocumentText(await readPdfPages(pdfjs, new Uint8Array(readFileSync(join(root, 'tests/letters', LETTER)))));
  const report = analyzeLetter(doc, { file: LETTER, received: null });
  return checkStatement(report, doc.text, statementFromText(readFileSync(STATEMENT, 'utf8'), 'journal-t11.txt'));
}

/** Sizes of the panel's text in CSS px, and whether the page is wider than the window. */
const MEASURE = `(() => {
  const sizes = [...document.querySelectorAll('.citat p, .citat li, .citat blockquote, .citat h4, .citat summary, .citat button, .citat label, .citat mark')]
    .filter((e) => e.offsetParent !== null && e.textContent.trim() !== '')
    .map((e) => parseFloat(getComputedStyle(e).fontSize));
  const side = document.querySelector('.side');
  return { smallest: Math.min(...sizes), count: sizes.length, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    sideOverflow: side ? side.scrollWidth - side.clientWidth : 0 };
})()`;

export const citatSuite = () =>
  describe.skipIf(!existsSync(CHROMIUM))('Citat-tjek in the viewer (issue 10)', () => {
    let context: BrowserContext;
    let extensionId: string;
    let base: string;
    let server: Server;
    let expected: StatementCheck;
    /** The address of the letter once saved (?saved=…): it opens again with its statement. */
    let savedUrl = '';

    beforeAll(async () => {
      if (!existsSync(EXTENSION_DIR)) throw new Error(`the extension is not built: ${EXTENSION_DIR}`);
      ({ url: base, server } = await serve([join(root, 'tests/letters'), join(root, 'tests/fixtures/citat')]));
      ({ context, extensionId } = await launchWithExtension());
      mkdirSync(shots, { recursive: true });
      expected = await expectedCheck();
    }, 90_000);

    afterAll(async () => {
      await context?.close();
      server?.close();
    });

    async function openLetter(size = { width: 1280, height: 900 }, url = `chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${base}/${LETTER}`)}`): Promise<Page> {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(url);
      await page.waitForSelector('.overview', { timeout: 30_000 });
      if (size.width > 760) await page.waitForSelector('.hl[data-kind="medical_quote"]', { timeout: 30_000 });
      return page;
    }

    /** A photo of the journal's first lines, as a PNG (drawn by the browser). */
    async function photoOfJournal(): Promise<Buffer> {
      const page = await context.newPage();
      await page.setViewportSize({ width: 620, height: 520 });
      const lines = readFileSync(STATEMENT, 'utf8').split('\n').slice(0, 16);
      await page.setContent(`<body style="margin:0;padding:28px 36px;background:#f4f1ea;font:15px/1.45 serif;color:#222;transform:rotate(-0.6deg)">${lines.map((l) => `<div>${l || '&nbsp;'}</div>`).join('')}</body>`);
      const png = await page.screenshot();
      await page.close();
      return png;
    }

    /** The quotes shown, each with its card's text. */
    const cards = (page: Page) => page.locator('.citat-quote');

    /** The view shows what the engine found: each quote, its context and its flags. */
    async function expectTheCheck(page: Page) {
      await page.waitForSelector('.citat-result', { timeout: 20_000 });
      expect(await cards(page).count()).toBe(expected.quotes.length);
      for (const [i, q] of expected.quotes.entries()) {
        const card = cards(page).nth(i);
        expect(await card.getAttribute('data-citat-finding')).toBe(String(q.finding));
        expect(oneLine(await card.locator('.citat-in-letter q').innerText())).toContain(oneLine(q.quote).slice(0, 100));
        if (q.match) {
          // The quote in its context: the sentence before and after, its own words marked.
          // (What a screen reader hears besides, "(ikke med i brevet)", is left out: the text as seen.)
          const context = oneLine(await card.locator('blockquote.citat-context').evaluate((e) => {
            const copy = e.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
            return copy.textContent ?? '';
          }));
          expect(context).toContain(oneLine(q.match.text));
          if (q.context) expect(context).toContain(oneLine(q.context.text).slice(0, 40));
          expect(await card.locator('mark.citat-mark-match').count()).toBeGreaterThan(0);
        } else expect(await card.getAttribute('class')).toContain('missing');
        for (const f of q.flags) expect(await card.locator(`.citat-flag.flag-${f.kind}`).count()).toBeGreaterThan(0);
      }
      expect(await page.locator('.citat-unmentioned li').count()).toBe(expected.unmentioned.length);
    }

    it('opens the doctor\'s journal beside the decision and shows each quote in its context, with links to the letter and back', async () => {
      const page = await openLetter();
      await page.screenshot({ path: join(shots, 'citat-overview-1280x900.png') });
      // From the first view: a main button, as the letter quotes a doctor.
      await page.getByRole('button', { name: 'Tjek citater fra lægen' }).click();
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('citat-title');
      expect(await page.locator('.citat').innerText()).toContain(`Brevet har ${expected.quotes.length} citater fra dine lægepapirer.`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, 'citat-picker-1280x900.png') });
      await page.locator('.citat input[type="file"]').setInputFiles(STATEMENT);
      await expectTheCheck(page);
      // After the check, focus is on its heading, so it is read next.
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('citat-result-title');
      expect(await page.locator('#citat-result-title').innerText()).toContain('journal-t11.txt');
      // Each flag is a checklist point, ready for the klage (issue 10, item 5).
      const flagged = expected.quotes.reduce((n, q) => n + new Set(q.flags.map((f) => f.kind)).size, 0) + expected.unmentioned.length;
      expect(flagged).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.checklist li[data-point^="citat-"]').count()).toBe(flagged);
      savedUrl = page.url();
      expect(savedUrl).toContain('saved=');

      // A quote goes to its highlight in the letter (focused), and Escape comes back to the quote.
      const first = expected.quotes[0]!;
      const show = page.getByRole('button', { name: 'Vis citat 1 i brevet' });
      await show.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("data-finding")')).toBe(String(first.finding));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Vis citat 1 i brevet');

      // And back: from the highlight's explanation to the quote's check.
      await page.locator(`.findings button.finding[data-finding="${first.finding}"]`).click();
      await page.getByRole('button', { name: 'Tjek citatet mod lægens papir' }).click();
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(`citat-quote-${first.finding}`);
      expect(await page.locator(`#citat-quote-${first.finding}`).getAttribute('class')).toContain('selected');

      expect(await axeViolations(page)).toEqual([]);
      const m = (await page.evaluate(MEASURE)) as { smallest: number; count: number; sideOverflow: number };
      expect(m.count).toBeGreaterThan(10);
      expect(m.smallest).toBeGreaterThanOrEqual(16);
      await page.locator('.citat-result').scrollIntoViewIfNeeded();
      await page.locator('#citat-result-title').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(shots, 'citat-1280x900.png') });
      await page.locator('.citat-quote .citat-flags').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(shots, 'citat-1280x900-flags.png') });
      await page.locator('.citat-unmentioned').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(shots, 'citat-1280x900-unmentioned.png') });
      await page.close();
    }, 120_000);

    it('keeps the journal\'s text with the letter: the check is there after a reload', async () => {
      expect(savedUrl).not.toBe('');
      const page = await openLetter(undefined, savedUrl);
      await page.getByRole('button', { name: 'Tjek citater fra lægen' }).click();
      await expectTheCheck(page);
      // The text can be corrected, and the check runs again on it.
      await page.getByRole('button', { name: 'Ret teksten' }).click();
      const field = page.getByLabel('Teksten fra lægens papir', { exact: true });
      expect(await field.inputValue()).toContain('Patienten har en tilbagevendende depression');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, 'citat-edit-1280x900.png') });
      await page.getByRole('button', { name: 'Tjek citaterne' }).click();
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('citat-result-title');
      await page.close();
    }, 120_000);

    it('fits a phone (390 × 844) as a tab, and 200 % zoom, with text of 16 px or more', async () => {
      for (const [name, size] of [
        ['390x844', { width: 390, height: 844 }],
        ['zoom200', { width: 640, height: 450 }],
      ] as const) {
        const page = await openLetter(size, savedUrl);
        await page.getByRole('tab', { name: 'Citater' }).click();
        expect(await page.getByRole('tab', { name: 'Citater' }).getAttribute('aria-selected')).toBe('true');
        await expectTheCheck(page);
        const m = (await page.evaluate(MEASURE)) as { smallest: number; overflow: number; sideOverflow: number };
        expect(m.smallest, name).toBeGreaterThanOrEqual(16);
        expect(m.overflow, name).toBeLessThanOrEqual(0);
        expect(m.sideOverflow, name).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(shots, `citat-${name}.png`) });
        await cards(page).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(shots, `citat-${name}-quote.png`) });
        if (name === '390x844') {
          // A photo on a phone: the image above the field, all within the screen.
          await page.getByRole('button', { name: 'Tjek et andet papir' }).click();
          await page.locator('.citat input[type="file"]').setInputFiles({ name: 'foto-af-journal.png', mimeType: 'image/png', buffer: await photoOfJournal() });
          await page.waitForSelector('.scan-images img', { timeout: 20_000 });
          await expect.poll(() => page.locator('#citat-ocr-progress').count(), { timeout: 10_000 }).toBe(1);
          const box = await page.getByRole('dialog').boundingBox();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(390);
          expect(await axeViolations(page)).toEqual([]);
          await page.screenshot({ path: join(shots, 'citat-photo-390x844.png') });
          // Small words on a phone: the picture enlarged, read by scrolling in its box.
          await page.getByRole('button', { name: 'Større billede' }).click();
          expect(await page.getByRole('button', { name: 'Større billede' }).getAttribute('aria-pressed')).toBe('true');
          await page.screenshot({ path: join(shots, 'citat-photo-390x844-larger.png') });
          await page.getByRole('dialog').getByRole('button', { name: 'Luk' }).click();
          await page.getByRole('button', { name: 'Tilbage til tjekket' }).click();
        }
        // On a phone the quote's link switches to the letter's tab, on its highlight.
        await page.getByRole('button', { name: 'Vis citat 1 i brevet' }).click();
        expect(await page.getByRole('tab', { name: 'Brevet' }).getAttribute('aria-selected')).toBe('true');
        await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("data-finding")')).toBe(String(expected.quotes[0]!.finding));
        await page.close();
      }
    }, 180_000);

    it('reads well in the dark and the high-contrast theme', async () => {
      for (const theme of ['dark', 'contrast'] as const) {
        const page = await openLetter(undefined, savedUrl);
        await page.evaluate((th) => localStorage.setItem('brevtjek:visning', JSON.stringify({ theme: th, textSize: 'normal', singleKeys: true, language: 'da' })), theme);
        await page.reload();
        await page.waitForSelector('.overview', { timeout: 30_000 });
        expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
        await page.getByRole('button', { name: 'Tjek citater fra lægen' }).click();
        await expectTheCheck(page);
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('#citat-result-title').evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(shots, `citat-${theme}-1280x900.png`) });
        await page.evaluate(() => localStorage.removeItem('brevtjek:visning'));
        await page.close();
      }
    }, 120_000);

    it('takes the paper from Mine breve, where it was opened as a letter', async () => {
      // The journal opened in Brevtjek on its own: saved as a letter, in no Sag, as the decision is.
      const journal = await context.newPage();
      await journal.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${base}/journal-t11.txt`)}`);
      await expect.poll(() => journal.url(), { timeout: 30_000 }).toContain('saved=');
      await journal.close();
      const page = await openLetter(undefined, savedUrl);
      await page.getByRole('button', { name: 'Tjek citater fra lægen' }).click();
      await page.waitForSelector('.citat-result', { timeout: 20_000 });
      await page.getByRole('button', { name: 'Tjek et andet papir' }).click();
      await page.getByText('Brug et brev fra Mine breve').click();
      const choose = page.getByLabel('Vælg papiret');
      const option = await choose.locator('option', { hasText: 'journal' }).first().getAttribute('value');
      await choose.selectOption(option!);
      await page.getByRole('button', { name: 'Brug det' }).click();
      await expect.poll(() => page.locator('#citat-result-title').innerText()).toContain('journal-t11.txt');
      await expectTheCheck(page);
      await page.close();
    }, 120_000);

    it('takes a file dropped on the panel, not as a new letter; pasted text; and a scan, typed in beside its image', async () => {
      const page = await openLetter(undefined, savedUrl);
      await page.getByRole('button', { name: 'Tjek citater fra lægen' }).click();
      await page.waitForSelector('.citat-result', { timeout: 20_000 });
      await page.getByRole('button', { name: 'Tjek et andet papir' }).click();

      // Dropped on the panel: read as the doctor's paper; the letter stays open.
      const letterUrl = page.url();
      await page.locator('.citat').evaluate((zone) => {
        const file = new File(['Statusattest\n\nPatienten kan arbejde 2 timer om dagen. Prognosen er god.'], 'statusattest.txt', { type: 'text/plain' });
        const data = new DataTransfer();
        data.items.add(file);
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      });
      await expect.poll(() => page.locator('#citat-result-title').innerText()).toContain('statusattest.txt');
      expect(page.url()).toBe(letterUrl);
      expect(await page.locator('.drop-zone').count()).toBe(0);
      // Two papers now: the user chooses which to see.
      expect(await page.getByRole('group', { name: 'Lægens papirer til dette brev' }).getByRole('button').count()).toBe(2);

      // Pasted.
      await page.getByRole('button', { name: 'Tjek et andet papir' }).click();
      await page.getByText('Indsæt teksten i stedet').click();
      await page.getByLabel('Teksten fra lægens papir').fill('Lægeerklæring. Hun kan højst arbejde 10 timer om ugen.');
      await page.locator('.statement-paste').getByRole('button', { name: 'Tjek citaterne' }).click();
      await expect.poll(() => page.locator('#citat-result-title').innerText()).toContain('Indsat tekst');

      // A PDF of images: its page beside the field; OCR starts at once, with its progress and a way to stop.
      await page.getByRole('button', { name: 'Tjek et andet papir' }).click();
      await page.locator('.citat input[type="file"]').setInputFiles(SCAN);
      const dialog = page.getByRole('dialog', { name: 'Lægens papir er et billede' });
      await dialog.waitFor({ timeout: 20_000 });
      await dialog.getByRole('button', { name: 'Stop' }).click();
      await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('Du stoppede');
      expect(await dialog.getByRole('button', { name: 'Læs billedet igen' }).count()).toBe(1);
      await page.waitForSelector('.scan-images img', { timeout: 20_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, 'citat-scan-stopped-1280x900.png') });
      await dialog.getByLabel('Teksten fra lægens papir', { exact: true }).fill('Speciallægeerklæring. Prognosen er usikker.');
      await dialog.getByRole('button', { name: 'Tjek citaterne' }).click();
      await expect.poll(() => page.locator('#citat-result-title').innerText()).toContain('scan-no-text.pdf');
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await page.locator('.citat-result .warning').count()).toBe(0);

      // A photo of the journal (made here: its first lines as an image): read by OCR beside the image, then checked.
      await page.getByRole('button', { name: 'Tjek et andet papir' }).click();
      await page.locator('.citat input[type="file"]').setInputFiles({ name: 'foto-af-journal.png', mimeType: 'image/png', buffer: await photoOfJournal() });
      const photo = page.getByRole('dialog', { name: 'Lægens papir er et billede' });
      await photo.waitFor({ timeout: 20_000 });
      expect(await page.locator('.scan-images img').getAttribute('alt')).toBe('Side 1 af 1 af lægens papir');
      await expect.poll(() => page.locator('#citat-ocr-progress').count(), { timeout: 10_000 }).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, 'citat-ocr-running-1280x900.png') });
      const field = photo.getByLabel('Teksten fra lægens papir', { exact: true });
      await expect.poll(() => field.inputValue(), { timeout: 120_000, interval: 1000 }).toMatch(/tilbagevendende depression/);
      expect(await photo.innerText()).toContain('Der kan være fejl i ordene');
      await page.screenshot({ path: join(shots, 'citat-photo-1280x900.png') });
      // The user corrects what was misread, and checks.
      await field.fill((await field.inputValue()).replace(/Ambulat\S*/, 'Ambulatorium'));
      await photo.getByRole('button', { name: 'Tjek citaterne' }).click();
      await expect.poll(() => page.locator('#citat-result-title').innerText()).toContain('foto-af-journal.png');
      expect(await page.locator('.citat-result .warning').innerText()).toContain('Teksten er læst fra et billede');
      // The journal's first quote is in the photo: found in it.
      expect(await page.locator(`.citat-quote[data-citat-finding="${expected.quotes[0]!.finding}"] blockquote.citat-context`).count()).toBe(1);
      await page.locator('#citat-result-title').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(shots, 'citat-ocr-result-1280x900.png') });
      await page.close();
    }, 240_000);
  });
