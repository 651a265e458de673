import { rules } from '../rules';
import type { SanctionType } from '../rules/schemas';
import type { Sentence } from '../nlp/sentences';
import { explanation, say } from './explain';
import type { AnalysisInput, Draft } from './types';

const s = rules.sanctions;
const types = s.types.map((t) => ({ ...t, re: new RegExp(t.pattern, 'iu') }));
const decided = new RegExp(s.decided, 'iu');
const proposed = new RegExp(s.proposed, 'iu');
const hypothetical = new RegExp(s.hypothetical, 'iu');
const reasonIntro = new RegExp(s.reasonIntro, 'giu');
const listIntro = new RegExp(s.listIntro, 'iu');
const subject = new RegExp(s.subject, 'u');
const breach = new RegExp(s.breach, 'iu');
const continuation = new RegExp(s.continuation, 'iu');
const listItem = new RegExp(s.listItem, 'iu');
const listItemSubject = new RegExp(s.listItemSubject, 'u');
const itemLead = new RegExp(s.itemLead, 'u');
const clauseEnd = new RegExp(s.clauseEnd, 'iu');
const amountRe = new RegExp(s.amount, 'iu');
const notSanction = new RegExp(s.notSanction, 'iu');
const breachWords = new RegExp(s.breachWords, 'iu');
const bullet = new RegExp(rules.layout.bullets, 'u');
const QUOTES = /["„“”»«]/;

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
  for (const sentence of sentences) {
    if (hypothetical.test(sentence.text) || notSanction.test(sentence.text)) continue;
    const type = types.find((t) => t.re.test(sentence.text));
    if (!type) continue;
    const status = proposed.test(sentence.text) ? 'proposed' : 'imposed';
    if (status === 'imposed' && !decided.test(sentence.text) && !sentences.some((x) => decided.test(x.text))) continue;
    const amount = sentences
      .filter((x) => types.some((t) => t.re.test(x.text)) && !hypothetical.test(x.text))
      .map((x) => amountRe.exec(x.text)?.groups?.amount)
      .find(Boolean);
    return { type: type.id, status, amount: amount ? `${amount} kr.` : null, sentence: sentence.text };
  }
  return null;
}

/** Cuts a reason clause where the letter goes on to something else (", jf. § 36"). */
function clauseFrom(text: string, start: number, end: number): { start: number; end: number } | null {
  let clause = text.slice(start, end);
  const stop = clauseEnd.exec(clause);
  if (stop) clause = clause.slice(0, stop.index);
  clause = clause.replace(/(?:,\s*(?:og|samt|eller))?[\s,;:.!?]*$/u, '');
  const lead = itemLead.exec(clause)?.[0].length ?? 0;
  const body = clause.slice(lead);
  if (!subject.test(body) || !breach.test(body) || QUOTES.test(body)) return null;
  return { start: start + lead, end: start + lead + body.length };
}

/**
 * The reasons given for a sanction that the letter imposes or proposes: clauses about what
 * the citizen did or failed to do ("du uden rimelig grund udeblev fra …"), introduced by
 * "fordi", "Vi har lagt vægt på, at …" or listed under such a line. Warnings about what may
 * happen ("Hvis du ikke møder op, kan …") are not reasons, and nor are quotes of the citizen.
 */
export function findSanctionReasons(input: AnalysisInput, sanction: Sanction | null = findSanction(input.sentences)): SanctionAnalysis {
  const { text, sentences, regime } = input;
  if (!sanction) return { present: false, findings: [] };
  const spans: Array<{ start: number; end: number }> = [];
  const add = (span: { start: number; end: number } | null) => {
    if (span && !spans.some((x) => x.start < span.end && span.start < x.end)) spans.push(span);
  };
  let previousHadReason = false;
  sentences.forEach((sentence, i) => {
    const before = spans.length;
    const hadReason = previousHadReason;
    previousHadReason = false;
    if (hypothetical.test(sentence.text)) return;
    // "Desuden har du ikke registreret dit CV": a further reason in the next sentence.
    const more = hadReason ? continuation.exec(sentence.text) : null;
    if (more) add(clauseFrom(text, sentence.start + more[0].length, sentence.end));
    // "… fordi du …", "Vi har lagt vægt på, at du …"
    for (const m of sentence.text.matchAll(reasonIntro)) {
      const from = sentence.start + (m.index ?? 0) + m[0].length;
      add(clauseFrom(text, from, sentence.end));
    }
    // A list under "Vi har lagt vægt på:": each item starts a line; a blank line ends the list.
    if (listIntro.test(sentence.text) && /[:,]\s*$/.test(sentence.text)) {
      for (const item of sentences.slice(i + 1)) {
        const before = text.slice(Math.max(0, item.start - 2), item.start);
        if (!before.endsWith('\n')) break;
        const marked = bullet.test(item.text) || listItem.test(item.text);
        if (!marked && !(before !== '\n\n' && listItemSubject.test(item.text))) break;
        add(clauseFrom(text, item.start, item.end));
      }
    }
    previousHadReason = spans.length > before;
  });
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
        say('sanction', what, { type: label?.label ?? say('sanction', 'unknownType') }),
        say('sanction', 'why', { rimeligGrund: regime.rimeligGrund.text, vejledning: regime.vejledningFoer?.text ?? '' }),
        say('sanction', 'todo'),
        source,
      ),
    }));
  return { present: true, findings };
}
