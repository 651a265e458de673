import { rules } from '../rules';
import { prose } from '../rules/prose';
import type { SanctionType } from '../rules/schemas';
import type { Sentence } from '../nlp/sentences';
import { explanation, say } from './explain';
import type { Span } from './patterns';
import { namesSubject, scoreReason, statesBreach, w } from './scoreReason';
import { sanctionClauses, type Clause } from './sanctionClauses';
import type { AnalysisInput, Draft } from './types';
import { compileRegex } from '../text/compileRegex';

const s = rules.sanctions;
const types = s.types.map((t) => ({ ...t, re: compileRegex(t.pattern, 'iu') }));
const decided = compileRegex(s.decided, 'iu');
const proposed = compileRegex(s.proposed, 'iu');
const hypothetical = compileRegex(s.hypothetical, 'iu');
const amountRe = compileRegex(s.amount, 'iu');
const notSanction = compileRegex(s.notSanction, 'iu');
const breachWords = compileRegex(s.breachWords, 'iu');
const coordinated = compileRegex(s.clauses.coordinated, 'iu');

export interface SanctionAnalysis {
  /** Whether the letter imposes or proposes a sanction at all. */
  present: boolean;
  findings: Draft[];
}

export interface Sanction {
  type: SanctionType;
  status: 'imposed' | 'proposed';
  amount: string | null;
  /** The sentence that names it. */
  sentence: string;
}

/**
 * The sanction this letter imposes or proposes: the first non-hypothetical sentence that
 * names one. A deduction for income or a change for higher income is no sanction: only a
 * consequence of a breached duty is (domain notes §0).
 */
export function findSanction(sentences: Sentence[]): Sanction | null {
  // A deduction first named for income ("fradrag i din kontanthjælp for din arbejdsindtægt") is
  // the same deduction when a table row names it again ("Fradrag i kontanthjælpen for august").
  const income = new Set<string>();
  // Whether any sentence says the matter is decided: asked at most once.
  let anyDecided: boolean | undefined;
  for (const sentence of sentences) {
    // Both are tests only: the cheap one first (most sentences name no sanction).
    const type = types.find((t) => t.re.test(sentence.text));
    if (!type || hypothetical.test(sentence.text)) continue;
    if (notSanction.test(sentence.text)) {
      income.add(type.id);
      continue;
    }
    if (income.has(type.id) && !breachWords.test(sentence.text)) continue;
    const status = proposed.test(sentence.text) ? 'proposed' : 'imposed';
    if (status === 'imposed' && !decided.test(sentence.text) && !(anyDecided ??= sentences.some((x) => decided.test(x.text)))) continue;
    // The first amount in a sentence that names a sanction and is no warning (the sentences after it are not read).
    let amount: string | undefined;
    for (const x of sentences) {
      if (!types.some((t) => t.re.test(x.text)) || hypothetical.test(x.text)) continue;
      amount = amountRe.exec(x.text)?.groups?.amount;
      if (amount) break;
    }
    return { type: type.id, status, amount: amount ? `${amount} kr.` : null, sentence: sentence.text };
  }
  return null;
}

/** "Du var indkaldt til samtale, og du kom ikke": the span starts at the part that states the breach. */
function breachPart(clause: Clause): Span {
  // "Mandag den 2. marts: ikke mødt": a value with no subject is read with its date.
  if (clause.dateRow && !namesSubject(clause.text)) return { start: clause.sentence.start, end: clause.end };
  const joint = coordinated.exec(clause.text);
  // "»Du udeblev …": a quote mark opening the authority's quoted words is no part of the reason.
  const open = /^["„“”»«]+/u.exec(clause.text)?.[0].length ?? 0;
  const close = open ? (/[.!?]?["„“”»«]+$/u.exec(clause.text)?.[0].length ?? 0) : 0;
  if (!joint || statesBreach(clause.text.slice(0, joint.index))) return { start: clause.start + open, end: clause.end - close };
  return { start: clause.start + joint.index + joint[0].length, end: clause.end };
}

/**
 * The reasons given for a sanction that the letter imposes or proposes: each clause that
 * states what the citizen did or failed to do, wherever the letter states it (after "fordi",
 * under "Begrundelse:", in a list of what was weighed, in the Sagsfremstilling, again where it
 * is repeated). Clauses are scored by the signals in rules/sanctions.json (`scoreReason`);
 * warnings, the rimelig-grund reasoning, the citizen's own account and earlier incidents are not
 * reasons.
 */
export function findSanctionReasons(input: AnalysisInput, sanction: Sanction | null = findSanction(input.sentences)): SanctionAnalysis {
  const { text, sentences, regime } = input;
  if (!sanction) return { present: false, findings: [] };
  const spans = sanctionClauses(text, sentences)
    .filter((clause) => scoreReason(clause, input) >= w.threshold)
    .map(breachPart);
  // Which provision the sanction rests on depends on the benefit (rules/benefits.json). A
  // stop (sygedagpenge stop because you are well again is none), or a kind of sanction these
  // rules do not have, counts only where the letter names a breached duty: a reason, or words
  // of one outside a warning (domain notes §0, §4.5).
  const label = s.types.find((t) => t.id === sanction.type);
  const stop = sanction.type === 'ophoer' || sanction.type === 'bortfald';
  const known = stop ? undefined : regime.sanctionSources[sanction.type];
  const breached = spans.length > 0 || sentences.some((x) => breachWords.test(x.text) && !hypothetical.test(x.text));
  const source = known ?? (breached ? (regime.sanctionSources[sanction.type] ?? (label ? { law: label.law, paragraph: label.paragraph, label: label.source } : null)) : null);
  if (!source) return { present: false, findings: [] };
  const what = sanction.status === 'proposed' ? 'whatProposed' : 'what';
  const findings: Draft[] = spans
    .sort((a, b) => a.start - b.start)
    .map((span) => ({
      kind: 'sanction',
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      sanctionType: sanction.type,
      status: sanction.status,
      amount: sanction.amount,
      ruleId: `sanction.${sanction.type}`,
      explanation: explanation(
        say('sanction', what, { type: (label && prose().sanctions.types.find((t) => t.id === label.id)?.label) ?? say('sanction', 'unknownType') }),
        say('sanction', 'why', { rimeligGrund: regime.rimeligGrund.text, vejledning: regime.vejledningFoer?.text ?? '' }),
        say('sanction', 'todo'),
        source,
      ),
    }));
  return { present: true, findings };
}
