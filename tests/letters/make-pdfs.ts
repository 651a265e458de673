/**
 * Makes the PDF versions of the test letters, each with another producer, so the text
 * extraction is tested on more than one kind of PDF. Run by hand after editing a letter:
 *   npx tsx tests/letters/make-pdfs.ts
 * Needs Debian's chromium and ghostscript/groff; the PDFs are committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

const dir = import.meta.dirname;
const tmp = mkdtempSync(join(tmpdir(), 'brevtjek-pdfs-'));
const read = (name: string) => readFileSync(join(dir, `${name}.txt`), 'utf8');

function toHtml(text: string, css: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const blocks = text.trim().split(/\n\s*\n/);
  const body = blocks
    .map((b) => {
      const lines = b.split('\n');
      if (lines.every((l) => l.startsWith('- '))) return `<ul>${lines.map((l) => `<li>${esc(l.slice(2))}</li>`).join('')}</ul>`;
      if (lines.length > 1 && lines.slice(1).every((l) => l.startsWith('- '))) {
        return `<p>${esc(lines[0] ?? '')}</p><ul>${lines.slice(1).map((l) => `<li>${esc(l.slice(2))}</li>`).join('')}</ul>`;
      }
      if (lines.length === 1 && lines[0]!.length < 70 && !/[.,]$/.test(lines[0]!)) return `<h2>${esc(lines[0]!)}</h2>`;
      return `<p>${lines.map(esc).join('<br>')}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Brev</title><style>${css}</style></head><body>${body}</body></html>`;
}

function chromium(name: string, css: string, headerFooter: boolean): void {
  const html = join(tmp, `${name}.html`);
  writeFileSync(html, toHtml(read(name), css));
  execFileSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    ...(headerFooter ? [] : ['--no-pdf-header-footer']),
    `--print-to-pdf=${join(dir, `${name}.pdf`)}`, html,
  ], { stdio: 'ignore' });
}

const SANS = 'body{font-family:"DejaVu Sans",sans-serif;font-size:11pt;margin:2cm} h2{font-size:12pt} ul{margin:0}';
const SERIF = 'body{font-family:"DejaVu Serif",serif;font-size:12pt;margin:1.5cm 2.5cm;text-align:justify;hyphens:auto} h2{font-size:13pt;font-weight:bold}';

/** Wraps a paragraph to lines of at most `width` points, breaking long words with a hyphen. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) {
      line = next;
      continue;
    }
    // Hyphenate a long word if a good part of it fits.
    const m = /^(\p{L}{5,})(\p{L}{4,}[.,]?)$/u.exec(word);
    if (m && word.length > 11) {
      for (let cut = word.length - 4; cut >= 5; cut--) {
        const head = `${line ? `${line} ` : ''}${word.slice(0, cut)}-`;
        if (font.widthOfTextAtSize(head, size) <= width) {
          lines.push(head);
          line = word.slice(cut);
          break;
        }
      }
      if (line !== next && !lines[lines.length - 1]?.endsWith('-')) {
        lines.push(line);
        line = word;
      }
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A letter laid out by hand with pdf-lib: running header, "Side x af y" footer, hyphenated words. */
async function pdfLib(name: string, header: string): Promise<void> {
  const doc = await PDFDocument.create();
  doc.setProducer('pdf-lib (Brevtjek test)');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 11;
  const lead = 15;
  const [W, H, margin] = [595, 842, 70];
  const pages: ReturnType<typeof doc.addPage>[] = [];
  let page = doc.addPage([W, H]);
  pages.push(page);
  let y = H - 100;
  for (const para of read(name).trim().split(/\n\s*\n/)) {
    for (const raw of para.split('\n')) {
      for (const l of wrap(raw, font, size, W - 2 * margin)) {
        if (y < 90) {
          page = doc.addPage([W, H]);
          pages.push(page);
          y = H - 100;
        }
        page.drawText(l, { x: margin, y, size, font });
        y -= lead;
      }
    }
    y -= lead * 0.8;
  }
  pages.forEach((p, i) => {
    p.drawText(header, { x: margin, y: H - 45, size: 8, font });
    p.drawText(`Side ${i + 1} af ${pages.length}`, { x: W - margin - 60, y: 40, size: 8, font });
  });
  writeFileSync(join(dir, `${name}.pdf`), await doc.save());
}

/** groff → PostScript → Ghostscript's ps2pdf: another producer, Type 1 fonts. */
function ghostscript(name: string): void {
  const paragraphs = read(name).trim().split(/\n\s*\n/).map((p) => p.replace(/^\./gm, '\\&.').replace(/\n/g, '\n.br\n'));
  const roff = `.po 2.5c\n.ll 16c\n.ad b\n.ps 11\n.vs 14\n${paragraphs.join('\n.sp\n')}\n`;
  const src = join(tmp, `${name}.ms`);
  writeFileSync(src, roff);
  const ps = execFileSync('groff', ['-Kutf-8', '-Tps', '-dpaper=a4', '-P-pa4', src]);
  writeFileSync(join(tmp, `${name}.ps`), ps);
  execFileSync('ps2pdf', ['-sPAPERSIZE=a4', join(tmp, `${name}.ps`), join(dir, `${name}.pdf`)]);
}

chromium('t01-koebenhavn-bortfald-sygedagpenge', SANS, true);
chromium('t02-esbjerg-fradrag-tilbud', SANS, true);
chromium('t04-odsherred-partshoering-sygedagpenge', SANS, true);
chromium('t09-aarhus-nedsaettelse-jobsoegning', SANS, true);
chromium('t05-vejle-indkaldelse-laegeattest', SERIF, false);
chromium('t06-randers-afslag-enkeltydelse', SERIF, false);
chromium('t10-helsingoer-fleksjob', SERIF, false);
chromium('t12-lolland-fradrag-uden-klagevejledning', SERIF, false);
chromium('t14-roskilde-fradrag-jobsamtale', SANS, true);
chromium('t16-ikast-brande-skaerpet', SANS, false);
chromium('t15-naestved-varsel-tilbagebetaling', SERIF, true);
chromium('t18-holstebro-stop-udlandsophold', SERIF, false);
await pdfLib('t11-frederikshavn-fradrag-ressourceforloeb', 'Jobcenter Frederikshavn · Sagsnr. 26-00412-RF · Afgørelse om fradrag');
ghostscript('t08-akasse-karantaene');
console.log('PDFs written to', dir);
