import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { startsWithWordOfFrist } from '../../lib/analyzers/findDeadlines';
import { LEAD_PIECES } from '../../lib/analyzers/findMedicalQuotes';
import { needsLiteral, prefilters } from '../../lib/analyzers/prefilter';
import { rules } from '../../lib/rules';
import { fromPlainText } from '../../lib/text/fromPlainText';

const ROOT = join(__dirname, '../..');
/** Every text letter of the test sets, and the long ones they make together. */
function letters(): Array<{ name: string; text: string }> {
  const dirs = ['tests/letters', 'tests/letters-cases', 'tests/letters-styles'].map((d) => join(ROOT, d));
  const blind = join(ROOT, 'tests/letters-blind');
  for (const d of readdirSync(blind)) if (statSync(join(blind, d)).isDirectory()) dirs.push(join(blind, d));
  const out = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: join(d, f).slice(ROOT.length + 1), text: readFileSync(join(d, f), 'utf8') })),
  );
  out.push({ name: 'all letters in one', text: out.map((l) => l.text).join('\n\n') });
  return out;
}

function analyse(text: string, on: boolean): string {
  prefilters.enabled = on;
  try {
    return JSON.stringify(analyzeLetter(fromPlainText(text), { file: 'x.txt', received: '2026-01-10' }));
  } finally {
    prefilters.enabled = true;
  }
}

describe('prefilters', () => {
  it('change no output: every test letter gives the same report with and without them', () => {
    const all = letters();
    expect(all.length).toBeGreaterThan(50);
    for (const { name, text } of all) expect(analyse(text, true), name).toBe(analyse(text, false));
  }, 120_000);

  it('needsLiteral: only a literal every match holds', () => {
    expect(needsLiteral('\\b(?:du|De)\\s+kan\\s+klage\\s+over', 'klage')).toBe(true);
    expect(needsLiteral('(?:din\\s+)?klage(?:n)?\\s+skal', 'klage')).toBe(true);
    expect(needsLiteral('a|klage', 'klage')).toBe(false);
    expect(needsLiteral('(?:klage)', 'klage')).toBe(false);
    expect(needsLiteral('klage?', 'klage')).toBe(false);
    expect(needsLiteral('[klage]', 'klage')).toBe(false);
    expect(needsLiteral('(?=klage)x', 'klage')).toBe(false);
    expect(needsLiteral('\\klage', 'klage')).toBe(false);
  });

  it('the klage offers all need "klage" (else classifyLetter reads every sentence with them all)', () => {
    for (const p of rules.letterTypes.offersKlage ?? []) expect(needsLiteral(p, 'klage'), p).toBe(true);
  });

  it('the first statedPeriod rule starts at a word holding "frist" (else findDeadlines searches it everywhere)', () => {
    expect(startsWithWordOfFrist(rules.deadlines.statedPeriod[0] as string)).toBe(true);
    expect(startsWithWordOfFrist('\\p{L}*frist|x')).toBe(false);
    expect(startsWithWordOfFrist('x\\p{L}*frist')).toBe(false);
  });

  it('each medical lead rule holds the piece its prefilter looks for', () => {
    const m = rules.medical as unknown as Record<string, string>;
    // The part of each rule that every match of it holds (read from the rules; a rule that changes must keep it or change LEAD_PIECES).
    const held: Record<string, string[]> = {
      reportedLead: ['fremgår', '{verb}', 'vurdering|konklusion|opfattelse|anbefaling'],
      invertedLead: ['{verb}'],
      pronounLead: ['{verb}'],
      accordingTo: ['(?:ifølge|i\\s+følge)'],
      accordingToInside: ['(?:ifølge|i\\s+følge)'],
      asStatedLead: ['(?:fremgår|står|beskrives|nævnes|anføres|oplyses|angives|noteres|skrives)'],
      objectLead: ['{objectVerb}'],
      invertedObjectLead: ['{objectVerb}'],
      fremgaarObject: ['(?:fremgår|beskrives|nævnes|anføres|konstateres|noteres|angives)'],
      fremgaarAlone: ['fremgår\\s+det|det\\s+fremgår|heraf\\s+fremgår\\s+det'],
      labelLead: ['\\s*:\\s+'],
    };
    expect(Object.keys(LEAD_PIECES).sort()).toEqual([...Object.keys(held), 'attributionAfter'].sort());
    for (const [key, pieces] of Object.entries(held)) for (const piece of pieces) expect(m[key], `${key} holds ${piece}`).toContain(piece);
    // The prefilter's pieces hold what fills the rules' pieces ({verb}, {objectVerb}) and the literals above.
    const lead = LEAD_PIECES.reportedLead as string;
    for (const part of [m.reportingVerbs, m.speechVerbs, 'fremgår', 'vurdering|konklusion|opfattelse|anbefaling']) expect(lead).toContain(part);
    expect(LEAD_PIECES.invertedLead).toBe(lead);
    expect(LEAD_PIECES.pronounLead).toBe(lead);
    expect(LEAD_PIECES.objectLead).toBe(m.objectVerbs);
    expect(LEAD_PIECES.invertedObjectLead).toBe(m.objectVerbs);
    expect(LEAD_PIECES.accordingTo).toBe('følge');
    for (const verb of ['fremgår', 'står', 'beskrives', 'nævnes', 'anføres', 'oplyses', 'angives', 'noteres', 'skrives']) expect(LEAD_PIECES.asStatedLead).toContain(verb);
    for (const verb of ['fremgår', 'beskrives', 'nævnes', 'anføres', 'konstateres', 'noteres', 'angives']) expect(LEAD_PIECES.fremgaarObject).toContain(verb);
    expect(LEAD_PIECES.labelLead).toBe(':');
    expect(LEAD_PIECES.attributionAfter).toBe(m.attributionAfter);
  });
});
