import { analyzeLetter } from '../../lib/analyzeLetter';
import { checkStatement } from '../../lib/citat/checkStatement';
import type { Report } from '../../lib/schema/report';
import type { StatementCheck } from '../../lib/schema/statementCheck';
import { fromPlainText } from '../../lib/text/fromPlainText';

/** A decision (its body; a heading is added) analysed as a letter, and its quotes held against `statement`. */
export function checkLetter(body: string, statement: string, ocr = false): StatementCheck {
  const doc = fromPlainText(`Afgørelse om sygedagpenge\n\n${body}\n`);
  const report = analyzeLetter(doc, { file: 'afgoerelse.txt' });
  return checkStatement(report, doc.text, { file: 'erklaering.txt', doc: fromPlainText(statement), ocr });
}

/** One quote held against `statement`, as if the decision quoted it directly ("Lægen skriver: »…«"), without the letter analysis. */
export function checkQuote(quote: string, statement: string, options: { style?: 'direct' | 'reported'; ocr?: boolean; after?: string } = {}): StatementCheck {
  const lead = 'Lægen skriver: »';
  const decisionText = `${lead}${quote}«${options.after ?? '.'}`;
  const start = lead.length;
  const finding = { kind: 'medical_quote', text: quote, start, end: start + quote.length, style: options.style ?? 'direct', source: 'lægen' };
  const report = { findings: [finding] } as unknown as Report;
  return checkStatement(report, decisionText, { file: 'erklaering.txt', doc: fromPlainText(statement), ocr: options.ocr ?? false });
}

/** The flags of a check, as "kind: words" lines, quote by quote and then the unmentioned sentences. */
export function flagsOf(check: StatementCheck): string[] {
  return [
    ...check.quotes.flatMap((q) => q.flags.map((f) => `${f.kind}: ${f.words.join(' | ')}`)),
    ...check.unmentioned.map((u) => `not-mentioned (${u.topic}): ${u.text}`),
  ];
}
