import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchWithExtension } from './browser';
import { longLetter } from './longLetter';
import { serve } from './server';
import { glossarySuite } from './glossarySuite';
import { keyboardSuite } from './keyboardSuite';
import { printSuite } from './printSuite';
import { readAloudSuite } from './readAloudSuite';
import { reminderSuite } from './reminderSuite';
import { workSuite } from './workSuite';
import { layoutSuite } from './layoutSuite';
import { languageSuite } from './languageSuite';
import { citatSuite } from './citatSuite';
import { hostileSuite } from './hostileSuite';
import { pageScriptSuite } from './pageScriptSuite';

// End-to-end: Debian's Chromium with the built extension, driven by playwright-core.
const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'test-artifacts');
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.BREVTJEK_REQUIRE_BROWSER) throw new Error(`Chromium not found at ${CHROMIUM}`);

let context: BrowserContext;
let extensionId: string;
let base: string;
let server: Server;
const requests: string[] = [];

interface AxeResult {
  violations: Array<{ id: string; nodes: unknown[] }>;
}
interface Axe {
  run: (context?: unknown, options?: unknown) => Promise<AxeResult>;
}

const viewerUrl = (query = '') => `chrome-extension://${extensionId}/viewer.html${query}`;

async function openLetter(page: Page, file: string) {
  await page.goto(viewerUrl(`?file=${encodeURIComponent(`${base}/${file}`)}`));
  await page.waitForSelector('[data-testid="klagefrist"]', { timeout: 20_000 });
}

/** The text-layer words under the middle of a highlight: proves it is drawn over the right words. */
async function wordsUnder(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    const hits: string[] = [];
    for (const x of [r.left + r.width * 0.25, r.left + r.width * 0.5, r.left + r.width * 0.75]) {
      const under = document.elementsFromPoint(x, r.top + r.height / 2).find((e) => e.closest('.textLayer') && e.tagName === 'SPAN');
      if (under?.textContent) hits.push(under.textContent);
    }
    return hits.join(' | ');
  });
}

describe.skipIf(!haveBrowser)('Brevtjek in Chromium', () => {
  beforeAll(async () => {
    // A production build (React's development build is far slower), with localhost added for the fixture page.
    const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
    ({ url: base, server } = await serve([join(root, 'tests/e2e/fixtures'), join(root, 'tests/letters'), join(root, 'tests/fixtures')]));
    ({ context, extensionId } = await launchWithExtension());
    context.on('request', (r) => requests.push(r.url()));
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(root, 'tests/fixtures/long-letter.tmp.pdf'), await longLetter(150));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it('opens a letter and highlights all four kinds over the right words, with panel and klagefrist', async () => {
    const page = await context.newPage();
    await openLetter(page, 't11-frederikshavn-fradrag-ressourceforloeb.pdf');
    await page.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    const texts = await page.locator('.hl[data-kind]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}: ${e.getAttribute('data-text')}`));
    expect(texts).toContain('law: § 69 b, stk. 2, i lov om aktiv socialpolitik');
    expect(texts).toContain('sanction: du ikke gav praktikstedet eller din mentor besked');
    expect(texts).toContain('medical_quote: du kan deltage i praktik to dage om ugen med skånehensyn');
    expect(texts.some((t) => t.startsWith('deadline: senest 4 uger efter, at du har modtaget denne afgørelse'))).toBe(true);
    expect(await wordsUnder(page, '.hl[data-kind="sanction"][data-text^="du ikke gav"]')).toMatch(/praktikstedet|mentor|besked/);
    expect(await wordsUnder(page, '.hl[data-kind="law"][data-text^="§ 69 b"]')).toMatch(/§ 69 b|aktiv|socialpolitik|stk/);
    await expect.poll(() => page.locator('[data-testid="klagefrist"]').getAttribute('data-date')).toBe('2026-02-11');
    for (const heading of ['Frister', 'Grunde til sanktion', 'Citater fra lægepapirer', 'Lovhenvisninger']) {
      await expect.poll(() => page.locator('.findings h3', { hasText: heading }).count()).toBe(1);
    }
    // The user's received date moves the frist.
    await page.locator('.received input[type="date"]').fill('2026-01-21');
    await expect.poll(() => page.locator('[data-testid="klagefrist"]').getAttribute('data-date')).toBe('2026-02-18');
    await page.close();
  });

  it('takes the received date from the address (?received=) and ignores a bad one', async () => {
    const page = await context.newPage();
    const klagefrist = page.locator('[data-testid="klagefrist"]');
    const input = page.locator('#received-date');
    const t11 = encodeURIComponent(`${base}/t11-frederikshavn-fradrag-ressourceforloeb.pdf`);
    // Without it the frist counts from the letter's date (14 January 2026); with it, from that day.
    await page.goto(viewerUrl(`?file=${t11}&received=2026-01-21`));
    await expect.poll(() => klagefrist.getAttribute('data-date'), { timeout: 20_000 }).toBe('2026-02-18');
    expect(await input.inputValue()).toBe('2026-01-21');
    expect(await page.locator('.received-until').count()).toBe(0);
    await page.goto(viewerUrl('?sample&received=2026-01-21'));
    await expect.poll(() => klagefrist.getAttribute('data-date'), { timeout: 20_000 }).toBe('2026-02-18');
    for (const bad of ['21-01-2026', '2026-02-30', 'i-går']) {
      await page.goto(viewerUrl(`?file=${t11}&received=${encodeURIComponent(bad)}`));
      await expect.poll(() => klagefrist.getAttribute('data-date'), { timeout: 20_000 }).toBe('2026-02-11');
      expect(await input.inputValue()).toBe('');
    }
    // A text letter in the address takes it too.
    await page.goto(viewerUrl(`?file=${encodeURIComponent(`${base}/brev-uden-dato.txt`)}&received=2026-03-02`));
    await expect.poll(() => klagefrist.getAttribute('data-date'), { timeout: 20_000 }).toBe('2026-03-30');
    await page.close();
  });

  it('leaves the received date empty on open, and says the frist counts from the date of the letter until it is set', async () => {
    const page = await context.newPage();
    // The sample letter's own copy (the sample itself is opened as if it came 2 days ago).
    await page.goto(viewerUrl(`?file=${encodeURIComponent(`${base}/t11-frederikshavn-fradrag-ressourceforloeb.pdf`)}`));
    const klagefrist = page.locator('[data-testid="klagefrist"]');
    await expect.poll(() => klagefrist.getAttribute('data-date'), { timeout: 20_000 }).toBe('2026-02-11');
    expect(await klagefrist.getAttribute('data-basis')).toMatch(/^(stated-period|law|stated-date)$/);
    expect(await page.getByLabel('Dagen, brevet kom til dig i Digital Post').inputValue()).toBe('');
    expect(await page.locator('.received-why').textContent()).toBe('Fristen tæller fra den dag, brevet lå i postkassen – også hvis du åbnede det senere.');
    expect(await page.locator('.received-until').textContent()).toBe('Skriv datoen. Indtil da regner Brevtjek fra brevets dato, 14. januar 2026.');
    // Who sent it and what it is about, in the banner's header; no ISO date in any text.
    expect(await page.locator('.letter-about').textContent()).toMatch(/^Fra .+ · .+$/);
    expect(await page.locator('.klagefrist').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await page.locator('.klagefrist-route').textContent()).toMatch(/klagen/);
    await page.locator('#received-date').fill('2026-01-21');
    await expect.poll(() => klagefrist.getAttribute('data-date')).toBe('2026-02-18');
    expect(await page.locator('.received-until').count()).toBe(0);
    await page.locator('#received-date').fill('');
    await expect.poll(() => klagefrist.getAttribute('data-date')).toBe('2026-02-11');
    expect(await page.locator('.received-until').count()).toBe(1);
    await page.close();
  });

  it('asks when the letter came when its date cannot be found, and counts the frist from the answer', async () => {
    const page = await context.newPage();
    await page.goto(viewerUrl());
    await page.getByText('Er brevet ikke en PDF? Indsæt teksten').click();
    await page.locator('#paste-text').fill(readFileSync(join(root, 'tests/e2e/fixtures/brev-uden-dato.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Tjek teksten' }).click();
    const klagefrist = page.locator('[data-testid="klagefrist"]');
    await klagefrist.waitFor({ timeout: 20_000 });
    expect(await klagefrist.getAttribute('data-basis')).toBe('needs-received-date');
    expect(await klagefrist.getAttribute('data-date')).toBe('');
    expect(await klagefrist.textContent()).toBe('Hvornår kom brevet til dig i Digital Post?');
    const banner = page.locator('.klagefrist');
    expect(await banner.innerText()).not.toMatch(/Ingen klagefrist/);
    expect(await page.locator('.needs-why').textContent()).toMatch(/klagefrist på 4 uger.*brevets dato/);
    // The question is the field's label, and the field is right under it.
    const input = page.getByLabel('Hvornår kom brevet til dig i Digital Post?');
    expect(await input.inputValue()).toBe('');
    const [q, f] = await Promise.all([klagefrist.boundingBox(), input.boundingBox()]);
    expect(f!.y - (q!.y + q!.height)).toBeLessThan(40);
    await input.fill('2026-03-02');
    await expect.poll(() => klagefrist.getAttribute('data-date')).toBe('2026-03-30');
    expect(await klagefrist.getAttribute('data-basis')).not.toBe('needs-received-date');
    expect(await klagefrist.textContent()).toMatch(/Klag senest mandag den 30\. marts 2026/);
    // The same field, still focused and still holding the date, now beside the frist.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('received-date');
    expect(await page.getByLabel('Dagen, brevet kom til dig i Digital Post').inputValue()).toBe('2026-03-02');
    await page.close();
  });

  it('shows the frist with a visible note where Brevtjek is not sure there is a right to complain', async () => {
    const page = await context.newPage();
    await openLetter(page, 'varsel-med-beslutning.txt');
    const klagefrist = page.locator('[data-testid="klagefrist"]');
    expect(await klagefrist.getAttribute('data-certain')).toBe('false');
    expect(await klagefrist.getAttribute('data-date')).toBe('2026-03-31');
    const marker = page.getByRole('link', { name: 'Brevtjek er ikke helt sikker – se hvorfor her' });
    expect(await marker.isVisible()).toBe(true);
    expect((await page.locator('.warning').allTextContents()).some((w) => /afgørelse/.test(w))).toBe(true);
    await marker.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('klagefrist-notes');
    await page.close();
  });

  it('opens the steps when the frist in the letter and the frist in the law differ', async () => {
    const page = await context.newPage();
    await openLetter(page, 'frist-6-uger.txt');
    expect(await page.locator('[data-testid="klagefrist"]').getAttribute('data-date')).toBe('2026-03-31');
    expect(await page.locator('#klagefrist-how').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#klagefrist-how li', { hasText: '14. april 2026' }).isVisible()).toBe(true);
    // Where they agree, the steps stay folded.
    await openLetter(page, 't11-frederikshavn-fradrag-ressourceforloeb.pdf');
    expect(await page.locator('#klagefrist-how').getAttribute('open')).toBeNull();
    await page.close();
  });

  it('says a letter with no right to complain has no klagefrist, and asks for no date', async () => {
    const page = await context.newPage();
    await openLetter(page, 't04-odsherred-partshoering-sygedagpenge.pdf');
    const klagefrist = page.locator('[data-testid="klagefrist"]');
    expect(await klagefrist.getAttribute('data-basis')).toBe('no-appeal');
    expect(await klagefrist.textContent()).toBe('Ingen klagefrist i dette brev');
    expect(await page.locator('#klagefrist-how summary').textContent()).toBe('Hvorfor er der ingen frist for at klage?');
    expect(await page.locator('#received-date').count()).toBe(0);
    await page.close();
  });

  it('shows and highlights the first page of a long letter before the last page is read', async () => {
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(viewerUrl(`?file=${encodeURIComponent(`${base}/long-letter.tmp.pdf`)}`));
    await page.waitForSelector('[data-page-number="1"] .hl[data-kind="sanction"]', { timeout: 30_000 });
    const firstHighlight = Date.now() - t0;
    const stillReading = await page.locator('.progress').count();
    await page.locator('[data-testid="klagefrist"][data-date="2026-03-31"]').waitFor({ timeout: 60_000 });
    await page.locator('.progress').waitFor({ state: 'detached', timeout: 60_000 });
    const complete = Date.now() - t0;
    console.log(`150-page letter: first highlight after ${firstHighlight} ms, all pages read after ${complete} ms`);
    expect(stillReading).toBe(1);
    expect(firstHighlight).toBeLessThan(complete);
    // Scrolling works while it reads: the last page is there, and is drawn when scrolled to.
    await page.locator('[data-page-number="150"]').scrollIntoViewIfNeeded();
    await page.locator('[data-page-number="150"] .hl[data-kind="deadline"]').waitFor({ timeout: 20_000 });
    await page.close();
  }, 120_000);

  it('analyses a 100-page letter off the page’s thread, page by page: page 1 highlighted while it reads, the klagefrist from the last page', async () => {
    writeFileSync(join(root, 'tests/fixtures/long-letter-100.tmp.pdf'), await longLetter(100));
    const page = await context.newPage();
    // The page's long tasks (over 50 ms), from its start.
    await page.addInitScript({
      content: `window.__longTasks = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true }); } catch {}`,
    });
    const t0 = Date.now();
    await page.goto(viewerUrl(`?file=${encodeURIComponent(`${base}/long-letter-100.tmp.pdf`)}`));
    await page.waitForSelector('[data-page-number="1"] .hl[data-kind="sanction"]', { timeout: 30_000 });
    const firstHighlight = Date.now() - t0;
    const whileReading = await page.locator('main.pages').getAttribute('data-letter-state');
    await page.locator('main.pages[data-letter-state="done"]').waitFor({ timeout: 120_000 });
    const done = Date.now() - t0;
    // The klagefrist comes from the last page: 4 weeks from the letter's date (3 March 2026).
    await expect.poll(() => page.locator('[data-testid="klagefrist"]').getAttribute('data-date')).toBe('2026-03-31');
    // Analysed in the worker: no pass on the page's own thread.
    expect(await page.locator('main.pages').getAttribute('data-analysis')).toBe('worker');
    const figures = await page.evaluate(`({
      onPage: performance.getEntriesByName('brevtjek:analysis-pass-on-page').length,
      results: performance.getEntriesByName('brevtjek:analysis-result').map((m) => ({ at: Math.round(m.startTime), ...m.detail })),
      long: window.__longTasks,
      drawn: document.querySelectorAll('main.pages .page canvas').length,
    })`) as { onPage: number; results: Array<{ at: number; pages: number; cost: number; complete: boolean }>; long: number[]; drawn: number };
    const long = figures.long;
    console.log(
      `100-page letter: first highlight after ${firstHighlight} ms, done after ${done} ms; ${figures.results.length} analysis passes (${figures.results.map((r) => `${r.pages}p/${r.cost}ms`).join(', ')}); ` +
        `long tasks on the page: ${long.length}, ${long.reduce((a, b) => a + b, 0)} ms in all, longest ${Math.max(0, ...long)} ms`,
    );
    expect(whileReading).toBe('reading');
    expect(figures.onPage).toBe(0);
    // The first pass is of the first page alone; the last of all 100.
    expect(figures.results[0]?.pages).toBe(1);
    expect(figures.results.at(-1)).toMatchObject({ pages: 100, complete: true });
    // Paced: no more passes than one every 400 ms between the first and the last (and the last at once).
    const span = (figures.results.at(-1)?.at ?? 0) - (figures.results[0]?.at ?? 0);
    expect(figures.results.length).toBeLessThanOrEqual(2 + Math.floor(span / 400));
    // Only the pages near the view are drawn; the rest are empty boxes of their size.
    expect(figures.drawn).toBeGreaterThan(0);
    expect(figures.drawn).toBeLessThan(10);
    expect(await page.locator('main.pages .page').count()).toBe(100);
    // The last page's highlight, once scrolled to.
    await page.locator('[data-page-number="100"]').scrollIntoViewIfNeeded();
    await page.locator('[data-page-number="100"] .hl[data-kind="deadline"]').waitFor({ timeout: 20_000 });
    await page.close();
  }, 180_000);

  it('marks a citation that runs over a page break on both pages', async () => {
    const page = await context.newPage();
    await openLetter(page, 'citation-over-page-break.pdf');
    await page.waitForSelector('[data-page-number="2"] .hl[data-kind="law"]', { timeout: 20_000 });
    const pages = await page.locator('.hl[data-kind="law"]').evaluateAll((els) => els.map((e) => e.closest('[data-page-number]')?.getAttribute('data-page-number')));
    expect(new Set(pages)).toEqual(new Set(['1', '2']));
    await page.close();
  });

  it('jumps from the panel to the highlight and focuses it, by keyboard', async () => {
    const page = await context.newPage();
    await openLetter(page, 't11-frederikshavn-fradrag-ressourceforloeb.pdf');
    const item = page.locator('.findings .kind-group.kind-law button.finding').last();
    await item.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe('law');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-text'));
    expect(focused).toBe('forvaltningslovens § 8');
    // Filtering a kind hides its highlights.
    await page.locator('.filters button', { hasText: 'Lovhenvisninger' }).click();
    await expect.poll(() => page.locator('.hl[data-kind="law"]').count()).toBe(0);
    await page.close();
  });

  it('finds words in the letter with Ctrl+F', async () => {
    const page = await context.newPage();
    await openLetter(page, 't11-frederikshavn-fradrag-ressourceforloeb.pdf');
    await page.locator('.pages').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await page.locator('.findbar input').fill('mentor');
    await expect.poll(() => page.locator('.findbar [aria-live]').textContent()).toMatch(/1 af \d/);
    await expect.poll(() => page.locator('.search-hit').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('puts a button beside each PDF letter on a Digital Post page, and the button opens the letter', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/digitalpost.html`);
    await expect.poll(() => page.locator('button[data-brevtjek]').count(), { timeout: 10_000 }).toBe(4);
    expect(await page.locator('#brev-5 button[data-brevtjek]').count()).toBe(1);
    expect(await page.locator('#brev-3 button[data-brevtjek]').count()).toBe(0);
    const [viewer] = await Promise.all([context.waitForEvent('page'), page.locator('#brev-1 button[data-brevtjek]').click()]);
    await viewer.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    expect(await viewer.locator('[data-testid="klagefrist"]').getAttribute('data-date')).toBe('2025-04-07');
    // Saved on this computer: the address names the saved letter, so a reload opens it again.
    await expect.poll(() => viewer.url()).toContain(`chrome-extension://${extensionId}/viewer.html?saved=`);
    await viewer.reload();
    await viewer.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    expect(await viewer.locator('[data-testid="klagefrist"]').getAttribute('data-date')).toBe('2025-04-07');
    await viewer.close();
    await page.close();
  });

  it('opens a link the way the context menu does (fetched in the background)', async () => {
    const page = await context.newPage();
    await page.goto(viewerUrl());
    const [viewer] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate((url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'brevtjek:open-url', url }), `${base}/t16-ikast-brande-skaerpet.pdf`),
    ]);
    await viewer.waitForSelector('[data-testid="klagefrist"][data-date="2025-03-03"]', { timeout: 20_000 });
    await viewer.close();
    await page.close();
  });

  it('opens a PDF chosen with the file picker, and the sample letter', async () => {
    const page = await context.newPage();
    await page.goto(viewerUrl());
    await page.locator('.file-button input[type="file"]').setInputFiles(join(root, 'tests/letters/t12-lolland-fradrag-uden-klagevejledning.pdf'));
    await page.waitForSelector('[data-testid="klagefrist"][data-date="2026-06-05"]', { timeout: 20_000 });
    expect(await page.locator('.warning').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/ingen klagevejledning/), expect.stringMatching(/grundlovsdag/)]),
    );
    await page.goto(viewerUrl());
    await page.getByRole('button', { name: 'Prøv med et eksempelbrev' }).click();
    await page.waitForSelector('.hl[data-kind="medical_quote"]', { timeout: 20_000 });
    await page.close();
  });

  it.each([
    ['an encrypted PDF', 'encrypted.pdf', 'encrypted', /adgangskode/],
    ['a damaged PDF', 'damaged.pdf', 'damaged', /beskadiget/],
    ['a file that is not a PDF', 'not-a-letter.pdf', 'not-pdf', /ikke en PDF/],
    ['a scan with no text layer', 'scan-no-text.pdf', 'no-text', /scanning/],
    ['a letter that cannot be fetched', 'udloebet-session.pdf', 'fetch-failed', /logget ud/],
  ])('explains %s in Danish, with a way forward', async (_what, file, code, message) => {
    const page = await context.newPage();
    await page.goto(viewerUrl(`?file=${encodeURIComponent(`${base}/${file}`)}`));
    const error = page.locator(`[data-error="${code}"]`);
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toMatch(message);
    expect(await page.getByRole('button', { name: 'Vælg et andet brev' }).count()).toBe(1);
    if (code === 'encrypted') {
      await page.locator('input[type="password"]').fill('brevtjek');
      await page.getByRole('button', { name: 'Åbn brevet' }).click();
      await page.waitForSelector('[data-testid="klagefrist"]', { timeout: 20_000 });
    }
    if (code === 'no-text') expect(await page.locator('textarea').count()).toBe(1);
    if (code === 'fetch-failed') expect(await page.getByRole('button', { name: 'Prøv igen' }).count()).toBe(1);
    await page.close();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const page = await context.newPage();
    await openLetter(page, 't11-frederikshavn-fradrag-ressourceforloeb.pdf');
    await page.waitForSelector('.hl[data-kind]', { timeout: 20_000 });
    await page.locator('.findings button.finding').first().click();
    await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      // pdf.js's invisible text-measuring canvas (0 × 0) is no content.
      const r = await (window as unknown as { axe: Axe }).axe.run({ exclude: [['.hiddenCanvasElement']] }, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.slice(0, 2)).slice(0, 300)}`);
    });
    expect(violations).toEqual([]);
    await page.goto(viewerUrl());
    // The viewer's code loads after its first paint (entrypoints/viewer/main.tsx): read the welcome page once it is drawn.
    await page.locator('main h1').first().waitFor({ timeout: 20_000 });
    await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const welcome = await page.evaluate(async () => (await (window as unknown as { axe: Axe }).axe.run()).violations.map((v) => v.id));
    expect(welcome).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations in the needs-received-date and unsure states (axe-core)', async () => {
    const page = await context.newPage();
    for (const file of ['brev-uden-dato.txt', 'varsel-med-beslutning.txt']) {
      await openLetter(page, file);
      await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
      const violations = await page.evaluate(async () => (await (window as unknown as { axe: Axe }).axe.run()).violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 2)).slice(0, 300)}`));
      expect(violations, file).toEqual([]);
    }
    await page.close();
  });

  it('shows the letter\'s own earlier day as the day to send by, and says the law gives until later', async () => {
    const page = await context.newPage();
    await openLetter(page, 'kortere-klagefrist.txt');
    const klagefrist = page.locator('[data-testid="klagefrist"]');
    // 4 weeks from 5 March is skærtorsdag 2 April: by law the frist runs to Tuesday 7 April.
    expect(await klagefrist.getAttribute('data-date')).toBe('2026-04-02');
    expect(await klagefrist.getAttribute('data-legal')).toBe('2026-04-07');
    const how = page.locator('#klagefrist-how');
    expect(await how.getAttribute('open')).not.toBeNull();
    expect(await how.innerText()).toContain('Et brev kan ikke gøre fristen kortere');
    await page.close();
  });

  it('writes screenshots of the klagefrist banner, which fits a phone', async () => {
    const shots: Array<[string, string]> = [
      ['normal', 't11-frederikshavn-fradrag-ressourceforloeb.pdf'],
      ['needs-received-date', 'brev-uden-dato.txt'],
      ['unsure', 'varsel-med-beslutning.txt'],
      ['shorter', 'kortere-klagefrist.txt'],
    ];
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      for (const [state, file] of shots) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height });
        await openLetter(page, file);
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(artifacts, `klagefrist-${state}-${width}.png`) });
        const { overflow, bottom } = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          bottom: document.querySelector('[data-testid="klagefrist"]')!.getBoundingClientRect().bottom,
        }));
        expect(overflow, `${state} at ${width}`).toBeLessThanOrEqual(0);
        expect(bottom, `${state} at ${width}`).toBeLessThan(height / 2);
        await page.close();
      }
    }
  }, 60_000);

  it('writes a screenshot of a highlighted letter', async () => {
    const page = await context.newPage();
    await openLetter(page, 't11-frederikshavn-fradrag-ressourceforloeb.pdf');
    await page.waitForSelector('.hl[data-kind="sanction"]', { timeout: 20_000 });
    await page.locator('.findings .kind-medical_quote button.finding').first().click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(artifacts, 'viewer.png') });
    expect(existsSync(join(artifacts, 'viewer.png'))).toBe(true);
    await page.close();
  });

  it('sends no request to any host but the local fixture server', () => {
    const outside = requests.filter((u) => {
      const url = new URL(u);
      // chrome: is the browser's own built-in PDF viewer (in the Digital Post fixture's iframe): no network.
      return !['chrome-extension:', 'chrome:', 'data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost';
    });
    expect(requests.length).toBeGreaterThan(20);
    expect([...new Set(outside.map((u) => u.slice(0, 80)))]).toEqual([]);
  });
});

// Fixtures made here: a damaged PDF (a letter cut off) and a file that is not a PDF.
const fixtures = join(root, 'tests/fixtures');
if (!existsSync(join(fixtures, 'damaged.pdf'))) {
  writeFileSync(join(fixtures, 'damaged.pdf'), readFileSync(join(root, 'tests/letters/t02-esbjerg-fradrag-tilbud.pdf')).subarray(0, 900));
}
if (!existsSync(join(fixtures, 'not-a-letter.pdf'))) writeFileSync(join(fixtures, 'not-a-letter.pdf'), 'GIF89a dette er et billede, ikke et brev');

workSuite();
reminderSuite();
printSuite();
readAloudSuite();
keyboardSuite();
glossarySuite();
layoutSuite();
languageSuite();
citatSuite();
hostileSuite();
pageScriptSuite();
