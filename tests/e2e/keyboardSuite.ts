import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { color, contrast, flatten, over } from '../../lib/viewer/contrast';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, newProfile } from './browser';
import { axeViolations } from './pageChecks';

// End-to-end for issue 9: the viewer by keyboard only, with a screen reader's names, a focus ring
// of at least 3:1 wherever focus goes, the themes and the text size. viewer.e2e.test.ts calls
// this after it has built the extension; `-t "keyboard"` runs it alone.
const shots = '/tmp/shots9';
const root = resolve(import.meta.dirname, '..', '..');

const KIND_LABEL: Record<string, string> = {
  law: 'Lovhenvisning',
  deadline: 'Frist',
  medical_quote: 'Citat fra lægepapir',
  sanction: 'Grund til sanktion',
  appointment: 'Møde',
};

/** What has focus, and what its focus ring looks like against what is behind it. */
interface Focused {
  tag: string;
  cls: string;
  text: string;
  name: string | null;
  finding: number | null;
  kind: string | null;
  describedBy: string;
  inPanel: boolean;
  inLetter: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  blend: string;
  /** Background colours from the ring outwards, to the first opaque one. */
  layers: string[];
  box: { top: number; bottom: number; left: number; right: number };
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement;
    // A file field is hidden behind its label, which shows the ring.
    if (el instanceof HTMLInputElement && el.type === 'file') el = el.closest<HTMLElement>('.file-button') ?? el;
    const cs = getComputedStyle(el);
    const offset = parseFloat(cs.outlineOffset) || 0;
    const layers: string[] = [];
    // An outline outside the element lies on its parent's background; one inside, on its own.
    for (let n: Element | null = offset < 0 ? el : el.parentElement; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      if (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') continue;
      layers.push(bg);
      if (bg.startsWith('rgb(')) break;
    }
    const described = (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
      .trim();
    const r = el.getBoundingClientRect();
    const finding = el.closest('.pages [data-finding]')?.getAttribute('data-finding');
    return {
      tag: el.tagName.toLowerCase(),
      cls: typeof el.className === 'string' ? el.className : '',
      text: (el.textContent ?? '').trim().slice(0, 80),
      name: el.getAttribute('aria-label'),
      finding: finding === undefined || finding === null ? null : Number(finding),
      kind: el.getAttribute('data-kind'),
      describedBy: described,
      inPanel: !!el.closest('.side'),
      inLetter: !!el.closest('.pages'),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      outlineColor: cs.outlineColor,
      blend: cs.mixBlendMode,
      layers,
      box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
    };
  });
}

/** The focus ring's contrast against what is behind it (a highlight's ring is multiplied over the paper, as it is drawn). */
function ringContrast(f: Focused): number {
  const behind = flatten(f.layers.map(color));
  const ring = over(color(f.outlineColor), behind, f.blend === 'multiply' ? 'multiply' : 'normal');
  return contrast(ring, behind);
}

/** Every focus has a visible ring of at least 2 px and 3:1; returns what has focus. */
const ringLog: string[] = [];
async function expectRing(page: Page, where: string): Promise<Focused> {
  const f = await focused(page);
  expect(f.tag, `${where}: nothing has focus`).not.toBe('body');
  expect(f.outlineStyle, `${where}: ${f.tag} "${f.text}" has no focus ring`).not.toBe('none');
  expect(f.outlineWidth, `${where}: ${f.tag} "${f.text}"`).toBeGreaterThanOrEqual(2);
  const ratio = ringContrast(f);
  ringLog.push(`${where}: ${f.tag} "${(f.name ?? f.text).slice(0, 40)}" ring ${f.outlineColor} on ${f.layers.join(' over ')}: ${ratio.toFixed(2)}`);
  expect(ratio, `${where}: ${f.tag} "${f.text}" ring ${f.outlineColor} on ${f.layers.join(' / ')}`).toBeGreaterThanOrEqual(3);
  return f;
}

/** Presses Tab (checking the ring each time) until `done` holds for what has focus. */
async function tabTo(page: Page, where: string, done: (f: Focused) => boolean, max = 120, key = 'Tab'): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await expectRing(page, `${where} (${key} ${i + 1})`);
    if (done(f)) return f;
  }
  throw new Error(`${where}: not reached with ${max} × ${key}`);
}

/** Waits until the focus is on a highlight in the letter (a jump waits for the page to draw it). */
async function focusedHighlight(page: Page, where: string): Promise<Focused> {
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.pages [data-finding]')), { timeout: 5_000, message: where }).toBe(true);
  return expectRing(page, where);
}

/** The highlights' indices in reading order, from where their first boxes are on the pages. */
async function readingOrderOnPage(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const first = new Map<number, { page: number; top: number; left: number }>();
    for (const el of document.querySelectorAll<HTMLElement>('.pages [data-finding]')) {
      const i = Number(el.dataset.finding);
      const pg = Number(el.closest('[data-page-number]')?.getAttribute('data-page-number') ?? 1);
      // Where it begins: the first line box of a highlight over several lines.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const at = { page: pg, top: Math.round(r.top), left: r.left };
      const was = first.get(i);
      if (!was || at.page < was.page || (at.page === was.page && (at.top < was.top - 3 || (Math.abs(at.top - was.top) <= 3 && at.left < was.left)))) first.set(i, at);
    }
    return [...first]
      .sort(([, a], [, b]) => a.page - b.page || (Math.abs(a.top - b.top) > 3 ? a.top - b.top : a.left - b.left))
      .map(([i]) => i);
  });
}

/** Every visible button, link, checkbox and field, with its size (the letter's inline highlights aside: their equivalents are in the panel). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, summary, [role="button"], [role="tab"]')) {
      if (el.closest('.hl, .hl-text, .letter-print, .klage-print')) continue;
      let target: HTMLElement = el;
      if (el instanceof HTMLInputElement && el.type === 'file') target = el.closest<HTMLElement>('label') ?? el;
      const cs = getComputedStyle(target);
      const r = target.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.opacity === '0') continue;
      if (target.closest('.skip-links') && r.bottom < 0) continue;
      if (r.width < 24 || r.height < 24) small.push(`${target.tagName.toLowerCase()}.${target.className} "${(target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
    }
    return small;
  });
}

export const keyboardSuite = () =>
describe.skipIf(!existsSync(CHROMIUM))('Brevtjek by keyboard and screen reader (keyboard)', () => {
  let context: BrowserContext;
  let extensionId: string;
  const viewer = (q = '') => `chrome-extension://${extensionId}/viewer.html${q}`;

  beforeAll(async () => {
    if (!existsSync(EXTENSION_DIR)) throw new Error(`the extension is not built: ${EXTENSION_DIR}`);
    ({ context, extensionId } = await launchWithExtension(newProfile()));
    mkdirSync(shots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    if (ringLog.length) writeFileSync(`${shots}/focus-rings.txt`, `${ringLog.join('\n')}\n`);
    await context?.close();
  });

  /** The sample letter, opened from the first screen by keyboard only. */
  async function openSampleByKeyboard(page: Page) {
    await page.goto(viewer());
    await page.locator('.welcome h1').waitFor();
    await tabTo(page, 'welcome', (f) => f.text === 'Prøv med et eksempelbrev', 30);
    await page.keyboard.press('Enter');
    await page.locator('.pages .hl[data-kind="medical_quote"]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="klagefrist"]').waitFor();
  }

  it('reads the sample letter by keyboard only: skip link, klagefrist, every highlight in reading order, explanation and back, checklist, search', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSampleByKeyboard(page);

    // The skip links come first, and show when focused.
    let f = await tabTo(page, 'skip link', () => true, 1);
    expect(f.text).toBe('Gå til brevet');
    expect(f.box.top).toBeGreaterThanOrEqual(0);
    expect(f.box.bottom).toBeLessThan(200);
    f = await tabTo(page, 'second skip link', () => true, 1);
    expect(f.text).toBe('Gå til det vigtige');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('main.pages'))).toBe(true);
    await expectRing(page, 'the letter after the skip link');

    // f: the klagefrist in the letter, named with its kind and what it is; its explanation shown in the panel, focus kept in the letter.
    await page.keyboard.press('f');
    f = await focusedHighlight(page, 'klagefrist');
    expect(f.kind).toBe('deadline');
    expect(f.name).toMatch(/^Frist: senest 4 uger efter.* — Klagefrist/);
    expect(f.describedBy.length).toBeGreaterThan(20);
    const klagefrist = f.finding!;
    await expect.poll(() => page.locator('.findings li.selected button.finding').getAttribute('data-finding')).toBe(String(klagefrist));
    expect(await page.locator('.findings li.selected .explanation').isVisible()).toBe(true);
    expect(f.inLetter).toBe(true);

    // n through every highlight: the reading order, wrapping around, each named with its kind.
    const order = await readingOrderOnPage(page);
    expect(order.length).toBeGreaterThanOrEqual(10);
    const from = order.indexOf(klagefrist);
    const expected = [...order.slice(from + 1), ...order.slice(0, from + 1)];
    const seen: number[] = [];
    for (let i = 0; i < order.length; i++) {
      await page.keyboard.press('n');
      await expect.poll(async () => (await focused(page)).finding).not.toBe(seen.length ? seen[seen.length - 1] : klagefrist);
      f = await focusedHighlight(page, `n ${i + 1}`);
      seen.push(f.finding!);
      const snapshot = await page.locator(':focus').ariaSnapshot();
      expect(snapshot, `highlight ${f.finding}`).toContain(`${KIND_LABEL[f.kind!]}:`);
      expect(f.name).toMatch(new RegExp(`^${KIND_LABEL[f.kind!]}: .+ — .+`));
      expect(f.describedBy.length, `highlight ${f.finding} has its explanation as description`).toBeGreaterThan(20);
      // In view, inside the letter's area.
      const area = (await page.locator('main.pages').boundingBox())!;
      expect(f.box.top).toBeGreaterThanOrEqual(area.y - 1);
      expect(f.box.bottom).toBeLessThanOrEqual(area.y + area.height + 1);
      // Its explanation is chosen in the panel; focus stays in the letter.
      expect(await page.locator('.findings li.selected button.finding').getAttribute('data-finding')).toBe(String(f.finding));
    }
    expect(seen).toEqual(expected);
    await page.keyboard.press('p');
    await expect.poll(async () => (await focused(page)).finding).toBe(order[(from - 1 + order.length) % order.length]);

    // 4 (Lovhenvisninger) cycles the citations; Shift+4 goes back.
    await page.keyboard.press('4');
    await expect.poll(async () => (await focused(page)).kind).toBe('law');
    const firstLaw = (await focusedHighlight(page, 'law')).finding;
    await page.keyboard.press('4');
    await expect.poll(async () => (await focused(page)).finding).not.toBe(firstLaw);
    expect((await focused(page)).kind).toBe('law');
    await page.keyboard.press('Shift+Digit4');
    await expect.poll(async () => (await focused(page)).finding).toBe(firstLaw);

    // Enter: to the explanation; Escape: back to the same highlight. And with "Tilbage til brevet".
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`explanation-${firstLaw}`);
    f = await expectRing(page, 'explanation');
    expect(f.inPanel).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).finding).toBe(firstLaw);
    await expectRing(page, 'back from the explanation');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`explanation-${firstLaw}`);
    await tabTo(page, 'to "Tilbage til brevet"', (x) => x.text === 'Tilbage til brevet', 8);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).finding).toBe(firstLaw);

    // Ctrl+F on a highlight: typing there moves nothing; Escape returns focus to the highlight.
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.findbar input'))).toBe(true);
    await expectRing(page, 'search field');
    await page.keyboard.type('np4f');
    expect(await page.locator('.findbar input').inputValue()).toBe('np4f');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).finding).toBe(firstLaw);
    expect(await page.locator('.findbar').count()).toBe(0);

    // The search button: Escape gives focus back to the button.
    await page.keyboard.press('Shift+Tab');
    const search = await tabTo(page, 'to Søg', (x) => x.text === 'Søg (Ctrl+F)', 40, 'Shift+Tab');
    expect(search.tag).toBe('button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.findbar input'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Søg (Ctrl+F)');

    // "?" opens the keys; Escape closes it with focus back where it was.
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('#key-help').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#key-help').innerText()).toMatch(/Næste markering/);
    await expectRing(page, 'key help');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Søg (Ctrl+F)');

    // From a finding in the panel to its highlight, and Escape back to the same finding.
    f = await tabTo(page, 'to a finding in the panel', (x) => x.inPanel && x.cls.split(' ').includes('finding'), 80);
    const panelText = f.text;
    await page.keyboard.press('Enter');
    const jumped = await focusedHighlight(page, 'jump from the panel');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement?.textContent ?? '').trim().slice(0, 80))).toBe(panelText);
    expect((await focused(page)).inPanel).toBe(true);
    expect(jumped.finding).not.toBeNull();

    // On to the checklist by Tab, and from one of its points to the letter and back.
    f = await tabTo(page, 'to the checklist', (x) => x.inPanel && /^Vis .+ på side \d+$/.test(x.text), 250);
    const point = f.text;
    await page.keyboard.press('Enter');
    await focusedHighlight(page, 'jump from the checklist');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement?.textContent ?? '').trim().slice(0, 80))).toBe(point);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.checklist'))).toBe(true);
    const box = await tabTo(page, 'a checklist box', (x) => x.tag === 'input', 20);
    expect(box.inPanel).toBe(true);
    await page.close();
  }, 120_000);

  it('steps through a letter given as text the same way, each highlight named with its kind', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(viewer());
    await page.getByText('Er brevet ikke en PDF? Indsæt teksten').click();
    await page.locator('#paste-text').fill(readFileSync(join(root, 'tests/letters/t11-frederikshavn-fradrag-ressourceforloeb.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Tjek teksten' }).click();
    await page.locator('.text-letter mark[data-kind]').first().waitFor({ timeout: 20_000 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.keyboard.press('f');
    let f = await focusedHighlight(page, 'text letter: klagefrist');
    expect(f.tag).toBe('mark');
    expect(f.name).toMatch(/^Frist: .+ — Klagefrist/);
    expect(await page.locator(':focus').ariaSnapshot()).toMatch(/button "Frist: /);
    const order = await readingOrderOnPage(page);
    const seen: number[] = [f.finding!];
    for (let i = 1; i < order.length; i++) {
      await page.keyboard.press('n');
      await expect.poll(async () => (await focused(page)).finding).not.toBe(seen[seen.length - 1]);
      f = await focusedHighlight(page, `text letter: n ${i}`);
      expect(f.name).toMatch(new RegExp(`^${KIND_LABEL[f.kind!]}: .+ — .+`));
      expect(f.describedBy.length).toBeGreaterThan(20);
      seen.push(f.finding!);
    }
    const from = order.indexOf(seen[0]!);
    expect(seen).toEqual([...order.slice(from), ...order.slice(0, from)]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`explanation-${f.finding}`);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).finding).toBe(f.finding);
    // The letter's own text on its paper, in every theme.
    for (const media of [{ colorScheme: 'dark' }, { colorScheme: 'light', contrast: 'more' }, { colorScheme: 'light', contrast: 'no-preference' }] as const) {
      await page.emulateMedia(media);
      const [ink, paper] = await page.locator('.text-letter').evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
      expect(contrast(ink!, paper!), `${JSON.stringify(media)}: ${ink} on ${paper}`).toBeGreaterThanOrEqual(7);
      expect(await axeViolations(page), `text letter, ${JSON.stringify(media)}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${shots}/text-letter-dark.png` });
    expect(await axeViolations(page), 'text letter, dark').toEqual([]);
    await page.close();
  }, 60_000);

  it('has no axe violations in light, dark and high contrast, a visible ring on the letter in each, and writes screenshots', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSampleByKeyboard(page);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    for (const [name, media] of [
      ['light', { colorScheme: 'light', contrast: 'no-preference' }],
      ['dark', { colorScheme: 'dark', contrast: 'no-preference' }],
      ['contrast', { colorScheme: 'light', contrast: 'more' }],
    ] as const) {
      await page.emulateMedia(media);
      await expect.poll(theme).toBe(name);
      await page.keyboard.press('f');
      await focusedHighlight(page, `${name}: klagefrist`);
      await page.keyboard.press('n');
      await focusedHighlight(page, `${name}: next`);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${shots}/letter-${name}.png` });
      expect(await axeViolations(page), name).toEqual([]);
      // The toolbar and the panel have the ring too.
      await page.keyboard.press('Enter');
      await expectRing(page, `${name}: explanation`);
      await tabTo(page, `${name}: panel`, (x) => x.tag === 'a' || x.text === 'Tilbage til brevet', 10);
      await page.keyboard.press('Escape');
      await focusedHighlight(page, `${name}: back`);
      await page.keyboard.press('?');
      await expectRing(page, `${name}: key help`);
      expect(await axeViolations(page), `${name}, key help`).toEqual([]);
      await page.screenshot({ path: `${shots}/keys-${name}.png` });
      await page.keyboard.press('Escape');
    }
    // Windows' forced colours: Brevtjek's high contrast, and the ring stays.
    await page.emulateMedia({ colorScheme: 'dark', contrast: 'no-preference', forcedColors: 'active' });
    await expect.poll(theme).toBe('contrast');
    await page.keyboard.press('f');
    const forced = await focusedHighlight(page, 'forced colours');
    expect(forced.outlineStyle).not.toBe('none');
    await page.screenshot({ path: `${shots}/letter-forced-colors.png` });
    await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference', forcedColors: 'none' });

    // The first screen in dark and high contrast.
    for (const [name, media] of [
      ['dark', { colorScheme: 'dark' }],
      ['contrast', { colorScheme: 'light', contrast: 'more' }],
    ] as const) {
      await page.emulateMedia(media);
      await page.goto(viewer());
      await page.locator('.welcome h1').waitFor();
      await expect.poll(theme).toBe(name);
      expect(await axeViolations(page), `welcome ${name}`).toEqual([]);
      await page.screenshot({ path: `${shots}/welcome-${name}.png` });
    }
    await page.close();
  }, 120_000);

  it('makes every button, link, checkbox and field at least 24 × 24 px', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(viewer());
    await page.locator('.welcome h1').waitFor();
    expect(await smallTargets(page), 'welcome').toEqual([]);
    await openSampleByKeyboard(page);
    await page.keyboard.press('f');
    await focusedHighlight(page, 'klagefrist');
    // With an explanation open (its links and buttons).
    expect(await page.locator('.findings .explanation a').count()).toBeGreaterThanOrEqual(0);
    expect(await smallTargets(page), 'letter').toEqual([]);
    // The toolbar's "Flere" menu, open, and the Visning dialog.
    if (await page.locator('.more-actions summary').count()) {
      await page.locator('.more-actions summary').click();
      expect(await smallTargets(page), 'Flere').toEqual([]);
    }
    await page.getByRole('button', { name: 'Visning', exact: true }).click();
    expect(await smallTargets(page), 'Visning').toEqual([]);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await smallTargets(page), 'narrow').toEqual([]);
    await page.close();
  }, 60_000);

  it('saves the theme and the text size, which scale letter and panels together and show at once on every Brevtjek page', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSampleByKeyboard(page);
    const other = await context.newPage();
    await other.goto(viewer());
    await other.locator('.welcome h1').waitFor();
    const zoom = async () => parseInt((await page.locator('.zoom').textContent()) ?? '0', 10);
    const before = { zoom: await zoom(), font: await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), width: (await page.locator('.page').first().boundingBox())!.width };
    expect(before.font).toBe('18px');

    // Visning by keyboard: Tab to it, then the radio groups with the arrow keys.
    await page.keyboard.press('f');
    await focusedHighlight(page, 'klagefrist');
    // At 1280 px Visning is in the toolbar's "Flere" menu.
    await tabTo(page, 'to Flere', (x) => x.text === 'Flere' || x.text === 'Visning', 60, 'Shift+Tab');
    if ((await focused(page)).text === 'Flere') {
      await page.keyboard.press('Enter');
      await tabTo(page, 'to Visning', (x) => x.text === 'Visning', 10);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#display-settings').getAttribute('open')).not.toBeNull();
    // Focus starts on the chosen colours ("Som systemet"); the arrows choose, Tab goes on to the text size.
    const radio = () => page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    await expect.poll(radio).toBe('theme');
    await expectRing(page, 'colours');
    await page.keyboard.press('ArrowDown'); // Lys
    await page.keyboard.press('ArrowDown'); // Mørk
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await tabTo(page, 'to text size', () => true, 1);
    expect(await radio()).toBe('text-size');
    await page.keyboard.press('ArrowDown'); // Stor
    await page.keyboard.press('ArrowDown'); // Meget stor
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.textSize)).toBe('meget-stor');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('27px');
    // "Tilpas bredde" fits the page to the letter's column (narrower now that the panel's text is larger), times 1.5.
    const fitted = async () => Math.round(Math.min(2.5, ((await page.locator('main.pages').evaluate((m) => m.clientWidth)) - 32) / 595) * 1.5 * 100);
    await expect.poll(async () => (await zoom()) - (await fitted())).toBe(0);
    expect(await zoom()).toBeGreaterThan(before.zoom * 1.25);
    await expect.poll(async () => (await page.locator('.page').first().boundingBox())!.width).toBeGreaterThan(before.width * 1.25);
    await page.screenshot({ path: `${shots}/settings-dark-meget-stor.png` });
    await page.keyboard.press('Escape');
    // Back on the button, or on "Flere" where the menu closed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^(Visning|Flere)$/);

    // The other open Brevtjek tab has it at once, and a new one from the start.
    await expect.poll(() => other.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.textSize])).toEqual(['dark', 'meget-stor']);
    const third = await context.newPage();
    await third.goto(viewer());
    expect(await third.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).fontSize])).toEqual(['dark', '27px']);
    expect(await smallTargets(third), 'meget stor').toEqual([]);

    // The one-character keys can be turned off (WCAG 2.1.4), and are off on every page.
    await page.keyboard.press('?');
    // The dialog opens on its first field: the switch.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await expectRing(page, 'the key switch');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    await page.waitForTimeout(300);
    expect((await focused(page)).finding).toBeNull();
    await page.keyboard.press('?');
    expect(await page.locator('#key-help').getAttribute('open')).toBeNull();

    // Back to the defaults.
    await third.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('[data-testid="klagefrist"]').waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.textSize])).toEqual(['light', 'normal']);
    for (const p of [page, other, third]) await p.close();
  }, 90_000);
});
