import type { Report } from '../schema/report';
import type { StatementCheck } from '../schema/statementCheck';
import type { DocumentText } from '../text/types';

/** The medical statement a decision relies on, as read (a text layer, pasted text or OCR). */
export interface StatementInput {
  file: string;
  doc: DocumentText;
  /** Read from images by OCR: its words may be misread. */
  ocr: boolean;
}

/**
 * Citat-tjek (issue 10): each medical quote of the decision (report.findings of kind
 * medical_quote) held against the whole statement. Not yet built: a stub that finds nothing.
 */
export function checkStatement(report: Report, decisionText: string, statement: StatementInput): StatementCheck {
  void decisionText;
  return {
    statement: { file: statement.file, kind: null, ocr: statement.ocr, pages: statement.doc.pages.length },
    quotes: report.findings.flatMap((f, i) =>
      f.kind === 'medical_quote' ? [{ finding: i, quote: f.text, quoteStart: f.start, quoteEnd: f.end, match: null, context: null, flags: [] }] : [],
    ),
    unmentioned: [],
  };
}
