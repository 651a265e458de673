import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../lib/analyzeLetter';
import { loadLetter } from '../lib/loadLetter';
import type { PdfJs } from '../lib/pdf/readPdfPages';

// Every letter that comes both as a PDF and as text gives the same findings both ways: lists,
// headings and quote paragraphs survive the PDF's text extraction (issue 7).
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const dirs = [join(import.meta.dirname, 'letters'), join(import.meta.dirname, '../../shared/eval/letters')].filter(existsSync);
const norm = (t: string) => t.replace(/\u00ad/g, '').replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ').trim();

async function findings(file: string): Promise<string[]> {
  const doc = await loadLetter(new Uint8Array(readFileSync(file)), file, pdfjs);
  return analyzeLetter(doc, { file, received: '2026-01-15' }).findings.map((f) => `${f.kind}: ${norm(f.text)}`).sort();
}

describe('a letter as PDF and as text', () => {
  for (const dir of dirs) {
    for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
      const txt = join(dir, pdf.replace(/\.pdf$/, '.txt'));
      if (!existsSync(txt)) continue;
      it(pdf, async () => {
        expect(await findings(join(dir, pdf))).toEqual(await findings(txt));
      });
    }
  }
});
