/**
 * Renders a text file as a page that looks scanned or photographed, for the OCR tests (issue 10):
 * A4 at 300 dpi (2480 × 3508 px), a plain serif font at 12 pt, the page turned a little
 * (0.5–2°) on a grey scanner bed, a greyish paper, a little blur, grain and speckles. Drawn on a
 * canvas in Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH) and written as an
 * 8-bit greyscale PNG next to the text: `x.txt` → `x.png` (so a pair's `statement.txt` →
 * `statement.png`; a text longer than a page goes on in `x-2.png`, `x-3.png` …). The same file always gives the same picture (the noise is seeded by its name).
 *
 *   npx tsx tests/citat/makeScans.ts [file.txt …]
 *
 * With no files: every tests/citat/ocr-samples/*.txt, and the statement of every pair in
 * tests/citat/pairs/ whose expected.json says `"scan": true`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PAGE_WIDTH = 2480;
export const PAGE_HEIGHT = 3508;

/** A small seeded random number generator (mulberry32), so a scan is the same every time. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

/**
 * The drawing, run in the page (a string: tsx would add `__name` calls to a function passed to
 * page.evaluate). Lays the text out in lines, as many pages as it needs, and returns each page's
 * grey levels, one byte a pixel, as base64.
 */
const DRAW = `async ({ text, seed, width, height, angle }) => {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  await document.fonts.load('50px "Liberation Serif"');
  // The text: 12 pt Liberation Serif (50 px at 300 dpi), 2.5 cm margins, wrapped at word ends.
  const margin = 295;
  const size = 50;
  const lineHeight = Math.round(size * 1.38);
  const font = size + 'px "Liberation Serif"';
  const measure = document.createElement('canvas').getContext('2d');
  measure.font = font;
  const maxWidth = width - 2 * margin;
  const lines = [];
  for (const para of text.replace(/\\r\\n?/g, '\\n').split('\\n')) {
    if (para.trim() === '') { lines.push(''); continue; }
    let line = '';
    for (const word of para.split(/ +/)) {
      const next = line ? line + ' ' + word : word;
      if (line && measure.measureText(next).width > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  const perPage = Math.floor((height - 2 * margin) / lineHeight);
  const pages = [];
  for (let first = 0; first < lines.length; first += perPage) {
    const page = document.createElement('canvas');
    page.width = width;
    page.height = height;
    const p = page.getContext('2d');
    // The paper: off-white, a faint shadow towards one edge, as a flatbed scanner gives.
    const paper = p.createLinearGradient(0, 0, width, height);
    paper.addColorStop(0, '#ecebe6');
    paper.addColorStop(1, '#dcdad3');
    p.fillStyle = paper;
    p.fillRect(0, 0, width, height);
    p.font = font;
    p.fillStyle = '#262626';
    p.textBaseline = 'alphabetic';
    lines.slice(first, first + perPage).forEach((line, i) => p.fillText(line, margin, margin + size + i * lineHeight));
    // The scan: the page turned a little on a grey bed, slightly out of focus.
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const o = out.getContext('2d');
    o.fillStyle = '#8c8c8c';
    o.fillRect(0, 0, width, height);
    o.save();
    o.translate(width / 2, height / 2);
    o.rotate(((pages.length % 2 ? -angle * 0.7 : angle) * Math.PI) / 180);
    o.scale(0.97, 0.97);
    o.filter = 'blur(0.9px)';
    o.drawImage(page, -width / 2, -height / 2);
    o.restore();
    // Speckles: dust and toner dots, a few larger, some light ones (drop-outs).
    for (let i = 0; i < 900; i++) {
      const r = rnd() < 0.92 ? 0.6 + rnd() * 1.2 : 1.8 + rnd() * 2.2;
      o.fillStyle = rnd() < 0.8 ? 'rgba(40,40,40,' + (0.35 + rnd() * 0.5) + ')' : 'rgba(250,250,250,0.8)';
      o.beginPath();
      o.arc(rnd() * width, rnd() * height, r, 0, Math.PI * 2);
      o.fill();
    }
    // Grain: the sensor's noise on some pixels, then 32 grey levels (it keeps the PNG near 2 MB).
    const img = o.getImageData(0, 0, width, height).data;
    const grey = new Uint8Array(width * height);
    for (let i = 0, j = 0; j < grey.length; i += 4, j++) {
      const v = 0.299 * img[i] + 0.587 * img[i + 1] + 0.114 * img[i + 2];
      const noise = rnd() < 0.15 ? (rnd() - 0.5) * 36 : 0;
      grey[j] = Math.max(0, Math.min(255, Math.round((v + noise) / 8) * 8));
    }
    let bin = '';
    for (let i = 0; i < grey.length; i += 0x8000) bin += String.fromCharCode.apply(null, grey.subarray(i, i + 0x8000));
    pages.push(btoa(bin));
  }
  return pages;
}`;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit greyscale PNG (colour type 0), each row filtered with Paeth ("Up" for the first). */
export function greyPng(grey: Uint8Array, width: number, height: number, dpi = 300): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const at = y * (width + 1);
    raw[at] = 4; // Paeth
    for (let x = 0; x < width; x++) {
      const a = x > 0 ? (grey[row + x - 1] as number) : 0;
      const b = y > 0 ? (grey[row - width + x] as number) : 0;
      const c = x > 0 && y > 0 ? (grey[row - width + x - 1] as number) : 0;
      const pa = Math.abs(b - c);
      const pb = Math.abs(a - c);
      const pc = Math.abs(a + b - 2 * c);
      const pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      raw[at + 1 + x] = ((grey[row + x] as number) - pred) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const phys = Buffer.alloc(9);
  const perMetre = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(perMetre, 0);
  phys.writeUInt32BE(perMetre, 4);
  phys[8] = 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Renders one text file to its scan (x.txt → x.png, and x-2.png … for a text longer than a page); returns the PNGs' paths. */
export async function makeScan(browser: Browser, textFile: string): Promise<string[]> {
  const text = readFileSync(textFile, 'utf8').replace(/\f/g, '\n');
  const seed = seedOf(basename(dirname(textFile)) + '/' + basename(textFile));
  // 0.5–2° either way.
  const angle = (0.5 + ((seed % 1000) / 1000) * 1.5) * ((seed >>> 10) & 1 ? 1 : -1);
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    const pages = (await page.evaluate(`(${DRAW})(${JSON.stringify({ text, seed, width: PAGE_WIDTH, height: PAGE_HEIGHT, angle })})`)) as string[];
    const stem = textFile.replace(/\.txt$/i, '');
    return pages.map((b64, i) => {
      const png = greyPng(new Uint8Array(Buffer.from(b64, 'base64')), PAGE_WIDTH, PAGE_HEIGHT);
      const out = i === 0 ? `${stem}.png` : `${stem}-${i + 1}.png`;
      writeFileSync(out, png);
      console.log(`${out.replace(`${ROOT}/`, '')}: ${(png.length / 1e6).toFixed(2)} MB, turned ${(i % 2 ? -angle * 0.7 : angle).toFixed(2)}°`);
      return out;
    });
  } finally {
    await page.close();
  }
}

/** The texts to scan when none are named: the OCR samples and the statements of the pairs marked `scan: true`. */
function defaultTexts(): string[] {
  const samples = join(ROOT, 'tests/citat/ocr-samples');
  const files = existsSync(samples) ? readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => join(samples, f)) : [];
  const pairs = join(ROOT, 'tests/citat/pairs');
  if (existsSync(pairs)) {
    for (const dir of readdirSync(pairs).sort()) {
      const expected = join(pairs, dir, 'expected.json');
      if (!existsSync(expected)) continue;
      const spec = JSON.parse(readFileSync(expected, 'utf8')) as { scan?: boolean; statement?: unknown };
      if (spec.scan !== true) continue;
      const named = typeof spec.statement === 'string' && spec.statement.endsWith('.txt') ? spec.statement : 'statement.txt';
      const file = join(pairs, dir, named);
      if (existsSync(file)) files.push(file);
      else console.warn(`${dir}: scan: true, but ${named} is not there`);
    }
  }
  return files;
}

async function main() {
  const files = process.argv.slice(2).map((f) => resolve(f));
  const todo = files.length > 0 ? files : defaultTexts();
  if (todo.length === 0) throw new Error('no text files to scan');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const f of todo) await makeScan(browser, f);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
