import type { FoundDate } from '../dates/findDates';
import type { Sentence } from '../nlp/sentences';
import type { Regime } from '../rules';
import type { LegalSource } from '../rules/schemas';
import type { Finding } from '../schema/report';

/** What every analyzer gets: the document text and what was found in it once. */
export interface AnalysisInput {
  text: string;
  sentences: Sentence[];
  dates: FoundDate[];
  /** The date the letter is dated, if found. */
  letterDate: string | null;
  /** The date the letter was received: the user's, else the letter's date. */
  received: string | null;
  /** The year to assume for a date written without one. */
  referenceYear: number;
  /** Whether this kind of letter can be appealed at all (a partshøring or indkaldelse cannot). */
  appealPossible: boolean;
  /** The rules the letter is explained by: its benefit's and sender's (rules/benefits.json). */
  regime: Regime;
  /** Whether the letter is a partshøring: its deadlines are svarfrister (forvaltningslovens § 19). */
  hearing: boolean;
  /** The rule that sets the klagefrist for this sender (retssikkerhedslovens § 67; an a-kasse's own act). */
  appealSource: LegalSource;
}

type WithoutPlace<T> = T extends unknown ? Omit<T, 'page' | 'segments'> : never;
/** A finding before it is placed on the pages. */
export type Draft = WithoutPlace<Finding>;
