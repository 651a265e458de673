import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * End-to-end in Firefox: the Firefox build (MV2) installed in Firefox ESR as a temporary add-on,
 * driven over WebDriver BiDi by puppeteer-core. A core suite, beside the full one in Chromium
 * (tests/e2e): the viewer opens, the sample letter is read and marked with every kind, the
 * klagefrist has a date, and a bad file is explained in Danish.
 *
 * Firefox is /usr/bin/firefox-esr (`apt-get install firefox-esr`), /usr/bin/firefox or FIREFOX_PATH;
 * without it the suite is skipped with a note, unless BREVTJEK_REQUIRE_BROWSER is set (.ci/run).
 */
const root = resolve(import.meta.dirname, '..', '..');
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const haveBrowser = FIREFOX !== undefined && existsSync(FIREFOX);
if (!haveBrowser && process.env.BREVTJEK_REQUIRE_BROWSER) throw new Error(`Firefox not found (${FIREFOX ?? '/usr/bin/firefox-esr'}); install firefox-esr or set FIREFOX_PATH`);
if (!haveBrowser) console.log('Firefox not found (apt-get install firefox-esr, or set FIREFOX_PATH): the Firefox tests are skipped.');

/** `wxt build -b firefox --mode e2e` writes here (wxt.config.ts: outDirTemplate). */
const EXTENSION_DIR = join(root, '.output/firefox-mv2-e2e');
const GECKO_ID = 'brevtjek@brevtjek.dk';
/** Firefox gives each add-on a random internal UUID; this pref fixes ours, so the viewer has a known address. */
const UUID = '5f1e0b6a-2c4d-4e8f-9a1b-b7e3c0d4f2a6';
const viewerUrl = (query = '') => `moz-extension://${UUID}/viewer.html${query}`;

/** The viewer's Danish words, from the same file the extension is built from. */
const da = JSON.parse(readFileSync(join(root, 'locales/da.json'), 'utf8')) as Record<'errors' | 'welcome' | 'errorView', Record<string, string>>;

let browser: Browser;

/**
 * Opens a page of the extension. puppeteer's own goto waits for navigation events that Firefox 140
 * does not send for a tab that moves from about:blank into the extension's process (it times out,
 * though the page loads), and its selectors then miss the new document: so the tab is navigated with
 * BiDi's browsingContext.navigate (wait: complete), and the page is read with evaluate alone.
 */
async function openViewer(query = ''): Promise<Page> {
  const page = await browser.newPage();
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
  await frame.browsingContext.navigate(viewerUrl(query), 'complete');
  return page;
}

/** Polls `fn` in the page until it returns something truthy, and returns that. */
async function waitFor<T, A>(page: Page, fn: (arg: A) => T, arg: A, what: string, timeout = 30_000): Promise<Exclude<NonNullable<T>, false | '' | 0>> {
  const evaluate = page.evaluate.bind(page) as unknown as (f: (a: A) => T, a: A) => Promise<T>;
  const end = Date.now() + timeout;
  for (;;) {
    const value = await evaluate(fn, arg).catch(() => null);
    if (value) return value as Exclude<NonNullable<T>, false | '' | 0>;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!haveBrowser)('Brevtjek in Firefox', () => {
  beforeAll(async () => {
    // A production build of React (as the Chromium suite), for Firefox, with the e2e mode's extras.
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr || build.stdout}`);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // As the Chromium suite; puppeteer makes (and removes) a fresh profile.
      defaultViewport: { width: 1400, height: 1000 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'intl.accept_languages': 'da-DK, da',
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    expect(await browser.installExtension(EXTENSION_DIR)).toBe(GECKO_ID);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is built as an MV2 add-on with its id, icons, and the optional origins Firefox reads', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(manifest.optional_permissions).toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toBeUndefined();
    for (const size of ['16', '32', '48', '96', '128']) {
      expect(manifest.icons[size]).toBe(`icon/${size}.png`);
      expect(existsSync(join(EXTENSION_DIR, manifest.icons[size]))).toBe(true);
    }
    expect(manifest.browser_action.default_icon['16']).toBe('icon/16.png');
  });

  it('opens the viewer, and the sample letter with every kind of mark and the klagefrist', async () => {
    const page = await openViewer();
    const sample = da.welcome.sample;
    await waitFor(page, (label) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      button?.click();
      return !!button;
    }, sample, 'the sample button');
    const marks = await waitFor(
      page,
      () => {
        const els = [...document.querySelectorAll('.hl[data-kind]')];
        return els.some((e) => e.getAttribute('data-kind') === 'medical_quote') && els.map((e) => `${e.getAttribute('data-kind')}: ${e.getAttribute('data-text')}`);
      },
      null,
      'the highlights',
    );
    expect([...new Set(marks.map((m) => m.split(':')[0]))]).toEqual(expect.arrayContaining(['deadline', 'law', 'medical_quote', 'sanction']));
    expect(marks).toContain('law: § 69 b, stk. 2, i lov om aktiv socialpolitik');
    expect(marks).toContain('sanction: du ikke gav praktikstedet eller din mentor besked');
    // The klagefrist: a date ahead (the sample counts as received 2 days ago, so it moves with today).
    const klagefrist = await waitFor(
      page,
      () => {
        const el = document.querySelector('[data-testid="klagefrist"]');
        return el?.getAttribute('data-date') ? { date: el.getAttribute('data-date') as string, text: el.textContent ?? '' } : null;
      },
      null,
      'the klagefrist',
    );
    expect(klagefrist.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${klagefrist.date}T12:00:00Z`).getTime()).toBeGreaterThan(Date.now());
    expect(klagefrist.text).toMatch(/Klag senest \S+dag den \d{1,2}\. \S+ \d{4}/);
    // The pages are drawn by pdf.js, with its text layer under the marks, and nothing failed on the way.
    const drawn = await page.evaluate(() => ({
      pages: document.querySelectorAll('main.pages .page canvas').length,
      words: document.querySelectorAll('.textLayer span').length,
      errors: [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent),
    }));
    expect(drawn.pages).toBeGreaterThan(0);
    expect(drawn.words).toBeGreaterThan(20);
    expect(drawn.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it.each([
    ['an empty file', 'tom.pdf', '', 'empty'],
    ['a file that is not a PDF', 'ikke-et-brev.pdf', 'GIF89a dette er et billede, ikke et brev', 'notPdf'],
  ])('explains %s chosen with the file picker in Danish', async (_what, name, content, key) => {
    const dir = mkdtempSync(join(tmpdir(), 'brevtjek-firefox-file-'));
    const file = join(dir, name);
    writeFileSync(file, content);
    const page = await openViewer();
    await waitFor(page, () => !!document.querySelector('.file-button input[type="file"]'), null, 'the file picker');
    const input = (await page.evaluateHandle(() => document.querySelector('.file-button input[type="file"]'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const shown = await waitFor(
      page,
      (label) => {
        const error = document.querySelector('.error-message[role="alert"]');
        const other = [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === label);
        return error && { message: error.textContent?.trim(), other };
      },
      da.errorView.otherLetter,
      'the error message',
    );
    expect(shown).toEqual({ message: da.errors[key], other: true });
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Firefox's MV2 has browser.browserAction, not browser.action: the background once stopped at
  // browser.action.onClicked, before it listened for the toolbar button, the hand-over and messages.
  it('has a background that starts and answers a message (browserAction in Firefox MV2)', async () => {
    const page = await openViewer();
    const answer = await page.evaluate(() => {
      const ext = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
      return ext.runtime.sendMessage({ type: 'brevtjek:none' }).then(
        (r) => JSON.stringify(r),
        (e: Error) => `no answer: ${e.message}`,
      );
    });
    await page.close();
    expect(answer).toBe('{"ok":false}');
  });
});
