import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzeLetter } from '../analyzeLetter';
import { LetterError } from '../errors';
import { loadLetter } from '../loadLetter';
import type { PdfJs } from '../pdf/readPdfPages';
import { formatReport } from './formatReport';

const USAGE = 'Brug: npm run analyze -- <brev.pdf|brev.txt> [--received ÅÅÅÅ-MM-DD] [--json] [--password KODE]';

interface Args {
  file: string;
  received: string | null;
  json: boolean;
  password?: string;
}

function parseArgs(argv: string[]): Args {
  let file: string | null = null;
  let received: string | null = null;
  let json = false;
  let password: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
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
  return { file, received, json, password };
}

class UsageError extends Error {}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const info = await stat(args.file).catch(() => null);
  if (!info?.isFile()) throw new LetterError('missing', args.file);
  const bytes = new Uint8Array(await readFile(args.file));
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const doc = await loadLetter(bytes, args.file, pdfjs, args.password);
  const report = analyzeLetter(doc, { file: basename(args.file), received: args.received });
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
}

main().catch((e: unknown) => {
  if (e instanceof LetterError || e instanceof UsageError) {
    process.stderr.write(`brevtjek: ${e.message}\n`);
    process.exit(e instanceof UsageError ? 64 : 2);
  }
  process.stderr.write(`brevtjek: uventet fejl: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
