import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A new, empty browser profile. */
export const newProfile = () => mkdtempSync(join(tmpdir(), 'brevtjek-e2e-'));

/** Debian's Chromium with the built extension loaded, and the extension's id; `profile` to start again with the same profile. */
export async function launchWithExtension(profile = newProfile()): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    locale: 'da-DK',
    ...(process.env.BREVTJEK_BROWSER_LOG ? { logger: { isEnabled: () => true, log: (name: string, _sev: string, message: string | Error) => console.log(`[${name}] ${String(message).slice(0, 300)}`) } } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}
