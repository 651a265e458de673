import { findDates } from '../lib/dates/findDates';
import { splitSentences } from '../lib/nlp/sentences';
import type { AnalysisInput } from '../lib/analyzers/types';
import { findLetterDate } from '../lib/letter/letterDate';
import { findSender, klagefristSourceOf } from '../lib/letter/findSender';
import { findBenefit, regimeFor } from '../lib/letter/findBenefit';
import { findSanction } from '../lib/analyzers/findSanctionReasons';

/** The analyzers' input for a snippet of letter text. */
export function inputFor(text: string, options: { received?: string; letterDate?: string } = {}): AnalysisInput {
  const letterDate = options.letterDate ?? findLetterDate(text);
  const year = Number((options.received ?? letterDate ?? '2025-01-01').slice(0, 4));
  const sender = findSender(text).id;
  const sentences = splitSentences(text);
  return {
    text,
    sentences,
    dates: findDates(text, year),
    letterDate,
    received: options.received ?? letterDate,
    referenceYear: year,
    appealPossible: true,
    regime: regimeFor(findBenefit(text, sender).id, sender, findSanction(sentences)?.type ?? null),
    hearing: false,
    appealSource: klagefristSourceOf(sender),
  };
}
