import { rules, type Regime } from '../rules';
import type { BenefitId, SanctionType, SenderId } from '../rules/schemas';
import { compileRegex } from '../text/compileRegex';

const b = rules.benefits;
const benefits = b.benefits.map((x) => ({ ...x, re: x.patterns.map((p) => compileRegex(p, 'giu')) }));
const regimes = new Map(b.regimes.map((x) => [x.id, x]));

export interface Benefit {
  id: BenefitId | null;
  label: string | null;
}

/** A line of more words than this is body text: the heading is above it. */
const BODY_LINE_WORDS = 14;
/** A first block of at most this many lines is the letterhead. */
const LETTERHEAD_LINES = 6;

const count = (res: RegExp[], text: string) => res.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);

/**
 * The benefit the letter is about (rules/benefits.json): the one its heading and body name
 * most, a mention in the heading counting more; else the one its sender implies (an
 * a-kasse: dagpenge); else none.
 */
export function findBenefit(whole: string, sender: SenderId | null): Benefit {
  const text = whole.slice(0, b.bodyChars);
  // The heading: below the letterhead (whose department names list several benefits) and
  // above the first line of body text.
  const lines = text.split('\n').slice(0, b.headingLines);
  const letterheadEnds = lines.findIndex((l) => l.trim() === '');
  const from = letterheadEnds > 0 && letterheadEnds <= LETTERHEAD_LINES ? letterheadEnds : 0;
  const bodyStarts = lines.findIndex((l, i) => i >= from && l.trim().split(/\s+/).length > BODY_LINE_WORDS);
  const heading = lines.slice(from, bodyStarts < 0 ? undefined : bodyStarts).join('\n');
  const scores = new Map<BenefitId, number>();
  for (const x of benefits) scores.set(x.id, count(x.re, heading) * (b.headingWeight - 1) + count(x.re, text));
  for (const [winner, losers] of Object.entries(b.beats)) {
    if ((scores.get(winner as BenefitId) ?? 0) > 0) for (const l of losers) scores.set(l, 0);
  }
  let best: { id: BenefitId; label: string; score: number } | null = null;
  for (const x of benefits) {
    const score = scores.get(x.id) ?? 0;
    if (score > 0 && (!best || score > best.score)) best = { id: x.id, label: x.label, score };
  }
  if (best) return { id: best.id, label: best.label };
  const fallback = sender ? b.senderDefault[sender] : undefined;
  const x = fallback ? benefits.find((y) => y.id === fallback) : undefined;
  return x ? { id: x.id, label: x.label } : { id: null, label: null };
}

/** Every benefit the letter's body names, the one it is about among them. */
export function benefitsNamed(whole: string): BenefitId[] {
  const text = whole.slice(0, b.bodyChars);
  return benefits.filter((x) => count(x.re, text) > 0).map((x) => x.id);
}

/** The regime a sanction type belongs to when the benefit cannot be told. */
const regimeOfSanction = (type: SanctionType | null): string | undefined =>
  type ? b.regimes.find((x) => x.id !== b.fallbackRegime && x.sanctionSources[type])?.id : undefined;

/**
 * The rules Brevtjek explains the letter by: the benefit's regime; for an a-kasse always
 * the a-kasse rules; where no benefit is named, the regime of the sanction the letter gives.
 */
export function regimeFor(benefit: BenefitId | null, sender: SenderId | null, sanctionType: SanctionType | null = null): Regime {
  const byBenefit = benefit ? b.benefits.find((x) => x.id === benefit)?.regime : undefined;
  const bySender = sender ? b.benefits.find((x) => x.id === b.senderDefault[sender])?.regime : undefined;
  const id = (sender === 'a-kasse' ? bySender : undefined) ?? byBenefit ?? regimeOfSanction(sanctionType) ?? b.fallbackRegime;
  const regime = regimes.get(id) ?? regimes.get(b.fallbackRegime);
  if (!regime) throw new Error(`rules/benefits.json: no regime ${id}`);
  return regime;
}
