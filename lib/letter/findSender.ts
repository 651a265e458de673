import { rules } from '../rules';
import { prose } from '../rules/prose';
import type { Advice, LegalSource, SenderId } from '../rules/schemas';
import { compileRegex } from '../text/compileRegex';

const r = rules.senders;
const senders = r.senders.map((s) => ({
  ...s,
  letterheadRe: s.letterhead.map((p) => compileRegex(p, 'u')),
  strongRe: s.strong.map((p) => compileRegex(p, 'imu')),
  bodyRe: s.body.map((p) => compileRegex(p, 'giu')),
}));

export interface Sender {
  id: SenderId | null;
  /** The name as the letter writes it ("Jobcenter Vejle"), else the sender's plain label. */
  name: string | null;
  /** How a sentence names the sender: "kommunen", "a-kassen"; "afsenderen" when unknown. */
  short: string;
}

function fromLine(line: string): Sender | null {
  if (line.trim().split(/\s+/).length > 10) return null;
  for (const s of senders) {
    for (const re of s.letterheadRe) {
      const m = re.exec(line);
      if (m) return { id: s.id, name: (m.groups?.name ?? s.label).replace(/\s+/g, ' ').trim(), short: s.short };
    }
  }
  return null;
}

/**
 * Who sent the letter (rules/senders.json): the letterhead at the top, else the signature at
 * the bottom, else the sender whose words the body uses most. A kommune's letter that tells
 * what Ankestyrelsen decided is still the kommune's: the letterhead decides, not the topic.
 */
export function findSender(text: string): Sender {
  const lines = text.split('\n');
  const head = lines.slice(0, r.headLines);
  const tail = lines.slice(-r.tailLines);
  for (const line of [...head, ...tail]) {
    const found = fromLine(line);
    if (found) return found;
  }
  const strong = senders.find((s) => s.strongRe.some((re) => re.test(text)));
  if (strong) return { id: strong.id, name: strong.label, short: strong.short };
  let best: { id: SenderId; label: string; short: string; count: number } | null = null;
  for (const s of senders) {
    const count = s.bodyRe.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
    if (count > 0 && (!best || count > best.count)) best = { id: s.id, label: s.label, short: s.short, count };
  }
  return best ? { id: best.id, name: best.label, short: best.short } : { id: null, name: null, short: r.unknownShort };
}

/** Where a klage over this sender's decision goes and what happens next (null: no administrative klage), in the language Brevtjek speaks. */
export function klageRouteOf(sender: SenderId | null): Advice | null {
  return prose().senders.senders.find((s) => s.id === sender)?.klage ?? null;
}

/**
 * The rule that sets the klagefrist for this sender's decisions: an a-kasse's is in
 * arbejdsløshedsforsikringsloven (domain notes §0), the rest retssikkerhedslovens § 67.
 */
export function klagefristSourceOf(sender: SenderId | null): LegalSource {
  const route = klageRouteOf(sender);
  return route && route.source.law === 'arbejdsloeshedsforsikringsloven' ? route.source : rules.letterTypes.defaultAppealSource;
}
