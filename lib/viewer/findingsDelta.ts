import type { Finding } from '../schema/report';

/**
 * A report's findings as the analysis worker sends them: a finding equal to one it sent last
 * time is that one's index in the last list; a new or changed one is sent whole, or, where
 * there are many, ahead in parts (negative numbers: -1 is the first of those). The viewer keeps
 * the objects it already has, so the pages whose findings did not change are not drawn again,
 * and no one message for a 500-page letter takes long to take apart.
 */
export type FindingsDelta = Array<number | Finding>;

/** How many new findings go in one message at most. */
export const FINDINGS_PART = 500;

/** Deep equality of plain data (what a report is made of). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

const placeOf = (f: Finding) => `${f.kind}:${f.start}:${f.end}:${f.ruleId}`;

/** `next` told relative to `previous` (the list sent last time). */
export function encodeFindings(previous: readonly Finding[], next: readonly Finding[]): FindingsDelta {
  const at = new Map<string, number[]>();
  previous.forEach((f, i) => {
    const key = placeOf(f);
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  });
  const used = new Set<number>();
  return next.map((f) => {
    const same = at.get(placeOf(f))?.find((i) => !used.has(i) && sameData(previous[i], f));
    if (same === undefined) return f;
    used.add(same);
    return same;
  });
}

/**
 * Takes the new findings out of a delta where there are more than `part`, in parts of `part`:
 * `send` gets each part, and the delta names them by number (-1, -2, …) instead.
 */
export function sendAhead(delta: FindingsDelta, send: (part: Finding[]) => void, part = FINDINGS_PART): FindingsDelta {
  if (delta.filter((d) => typeof d !== 'number').length <= part) return delta;
  let parcel: Finding[] = [];
  let sent = 0;
  const out = delta.map((d) => {
    if (typeof d === 'number') return d;
    parcel.push(d);
    if (parcel.length === part) {
      send(parcel);
      parcel = [];
    }
    return -++sent;
  });
  if (parcel.length > 0) send(parcel);
  return out;
}

/** The findings from a delta, the list it was told against (whose objects are kept) and those sent ahead. */
export function decodeFindings(previous: readonly Finding[], delta: FindingsDelta, ahead: readonly Finding[] = []): Finding[] {
  return delta.map((d) => {
    if (typeof d !== 'number') return d;
    const f = d >= 0 ? previous[d] : ahead[-d - 1];
    if (!f) throw new Error(`findings delta: no finding ${d}`);
    return f;
  });
}
