import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSanctionReasons } from '../../lib/analyzers/findSanctionReasons';
import { findTerms } from '../../lib/glossary/findTerms';
import { rules } from '../../lib/rules';
import { lix } from '../../lib/text/lix';
import { inputFor } from '../helpers';

// Issue 9, item 4: the ordliste (rules/glossary.json) and how its terms are found in a text.
const glossary = rules.glossary;
const ids = (text: string, once: 'text' | 'paragraph' | 'all' = 'all') => findTerms(text, { once }).map((m) => m.term.id);
const words = (text: string, once: 'text' | 'paragraph' | 'all' = 'all') => findTerms(text, { once }).map((m) => text.slice(m.start, m.end));

describe('the glossary (rules/glossary.json)', () => {
  it('has at least 60 terms, among them the words the issue names', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    const terms = new Set(glossary.map((t) => t.term.toLowerCase()));
    for (const t of [
      'klagevejledning', 'partshøring', 'genvurdering', 'officialprincippet', 'skærpet rådighedssanktion', 'karantæne', 'ledighedsydelse',
      'bekendtgørelse', 'ressourceforløb', 'jobafklaringsforløb', 'fleksjob', 'førtidspension', 'rådighed', 'aktindsigt', 'opsættende virkning',
    ]) {
      expect(terms.has(t), t).toBe(true);
    }
  });

  it('explains every term in one line of plain Danish: LIX at most 35', () => {
    const hard = glossary.filter((t) => lix(t.meaning) > 35).map((t) => `${t.id}: ${lix(t.meaning).toFixed(1)} ${t.meaning}`);
    expect(hard).toEqual([]);
    for (const t of glossary) {
      expect(t.meaning, t.id).not.toMatch(/\n/);
      // Never that a decision is unlawful.
      expect(t.meaning, t.id).not.toMatch(/ulovlig|ugyldig/i);
    }
  });

  it('finds each term in its examples and not in its counter-examples', () => {
    for (const t of glossary) {
      for (const e of t.examples) {
        expect(findTerms(e, { once: 'all', glossary: [t] }).length, `${t.id}: ${e}`).toBeGreaterThan(0);
        // Also with the whole glossary: no other term takes its place.
        expect(ids(e), `${t.id}: ${e}`).toContain(t.id);
      }
      for (const c of t.counterExamples) expect(findTerms(c, { once: 'all', glossary: [t] }), `${t.id}: ${c}`).toEqual([]);
    }
  });

  it('cites only provisions that rules/provisions.json knows, with the paragraph in the label', () => {
    const known = new Set(rules.provisions.map((p) => `${p.law} § ${p.paragraph}`));
    for (const t of glossary) {
      const s = t.source;
      if (!s?.law || !s.paragraph) continue;
      expect(known.has(`${s.law} § ${s.paragraph}`), t.id).toBe(true);
      expect(s.label, t.id).toContain(s.paragraph.replace(/^(\d+)([a-z])$/, '$1 $2'));
    }
  });

  it('has terms that letters use: at least 60 of them occur in the sample and blind letters', () => {
    const root = resolve(import.meta.dirname, '..', '..');
    const dirs = [join(root, '..', 'shared/eval/letters'), ...readdirSync(join(root, 'tests/letters-blind')).map((d) => join(root, 'tests/letters-blind', d))];
    const text = dirs
      .flatMap((d) => {
        try {
          return readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8'));
        } catch {
          return [];
        }
      })
      .join('\n\n');
    expect(text.length).toBeGreaterThan(100_000);
    const found = new Set(ids(text));
    expect(found.size).toBeGreaterThanOrEqual(60);
  });
});

describe('findTerms', () => {
  it('finds inflections and compounds, in any case, also with æ, ø and å in capitals', () => {
    expect(ids('Formålet med ressourceforløbet er …')).toEqual(['ressourceforloeb']);
    expect(ids('Fradrag i din ressourceforløbsydelse')).toEqual(['fradrag', 'ressourceforloebsydelse']);
    expect(ids('Vi har sendt partshøringen til dig.')).toEqual(['partshoering']);
    expect(ids('Vi sendte et partshøringsbrev.')).toEqual(['partshoering']);
    expect(ids('Læs KLAGEVEJLEDNINGEN.')).toEqual(['klagevejledning']);
    expect(ids('OM SKÆRPET RÅDIGHEDSSANKTION')).toEqual(['skaerpet-raadighedssanktion']);
    expect(ids('Ankestyrelsens afgørelse')).toEqual(['ankestyrelsen', 'afgoerelse']);
    expect(ids('Kommunen genvurderer sagen.')).toEqual(['genvurdering']);
    expect(ids('Du er omfattet af officialprincippet.')).toEqual(['officialprincippet']);
  });

  it('finds a term written over a line break, and a short name only in capitals', () => {
    expect(words('Klagen har ikke opsættende\nvirkning.')).toEqual(['opsættende\nvirkning']);
    expect(ids('Vi sender klagen til STAR.')).toEqual(['star']);
    expect(ids('Start med at læse brevet. Se en star.')).toEqual([]);
    expect(ids('statusattest (LÆ 125) og LÆ125')).toEqual(['statusattest', 'statusattest', 'statusattest']);
  });

  it('does not find a term inside another word', () => {
    expect(ids('Ankestyrelsens principafgørelse 41-17')).toEqual(['ankestyrelsen', 'principmeddelelse']);
    expect(ids('efter sygedagpengeloven')).toEqual([]);
    expect(ids('det er afgørende')).toEqual([]);
    expect(ids('funktionsnedsættelse og fleksjobteamet')).toEqual([]);
    expect(ids('fradragsdage og tilbudsstedet')).toEqual([]);
    expect(ids('dagpengekortet, sygedagpenge')).toEqual(['sygedagpenge']);
  });

  it('lets the longest term win where two overlap', () => {
    expect(words('Dette er en foreløbig afgørelse.')).toEqual(['foreløbig afgørelse']);
    expect(ids('Dette er en foreløbig afgørelse.')).toEqual(['foreloebig-afgoerelse']);
    expect(words('Du kan klage til Folketingets Ombudsmand.')).toEqual(['Folketingets Ombudsmand']);
    expect(words('Du får en skærpet rådighedssanktion.')).toEqual(['skærpet rådighedssanktion']);
    expect(words('en lovbekendtgørelse og en bekendtgørelse')).toEqual(['lovbekendtgørelse', 'bekendtgørelse']);
  });

  it('keeps each term once per text by default, or once per paragraph', () => {
    const text = 'Afgørelse om fradrag.\nVi har truffet afgørelse om fradrag.\n\nDu kan klage over afgørelsen. Afgørelsen gælder.';
    expect(words(text, 'text')).toEqual(['Afgørelse', 'fradrag']);
    expect(words(text)).toEqual(['Afgørelse', 'fradrag', 'afgørelse', 'fradrag', 'afgørelsen', 'Afgørelsen']);
    expect(words(text, 'paragraph')).toEqual(['Afgørelse', 'fradrag', 'afgørelsen']);
    const at = findTerms(text, { once: 'paragraph' }).map((m) => m.start);
    expect(at).toEqual([0, 13, text.indexOf('afgørelsen')]);
  });

  it('finds a term inside a highlight: a sanction reason keeps its terms', () => {
    const text = 'Vi har besluttet at foretage fradrag i din hjælp, fordi du uden rimelig grund udeblev fra jobsamtalen den 24. februar 2025.';
    const [reason] = findSanctionReasons(inputFor(text)).findings;
    expect(reason).toBeDefined();
    const inside = findTerms(text).filter((m) => m.start >= reason!.start && m.end <= reason!.end);
    expect(inside.map((m) => text.slice(m.start, m.end))).toEqual(['rimelig grund', 'udeblev', 'jobsamtalen']);
  });

  it('is pure: the same text gives the same ranges', () => {
    const text = 'Partshøring om fradrag i din kontanthjælp. Du kan få aktindsigt.';
    expect(findTerms(text)).toEqual(findTerms(text));
    expect(findTerms('')).toEqual([]);
  });
});
