import { findDates } from '../lib/dates/findDates';
import { splitSentences } from '../lib/nlp/sentences';
import type { AnalysisInput } from '../lib/analyzers/types';

/** The analyzers' input for a snippet of letter text. */
export function inputFor(text: string, options: { received?: string; letterDate?: string } = {}): AnalysisInput {
  const year = Number((options.received ?? options.letterDate ?? '2025-01-01').slice(0, 4));
  return {
    text,
    sentences: splitSentences(text),
    dates: findDates(text, year),
    letterDate: options.letterDate ?? null,
    received: options.received ?? options.letterDate ?? null,
    referenceYear: year,
  };
}
