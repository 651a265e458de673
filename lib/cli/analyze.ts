import './zodConfig';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzeLetter } from '../analyzeLetter';
import { LetterError } from '../errors';
import { loadLetter } from '../loadLetter';
import { imageFormat } from '../ocr/imageInfo';
import type { LetterWithOcr } from '../ocr/node';
import { formatReport, textWarningLines } from './formatReport';
import { loadLetterWithOcrInWorker, workerPdfJs } from './workerPdf';
import type { StatementInput } from '../citat/checkStatement';

const USAGE = 'Brug: npm run analyze -- <brev.pdf|brev.txt|scanning.png> [--received ÅÅÅÅ-MM-DD] [--json] [--password KODE] [--ocr] [--statement LÆGEERKLÆRING] [--check]';

interface Args {
  file: string;
  received: string | null;
  json: boolean;
  password?: string;
  /** Read a PNG/JPEG, or a PDF's pages without text, by OCR. */
  ocr: boolean;
  /** Citat-tjek: the medical statement the decision quotes. */
  statement: string | null;
  /** Validate the report against the schema (lib/schema/report.ts) before printing it. */
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | null = null;
  let received: string | null = null;
  let json = false;
  let password: string | undefined;
  let ocr = false;
  let statement: string | null = null;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--ocr') ocr = true;
    else if (a === '--check') check = true;
    else if (a === '--statement') statement = argv[++i] ?? '';
    else if (a.startsWith('--statement=')) statement = a.slice('--statement='.length);
    else if (a === '--received') received = argv[++i] ?? '';
    else if (a === '--password') password = argv[++i] ?? '';
    else if (a.startsWith('--received=')) received = a.slice('--received='.length);
    else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('--')) throw new UsageError(`Ukendt valg: ${a}. ${USAGE}`);
    else file = a;
  }
  if (!file) throw new UsageError(USAGE);
  if (received !== null && !/^\d{4}-\d{2}-\d{2}$/.test(received)) {
    throw new UsageError(`--received skal være en dato som 2025-03-14, ikke "${received}".`);
  }
  return { file, received, json, password, ocr, statement, check };
}

class UsageError extends Error {}

/** --check found the report does not fit its schema: a fault in Brevtjek, not in the letter. */
class ReportSchemaError extends Error {}

/**
 * A letter's text: a PDF is read by pdf.js in a worker thread (lib/cli/workerPdf.ts), a text file
 * here. OCR (tesseract.js, all on this computer) is loaded only when asked for, in the worker too.
 */
function readLetter(bytes: Uint8Array, file: string, ocr: boolean, password?: string): Promise<LetterWithOcr> {
  return ocr ? loadLetterWithOcrInWorker(bytes, file, password) : loadLetter(bytes, file, workerPdfJs, password).then((doc) => ({ doc, ocr: null }));
}

/** The statement for --statement: a text, a PDF, or with --ocr a scan (image or PDF without text). */
async function readStatementFile(file: string, ocr: boolean): Promise<StatementInput> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new LetterError('missing', file);
  const bytes = new Uint8Array(await readFile(file));
  if (!ocr && imageFormat(bytes)) throw new UsageError(`${file} er et billede: brug --ocr for at læse det med OCR.`);
  const read = await readLetter(bytes, file, ocr);
  return { file: basename(file), doc: read.doc, ocr: read.ocr !== null };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const info = await stat(args.file).catch(() => null);
  if (!info?.isFile()) throw new LetterError('missing', args.file);
  const bytes = new Uint8Array(await readFile(args.file));
  if (!args.ocr && imageFormat(bytes)) throw new UsageError(`${args.file} er et billede: brug --ocr for at læse det med OCR.`);
  const { doc, ocr } = await readLetter(bytes, args.file, args.ocr, args.password);
  const statement = args.statement === null ? null : await readStatementFile(args.statement, args.ocr);
  const report = analyzeLetter(doc, { file: basename(args.file), received: args.received, statement });
  if (ocr) report.ocr = ocr;
  if (args.check) {
    const problem = (await import('./checkReport')).reportSchemaProblem(report);
    if (problem) throw new ReportSchemaError(problem);
  }
  // The JSON report has no place for them (lib/schema/report.ts), so with --json they go to stderr.
  if (args.json) for (const line of textWarningLines(doc.warnings ?? [])) process.stderr.write(`brevtjek: ${line}\n`);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, doc.warnings)}\n`);
}

main().catch((e: unknown) => {
  if (e instanceof LetterError || e instanceof UsageError || e instanceof ReportSchemaError) {
    process.stderr.write(`brevtjek: ${e.message}\n`);
    process.exit(e instanceof UsageError ? 64 : e instanceof ReportSchemaError ? 70 : 2);
  }
  process.stderr.write(`brevtjek: uventet fejl: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
