import type { StatementInput } from '../citat/checkStatement';
import type { TermMatch } from '../glossary/findTerms';
import type { Language } from '../i18n/language';
import type { Finding, Report } from '../schema/report';
import type { DocumentText, RawPage } from '../text/types';
import type { FindingsDelta } from './findingsDelta';

/** What a letter is analysed with besides its text. */
export interface AnalysisOptions {
  /** The letter's file name (the report's `file`). */
  file: string;
  /** The day the letter reached the user's Digital Post (YYYY-MM-DD), if the user says. */
  received: string | null;
  /** Citat-tjek: the medical statement the decision relies on. */
  statement: StatementInput | null;
  /** The language the explanations are in. */
  language: Language;
}

/** From the viewer to the analysis (lib/viewer/analysisSession.ts, in a worker or not). */
export type ToAnalysis =
  /** Get ready (a worker started before a letter is opened): compile the patterns, unless a letter has come. */
  | { type: 'warm' }
  /** A letter of `pageCount` pages is about to be read: forget the one before. */
  | { type: 'open'; pageCount: number; options: AnalysisOptions; minGapMs?: number }
  /** One page's text items, as it is read (in order). */
  | { type: 'page'; page: RawPage }
  /** Analyse again with other options; the results after it carry `version`. */
  | { type: 'options'; options: AnalysisOptions; version: number };

/** The document text without its pages (the viewer has them: it sent them). */
export interface DocWire {
  text: string;
  charPage: Int32Array;
  charItem: Int32Array;
  charOffset: Int32Array;
  pagesWithoutText: number[];
  /** The text is of the first `pages` pages. */
  pages: number;
}

/** A report whose findings are told relative to the last ones sent (lib/viewer/findingsDelta.ts). */
export type ReportWire = Omit<Report, 'findings'> & { findings: FindingsDelta };

/** From the analysis to the viewer. */
export type FromAnalysis =
  /** New findings of the next result, ahead of it in parts (lib/viewer/findingsDelta.ts). */
  | { type: 'findings'; findings: Finding[] }
  | {
      type: 'result';
      /** The document text, or null where it is the one sent last. */
      doc: DocWire | null;
      report: ReportWire;
      /** Pages the analysis has received (read) by now; the report is of `doc`'s pages. */
      pagesRead: number;
      /** All pages analysed. */
      complete: boolean;
      /** The options' version it was made with (0: those of 'open'). */
      version: number;
      /** What the pass cost (ms). */
      cost: number;
      /** The letter's glossary words, once it is complete (lib/viewer/letterTerms.ts). */
      terms: { language: Language; matches: TermMatch[] } | null;
    }
  | { type: 'error'; message: string };

/** The document text of a wire and the pages the viewer sent. */
export const docFromWire = (wire: DocWire, pages: readonly RawPage[]): DocumentText => ({
  text: wire.text,
  pages: pages.slice(0, wire.pages),
  charPage: wire.charPage,
  charItem: wire.charItem,
  charOffset: wire.charOffset,
  pagesWithoutText: wire.pagesWithoutText,
});
