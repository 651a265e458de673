import { describe, expect, it } from 'vitest';
import { findLawCitations } from '../../lib/analyzers/findLawCitations';
import { findDeadlines } from '../../lib/analyzers/findDeadlines';
import { findMedicalQuotes } from '../../lib/analyzers/findMedicalQuotes';
import { findSanctionReasons } from '../../lib/analyzers/findSanctionReasons';
import { grammar } from '../../lib/analyzers/citationGrammar';
import { findDates } from '../../lib/dates/findDates';
import { buildRules, rules, RULES_JSON, withoutNotes } from '../../lib/rules';
import { checkAllRules, validatedRules } from '../../lib/rules/validate';
import * as S from '../../lib/rules/schemas';
import actsJson from '../../rules/acts.json';
import { inputFor } from '../helpers';

// One generic test over every rules file's examples and counter-examples (as eyecite's reporters-db does).

describe('rules files', () => {
  it('load and pass their schemas', () => {
    expect(rules.acts.length).toBeGreaterThanOrEqual(13);
    expect(rules.holidays.some((h) => h.id === 'store-bededag' && h.lastYear === 2023)).toBe(true);
  });

  it('reject a broken entry', () => {
    const broken = { acts: actsJson.acts.map((a, i) => (i === 0 ? { ...a, id: 'ukendt-lov' } : a)) };
    expect(S.ActsRules.safeParse(broken).success).toBe(false);
    expect(S.DeadlineRules.shape.triggers.safeParse('(senest').success).toBe(false);
  });

  it('pass their schemas, the Danish files and the English texts laid over them (as the build checks)', () => {
    expect(() => checkAllRules()).not.toThrow();
  });

  it('read without zod (as the extension reads them, the build having validated them) give the same rules as validated', () => {
    // Only the reviewers' notes ($comment) differ between a file and what zod keeps of it.
    expect(buildRules(RULES_JSON)).toEqual(validatedRules(RULES_JSON));
    expect(rules).toEqual(validatedRules(RULES_JSON));
    expect(withoutNotes({ $comment: 'x', a: [{ $note: 1, b: 2 }], c: null })).toEqual({ a: [{ b: 2 }], c: null });
  });

  it('validated: a broken file throws, naming the file', () => {
    const broken = { ...RULES_JSON, 'deadlines.json': { ...RULES_JSON['deadlines.json'], triggers: '(senest' } };
    expect(() => validatedRules(broken)).toThrow(/rules\/deadlines\.json: triggers/);
  });

  it('every legal entry names its source', () => {
    for (const a of rules.acts) expect(a.source.length).toBeGreaterThan(3);
    for (const p of rules.checklist.points) expect(p.source.label).toMatch(/§|lov/);
    for (const t of rules.sanctions.types) expect(t.source).toMatch(/§|lov/);
  });
});

describe('act names', () => {
  for (const act of rules.acts) {
    it(`${act.id}: examples resolve to the act, counter-examples are no citation of it`, () => {
      for (const ex of act.examples) {
        const found = findLawCitations(inputFor(`Jf. ${ex}.`));
        expect(found.map((f) => f.kind === 'law' && f.law), ex).toContain(act.id);
      }
      for (const ex of act.counterExamples) {
        const found = findLawCitations(inputFor(`Se ${ex} her.`));
        expect(found.filter((f) => f.kind === 'law' && f.law === act.id), ex).toEqual([]);
      }
    });
  }
});

describe('citation grammar', () => {
  for (const ex of rules.citations.examples) {
    it(`finds "${ex.cite}"`, () => {
      const found = findLawCitations(inputFor(ex.text));
      const hit = found.find((f) => f.text === ex.cite);
      expect(hit, JSON.stringify(found.map((f) => f.text))).toBeDefined();
      expect(hit).toMatchObject({ law: ex.law, paragraph: ex.paragraph });
    });
  }
  it('finds nothing in the counter-examples', () => {
    for (const ex of rules.citations.counterExamples) expect(findLawCitations(inputFor(ex)), ex).toEqual([]);
  });
  it('decree and principle patterns match their examples only', () => {
    const check = (re: RegExp, examples: string[], counter: string[]) => {
      for (const e of examples) expect(new RegExp(re.source, 'u').test(e), e).toBe(true);
      for (const c of counter) expect(new RegExp(re.source, 'u').test(c), c).toBe(false);
    };
    check(grammar.decree, rules.citations.decree.examples, rules.citations.decree.counterExamples);
    check(grammar.principle, rules.citations.principle.examples, rules.citations.principle.counterExamples);
  });
});

describe('date patterns', () => {
  for (const p of rules.dates.patterns) {
    it(`${p.id}`, () => {
      for (const ex of p.examples) expect(findDates(ex, 2025).length, ex).toBe(1);
      for (const ex of p.counterExamples) expect(findDates(ex, 2025), ex).toEqual([]);
    });
  }
});

describe('deadline rules', () => {
  for (const ex of rules.deadlines.examples) {
    it(`finds "${ex.deadline}"`, () => {
      const found = findDeadlines(inputFor(ex.text, { received: '2025-03-03' })).filter((f) => f.kind === 'deadline');
      expect(found.map((f) => f.text)).toEqual([ex.deadline]);
      expect(found[0]).toMatchObject({ appeal: ex.appeal, date: ex.date ?? null });
    });
  }
  it('finds no deadline in the counter-examples', () => {
    for (const ex of rules.deadlines.counterExamples) {
      expect(findDeadlines(inputFor(ex)).filter((f) => f.kind === 'deadline'), ex).toEqual([]);
    }
  });
});

describe('medical rules', () => {
  for (const ex of rules.medical.examples) {
    it(`finds "${ex.quote}"`, () => {
      expect(findMedicalQuotes(inputFor(ex.text)).map((f) => f.text)).toEqual([ex.quote]);
    });
  }
  it('finds nothing in the counter-examples', () => {
    for (const ex of rules.medical.counterExamples) expect(findMedicalQuotes(inputFor(ex)), ex).toEqual([]);
  });
});

describe('sanction rules', () => {
  const decision = 'Vi har besluttet at foretage fradrag i din kontanthjælp.\n';
  for (const ex of rules.sanctions.examples) {
    it(`finds "${ex.reason}"`, () => {
      expect(findSanctionReasons(inputFor(decision + ex.text)).findings.map((f) => f.text)).toEqual([ex.reason]);
    });
  }
  it('finds nothing in the counter-examples', () => {
    for (const ex of rules.sanctions.counterExamples) {
      expect(findSanctionReasons(inputFor(decision + ex)).findings, ex).toEqual([]);
    }
  });
});
