import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_DANISH_VOICE } from '../../lib/speech/voices';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, newProfile } from './browser';
import { selectWords } from './pageChecks';
import { serve } from './server';

// End-to-end: Læs op reads a highlight, a paragraph and the whole letter with a local Danish
// voice only, marks the word being said, pauses, resumes and stops, and with no local Danish
// voice says so and reads nothing. Headless Chromium has no voices: a fake speechSynthesis
// records the utterances and is driven by the test (boundary and end events).
// viewer.e2e.test.ts calls this after it has built the extension.
const root = resolve(import.meta.dirname, '..', '..');
const shots = '/tmp/shots9';
const LETTER = 't11-frederikshavn-fradrag-ressourceforloeb';

interface FakeVoice {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}
interface SpeechLog {
  utterances: Array<{ text: string; voice: string | null; lang: string }>;
  calls: string[];
  boundary: (charIndex: number, charLength: number) => void;
  end: () => void;
  current: () => string | null;
}

const LOCAL_DA = 'Lokal dansk stemme';
const LOCAL_DA_2 = 'Anden lokal dansk stemme';
/** The system's default is a network voice, as on Chrome with Google's voices. */
const VOICES: FakeVoice[] = [
  { voiceURI: 'Google dansk', name: 'Google dansk', lang: 'da-DK', localService: false, default: true },
  { voiceURI: 'Local English', name: 'Local English', lang: 'en-US', localService: true, default: false },
  { voiceURI: LOCAL_DA_2, name: LOCAL_DA_2, lang: 'da', localService: true, default: false },
  { voiceURI: LOCAL_DA, name: LOCAL_DA, lang: 'da-DK', localService: true, default: false },
];
const NETWORK_ONLY: FakeVoice[] = [
  { voiceURI: 'Google dansk', name: 'Google dansk', lang: 'da-DK', localService: false, default: true },
  { voiceURI: 'Microsoft Christel Online (Natural) - Danish (Denmark)', name: 'Christel', lang: 'da-DK', localService: false, default: false },
  { voiceURI: 'Local English', name: 'Local English', lang: 'en-US', localService: true, default: false },
];

/** axe-core's violations in the parts Læs op adds to or changes (the toolbar's controls, the findings, the klagefrist). */
async function axeIn(page: Page, selectors: string[]): Promise<string[]> {
  await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(
    (include) =>
      (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe.run(
        { include: include.map((s) => [s]) },
        { resultTypes: ['violations'] },
      ),
    selectors,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ').slice(0, 300)}`);
}

/** Runs in the page before its scripts: a speechSynthesis that says nothing and records everything. */
function installFakeSpeech(voices: FakeVoice[]) {
  type Utterance = EventTarget & { text: string; lang: string; voice: FakeVoice | null; rate: number } & Record<string, unknown>;
  const log = { utterances: [] as Array<{ text: string; voice: string | null; lang: string }>, calls: [] as string[] } as Record<string, unknown> & {
    utterances: Array<{ text: string; voice: string | null; lang: string }>;
    calls: string[];
  };
  const fire = (u: Utterance, type: string, init: Record<string, unknown> = {}) => {
    const e = Object.assign(new Event(type), { utterance: u, charIndex: 0, charLength: 0, name: '', elapsedTime: 0, ...init });
    u.dispatchEvent(e);
    const handler = u[`on${type}`];
    if (typeof handler === 'function') handler.call(u, e);
  };
  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: FakeVoice | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }
  const queue: Utterance[] = [];
  let current: Utterance | null = null;
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    speak(u: Utterance) {
      log.calls.push('speak');
      log.utterances.push({ text: u.text, voice: u.voice?.voiceURI ?? null, lang: u.lang });
      queue.push(u);
      if (!current) next();
    },
    cancel() {
      log.calls.push('cancel');
      const all = [current, ...queue].filter((u): u is Utterance => u !== null);
      queue.length = 0;
      current = null;
      synth.speaking = false;
      for (const u of all) fire(u, 'error', { error: 'interrupted' });
    },
    pause() {
      log.calls.push('pause');
      synth.paused = true;
    },
    resume() {
      log.calls.push('resume');
      synth.paused = false;
    },
  });
  function next() {
    current = queue.shift() ?? null;
    synth.speaking = current !== null;
    const u = current;
    if (u) setTimeout(() => current === u && fire(u, 'start'), 0);
  }
  log.boundary = (charIndex: number, charLength: number) => current && fire(current, 'boundary', { name: 'word', charIndex, charLength });
  log.end = () => {
    const u = current;
    if (!u) return;
    fire(u, 'end');
    if (current === u) next();
  };
  log.current = () => current?.text ?? null;
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  (window as unknown as { speech: unknown }).speech = log;
}

export const readAloudSuite = () =>
  describe.skipIf(!existsSync(CHROMIUM))('Brevtjek reads the letter aloud with a local Danish voice only (read aloud)', () => {
    let context: BrowserContext;
    let extensionId: string;
    let base: string;
    let server: Server;

    async function open(file: string, voices: FakeVoice[]): Promise<Page> {
      const page = await context.newPage();
      await page.addInitScript(installFakeSpeech, voices);
      await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${base}/${file}`)}`);
      await page.waitForSelector('[data-kind="sanction"]', { timeout: 20_000 });
      return page;
    }

    const log = (page: Page) => page.evaluate(() => {
      const s = (window as unknown as { speech: SpeechLog }).speech;
      return { utterances: s.utterances, calls: s.calls };
    });
    const spoken = async (page: Page) => (await log(page)).utterances;
    const current = (page: Page) => page.evaluate(() => (window as unknown as { speech: SpeechLog }).speech.current());
    const boundary = (page: Page, charIndex: number, charLength: number) =>
      page.evaluate(([i, n]) => (window as unknown as { speech: SpeechLog }).speech.boundary(i!, n!), [charIndex, charLength]);
    const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { speech: SpeechLog }).speech.end());
    /** Says the word `word` of the utterance being said (its first occurrence). */
    async function say(page: Page, word: string) {
      const text = await current(page);
      const at = text?.indexOf(word) ?? -1;
      if (at < 0) throw new Error(`"${word}" is not in the utterance "${text}"`);
      await boundary(page, at, word.length);
    }
    /** The words marked as being said now, and where: in a PDF text layer, a text letter or the findings panel. */
    const marked = (page: Page, name = 'brevtjek-spoken-word') =>
      page.evaluate((n) => {
        const h = CSS.highlights.get(n);
        if (!h) return [];
        return [...(h as unknown as Set<Range>)].map((r) => {
          const el = r.startContainer.parentElement;
          return { text: r.toString(), where: el?.closest('.textLayer') ? 'pdf' : el?.closest('.text-letter') ? 'text-letter' : el?.closest('.findings') ? 'panel' : 'elsewhere' };
        });
      }, name);

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

    it('reads a highlight and its explanation with the local Danish voice, marking each word in the letter and in the panel', async () => {
      const page = await open(`${LETTER}.pdf`, VOICES);
      await page.waitForSelector('.hl[data-kind="law"]', { timeout: 20_000 });
      await page.locator('.findings button.finding', { hasText: '§ 69 b, stk. 2' }).click();
      const item = page.locator('.findings li.selected');
      await item.getByRole('button', { name: 'Læs op' }).click();
      await expect.poll(async () => (await spoken(page)).length).toBe(1);
      const [first] = await spoken(page);
      // The highlight's words, said for the ear, by the local da-DK voice (not the system's network default).
      expect(first).toEqual({ text: 'paragraf 69 b, stykke 2, i lov om aktiv socialpolitik', voice: LOCAL_DA, lang: 'da-DK' });
      await expect.poll(() => item.getByRole('button', { name: 'Stop' }).count()).toBe(1);
      // The sentence is marked as it starts, and each word as it is said, over the PDF's words.
      await expect.poll(() => marked(page, 'brevtjek-spoken-sentence')).not.toEqual([]);
      await say(page, 'paragraf');
      await expect.poll(() => marked(page)).toEqual([{ text: '§', where: 'pdf' }]);
      await say(page, 'socialpolitik');
      await expect.poll(() => marked(page)).toEqual([{ text: 'socialpolitik', where: 'pdf' }]);
      await page.locator('.textLayer span', { hasText: 'socialpolitik' }).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, 'readaloud-pdf-word.png') });
      const word = await page.evaluate(() => {
        const r = [...(CSS.highlights.get('brevtjek-spoken-word') as unknown as Set<Range>)][0]!.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      });
      expect(word.width).toBeGreaterThan(20);
      await page.screenshot({ path: join(shots, 'readaloud-pdf-word-closeup.png'), clip: { x: Math.max(0, word.x - 360), y: word.y - 30, width: 560, height: word.height + 60 } });

      // Then what it is, why it matters and what to do, marked in the panel.
      await endUtterance(page);
      await expect.poll(() => current(page)).toMatch(/^Lovhenvisning: paragraf 69/);
      await say(page, 'aktivloven');
      await expect.poll(() => marked(page)).toEqual([{ text: 'aktivloven', where: 'panel' }]);
      await endUtterance(page);
      const why = (await item.locator('[data-speak="why"]').textContent())!;
      const whyWord = /\p{L}{6,}/u.exec(why)![0];
      await expect.poll(async () => (await current(page)) ?? '').toContain(whyWord);
      await say(page, whyWord);
      await expect.poll(() => marked(page)).toEqual([{ text: whyWord, where: 'panel' }]);
      const inWhy = () => {
        const h = CSS.highlights.get('brevtjek-spoken-word') as unknown as Set<Range> | undefined;
        return !!h && [...h].every((r) => r.startContainer.parentElement?.closest('.findings li.selected [data-speak="why"]'));
      };
      expect(await page.evaluate(inWhy)).toBe(true);
      await page.screenshot({ path: join(shots, 'readaloud-panel-word.png') });
      expect(await axeIn(page, ['.read-aloud', '.findings', '.klagefrist'])).toEqual([]);

      // Pause, Fortsæt and Stop, by keyboard too.
      const bar = page.getByRole('group', { name: 'Læs op' });
      await bar.getByRole('button', { name: 'Pause' }).click();
      await expect.poll(() => bar.getByRole('button', { name: 'Fortsæt' }).count()).toBe(1);
      expect(await bar.getByRole('status').textContent()).toBe('Pause. Tryk på Fortsæt.');
      await bar.getByRole('button', { name: 'Fortsæt' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => bar.getByRole('button', { name: 'Pause' }).count()).toBe(1);
      for (const name of ['Pause', 'Stop']) {
        const box = (await bar.getByRole('button', { name }).boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      await bar.getByRole('button', { name: 'Stop' }).click();
      expect((await log(page)).calls.filter((c) => c !== 'speak')).toEqual(['pause', 'resume', 'cancel']);
      await expect.poll(() => bar.getByRole('button', { name: 'Stop' }).count()).toBe(0);
      expect(await marked(page)).toEqual([]);
      expect(await marked(page, 'brevtjek-spoken-sentence')).toEqual([]);
      expect(await item.getByRole('button', { name: 'Læs op' }).count()).toBe(1);
      // Nothing was ever said with another voice than the local Danish one.
      expect(new Set((await spoken(page)).map((u) => u.voice))).toEqual(new Set([LOCAL_DA]));
      await page.close();
    }, 90_000);

    it('reads the whole letter and the paragraph with the caret, one reading at a time, and stops when the letter closes', async () => {
      const page = await open(`${LETTER}.txt`, VOICES);
      const bar = page.getByRole('group', { name: 'Læs op' });
      await bar.getByRole('button', { name: 'Læs brevet op' }).click();
      await expect.poll(() => current(page)).toBe('Frederikshavn Kommune');
      await say(page, 'Kommune');
      await expect.poll(() => marked(page)).toEqual([{ text: 'Kommune', where: 'text-letter' }]);
      // Dates and abbreviations are said for the ear.
      for (let i = 0; i < 12 && !(await current(page))?.startsWith('Dato'); i++) await endUtterance(page);
      expect(await current(page)).toBe('Dato: 14. januar 2026');
      await say(page, 'januar');
      await expect.poll(() => marked(page)).toEqual([{ text: '14.01.2026', where: 'text-letter' }]);
      await page.screenshot({ path: join(shots, 'readaloud-text-letter-word.png') });

      // Læs afsnit op reads the paragraph with the selection, and stops the letter first.
      await selectWords(page, 'praktikstedet eller din mentor');
      const before = (await spoken(page)).length;
      await bar.getByRole('button', { name: 'Læs afsnit op' }).click();
      await expect.poll(async () => (await spoken(page)).length).toBe(before + 1);
      const { utterances, calls } = await log(page);
      expect(utterances.at(-1)!.text).toBe('Vi har lagt vægt på:');
      expect(calls.at(-2)).toBe('cancel');
      await endUtterance(page);
      await expect.poll(() => current(page)).toBe('- at du ikke mødte op i praktikken den 11. og 12. december 2025,');
      await endUtterance(page);
      await endUtterance(page);
      await expect.poll(() => current(page)).toBe('- at du i indsatsplanen af 1. marts 2024 blev vejledt om, at udeblivelse kan give fradrag, jævnfør paragraf 35, stykke 1, i aktivloven.');
      await say(page, 'jævnfør');
      await expect.poll(() => marked(page)).toEqual([{ text: 'jf.', where: 'text-letter' }]);
      // The paragraph ends there.
      await endUtterance(page);
      await expect.poll(() => bar.getByRole('button', { name: 'Stop' }).count()).toBe(0);
      expect(await marked(page)).toEqual([]);

      // The klagefrist's Læs op, then another letter: the reading stops.
      await page.locator('.klagefrist').getByRole('button', { name: 'Læs op' }).click();
      await expect.poll(() => current(page)).toMatch(/^Klagefrist: \p{L}+dag den \d+\. \p{L}+ 20\d\d\.$/u);
      const cancels = (await log(page)).calls.filter((c) => c === 'cancel').length;
      const other = page.getByRole('button', { name: 'Åbn et andet brev' });
      if (!(await other.isVisible())) await page.getByRole('button', { name: /Flere/ }).click();
      await other.click();
      await expect.poll(async () => (await log(page)).calls.filter((c) => c === 'cancel').length).toBe(cancels + 1);
      expect(new Set((await spoken(page)).map((u) => u.voice))).toEqual(new Set([LOCAL_DA]));
      await page.close();
    }, 90_000);

    it('lets the user choose among the local Danish voices, never a network one', async () => {
      const page = await open(`${LETTER}.txt`, VOICES);
      const choice = page.getByLabel('Stemme');
      await expect.poll(() => choice.locator('option').allTextContents()).toEqual([LOCAL_DA, LOCAL_DA_2]);
      await choice.selectOption(LOCAL_DA_2);
      await page.getByRole('button', { name: 'Læs brevet op' }).click();
      await expect.poll(async () => (await spoken(page)).at(-1)?.voice).toBe(LOCAL_DA_2);
      await page.getByRole('button', { name: 'Stop' }).click();
      await page.close();
    }, 60_000);

    it('with only network voices says that the computer has no Danish voice, and says nothing', async () => {
      const page = await open(`${LETTER}.txt`, NETWORK_ONLY);
      await page.getByRole('button', { name: 'Læs brevet op' }).click();
      const alert = page.getByRole('group', { name: 'Læs op' }).getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(NO_DANISH_VOICE);
      // Beside the button that was pressed, too.
      await page.locator('.klagefrist').getByRole('button', { name: 'Læs op' }).click();
      await expect.poll(() => page.locator('.klagefrist').getByRole('alert').textContent()).toBe(NO_DANISH_VOICE);
      await page.locator('.findings button.finding').first().click();
      await page.locator('.findings li.selected').getByRole('button', { name: 'Læs op' }).click();
      await expect.poll(() => page.locator('.findings').getByRole('alert').textContent()).toBe(NO_DANISH_VOICE);
      await page.screenshot({ path: join(shots, 'readaloud-no-danish-voice.png') });
      expect((await log(page)).utterances).toEqual([]);
      expect((await log(page)).calls).not.toContain('speak');
      expect(await page.getByLabel('Stemme').count()).toBe(0);
      await page.close();
    }, 60_000);
  });
