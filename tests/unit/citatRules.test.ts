import { describe, expect, it } from 'vitest';
import { findQualifiers } from '../../lib/citat/qualifiers';
import { statementKind } from '../../lib/citat/statementKind';
import { rules } from '../../lib/rules';
import { CitatRules } from '../../lib/rules/citatSchema';
import { rulesIn } from '../../lib/rules/prose';
import citatJson from '../../rules/citat.json';

/** rules/citat.json: the Citat-tjek's Danish, checked by its schema and its own examples. */

describe('rules/citat.json', () => {
  it('loads and passes its schema', () => {
    expect(rules.citat.qualifiers.items.length).toBeGreaterThan(10);
    expect(rules.citat.topics.items.map((t) => t.id).sort()).toEqual(['arbejdsevne', 'begraensninger', 'prognose']);
  });

  it('rejects a broken file: a pattern that does not compile, a placeholder no one fills, suffixes out of order', () => {
    const broken = (change: (j: typeof citatJson) => void) => {
      const j = structuredClone(citatJson);
      change(j);
      return CitatRules.safeParse(j).success;
    };
    expect(broken(() => undefined)).toBe(true);
    expect(broken((j) => (j.qualifiers.items[0]!.pattern = 'ikke('))).toBe(false);
    expect(broken((j) => (j.texts.changed.what = 'Disse ord er ændret: {ord}.'))).toBe(false);
    expect(broken((j) => j.stemming.step1.reverse())).toBe(false);
    expect(broken((j) => (j.words.persons[0] = 'Du'))).toBe(false);
  });

  for (const q of rules.citat.qualifiers.items) {
    it(`qualifier ${q.id} (${q.kind}) finds its examples and not its counter-examples`, () => {
      for (const ex of q.examples) expect(findQualifiers(ex).map((f) => f.kind), ex).toContain(q.kind);
      for (const ex of q.counterExamples) expect(findQualifiers(ex).filter((f) => f.kind === q.kind), ex).toEqual([]);
    });
  }

  it('names the kind of statement from its title', () => {
    expect(statementKind('SPECIALLÆGEERKLÆRING\nPsykiatrisk afdeling\n\nAnamnese: …')).toBe('speciallægeerklæring');
    expect(statementKind('Statusattest (LÆ 125)\nPatient: Jens Hansen')).toBe('statusattest');
    expect(statementKind('Journaludskrift\nAlmen praksis')).toBe('journaludskrift');
    expect(statementKind('Lægeattest til brug for sygedagpengeopfølgning (LÆ 285)')).toBe('lægeattest');
    expect(statementKind('Neuropsykologisk undersøgelse\nKonklusion: …')).toBe('psykolograpport');
    expect(statementKind('Kære Jens\nTak for sidst.')).toBeNull();
  });

  it('has its texts in English, over the same patterns', () => {
    const en = rulesIn('en').citat;
    const da = rulesIn('da').citat;
    expect(en.qualifiers).toEqual(da.qualifiers);
    expect(en.topics.items.map((t) => t.headings)).toEqual(da.topics.items.map((t) => t.headings));
    for (const kind of ['not-found', 'changed', 'left-out', 'not-mentioned'] as const) {
      expect(en.texts[kind].what).not.toBe(da.texts[kind].what);
      expect(en.texts[kind].source).toEqual(da.texts[kind].source);
    }
  });
});
