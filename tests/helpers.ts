import { findDates } from '../lib/dates/findDates';
import { splitSentences } from '../lib/nlp/sentences';
import type { AnalysisInput } from '../lib/analyzers/types';
import { findLetterDate } from '../lib/letter/letterDate';

/** The analyzers' input for a snippet of letter text. */
export function inputFor(text: string, options: { received?: string; letterDate?: string } = {}): AnalysisInput {
  const letterDate = options.letterDate ?? findLetterDate(text);
  const year = Number((options.received ?? letterDate ?? '2025-01-01').slice(0, 4));
  return {
    text,
    sentences: splitSentences(text),
    dates: findDates(text, year),
    letterDate,
    received: options.received ?? letterDate,
    referenceYear: year,
    appealPossible: true,
  };
}
