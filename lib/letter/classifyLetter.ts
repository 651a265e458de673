import { needsLiteral, prefilters } from '../analyzers/prefilter';
import { rules } from '../rules';
import { prose } from '../rules/prose';
import type { LetterTypeId, SenderId } from '../rules/schemas';
import { compileRegex } from '../text/compileRegex';

const lt = rules.letterTypes;
const notALetterWords = compileRegex(lt.notALetter.authorityWords, 'iu');
const compile = (list?: string[]) => (list ?? []).map((p) => compileRegex(p, 'imu'));
const types = lt.types.map((t) => ({
  ...t,
  anyRe: compile(t.any),
  allRe: compile(t.all),
  titleRe: compile(t.title),
  noneRe: compile(t.none),
  noneAnywhereRe: compile(t.noneAnywhere),
}));
const klagevejledning = lt.klagevejledning.map((p) => compileRegex(p, 'iu'));
const offersKlage = compile(lt.offersKlage);
const notOffering = compile(lt.notOfferingKlage);
/** Every offer names "klage" (needsLiteral): a sentence without it is not asked each pattern. None when a rule lacks it. */
const offerPrefilter = (lt.offersKlage ?? []).every((p) => needsLiteral(p, 'klage')) ? /klage/iu : null;
const decisionWords = compile(lt.decisionWords);
const notDecision = compile(lt.notDecision);
// A sentence ends at ".", "!" or "?" before a word that does not go on in lower case ("af 28. september" goes on), or at a blank line.
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[^\p{Ll}])|\n\s*\n/u);
const maybeAfgoerelse = types.find((t) => t.id === 'afgoerelse');
if (!maybeAfgoerelse?.appeal) throw new Error('rules/letter-types.json: the type "afgoerelse" must exist and give a right to complain');
const afgoerelse = maybeAfgoerelse;

export interface LetterKind {
  type: LetterTypeId;
  label: string;
  /** Whether Brevtjek shows a klagefrist: false only on positive evidence that there is none. */
  appeal: boolean;
  /** False where the evidence is mixed; the klagefrist is then shown with a note. */
  certain: boolean;
  why: string;
  /** Why Brevtjek is not sure, in plain Danish; empty when it is. */
  doubt: string;
  source: (typeof rules.letterTypes.types)[number]['source'];
  hasKlagevejledning: boolean;
}

/** Whether the letter itself decides something: decision words outside a condition or a plan. */
function decides(text: string): boolean {
  return sentencesOf(text).some((s) => decisionWords.some((re) => re.test(s)) && !notDecision.some((re) => re.test(s)));
}

/** A sentence in which the letter tells the citizen they can klage over it, with a frist. */
export function klageOffer(text: string): string | null {
  for (const sentence of sentencesOf(text)) {
    if (offerPrefilter && prefilters.enabled && !offerPrefilter.test(sentence)) continue;
    if (offersKlage.some((re) => re.test(sentence)) && !notOffering.some((re) => re.test(sentence))) return sentence.trim();
  }
  return null;
}

function matches(t: (typeof types)[number], text: string, head: string, sender: SenderId | null): boolean {
  if (t.senders && (!sender || !t.senders.includes(sender))) return false;
  if (t.anyRe.length && !t.anyRe.some((re) => re.test(text))) return false;
  if (t.allRe.length && !t.allRe.every((re) => re.test(text))) return false;
  if (t.titleRe.length && !t.titleRe.some((re) => re.test(head))) return false;
  if (t.noneRe.some((re) => re.test(head))) return false;
  if (t.noneAnywhereRe.some((re) => re.test(text))) return false;
  return true;
}

/**
 * What kind of letter this is (rules/letter-types.json), failing safe: a klagefrist is
 * hidden only on positive evidence that there is none (Ankestyrelsen's own decision, a
 * genvurdering that forwards a klage, a partshøring, an indkaldelse, a foreløbig afgørelse,
 * a letter that only informs), and never when the letter itself says the citizen can klage
 * with a frist. Where a no-klage kind also reads like a decision, the frist is shown and
 * Brevtjek says it is not sure.
 */
export function classifyLetter(text: string, sender: SenderId | null = null): LetterKind {
  const head = text.split('\n').slice(0, lt.titleLines).join('\n');
  // The words a person reads, in the language Brevtjek speaks; the patterns stay Danish.
  const say = prose().letterTypes;
  // By place, not id: two kinds may share an id and differ in their words.
  const wordsOf = (found: (typeof types)[number]) => say.types[types.indexOf(found)] ?? found;
  // No known sender and no word of a letter from an authority: say so, invent no kind.
  if (sender === null && !notALetterWords.test(text)) {
    const n = say.notALetter;
    return { type: 'ikke-brev', label: n.label, why: n.why, source: afgoerelse.source, hasKlagevejledning: false, appeal: false, certain: true, doubt: '' };
  }
  const found = types.find((t) => matches(t, text, head, sender)) ?? afgoerelse;
  const offer = klageOffer(text);
  const hasKlagevejledning = offer !== null || klagevejledning.some((re) => re.test(text));
  const words = wordsOf(found);
  const kind = { type: found.id, label: words.label, why: words.why, source: found.source, hasKlagevejledning };
  if (found.appeal) return { ...kind, appeal: true, certain: true, doubt: '' };
  // The letter's own words about klage win over any idea of its kind.
  if (offer) {
    return { ...kind, why: say.ownWordsWin, source: afgoerelse.source, appeal: true, certain: true, doubt: '' };
  }
  if (found.decisionMakesUnsure && decides(text)) {
    return {
      ...kind,
      label: say.unsureLabel.replace('{kind}', words.label.replace(/\s*\(.*\)$/u, '')),
      appeal: true,
      certain: false,
      doubt: say.unsure.replace('{kind}', words.label.toLowerCase().replace(/\s*\(.*\)$/u, '')),
    };
  }
  return { ...kind, appeal: false, certain: true, doubt: '' };
}
