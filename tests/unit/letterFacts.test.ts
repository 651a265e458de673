import { describe, expect, it } from 'vitest';
import { findLetterDate } from '../../lib/letter/letterDate';
import { findSender } from '../../lib/letter/findSender';
import { findBenefit, regimeFor } from '../../lib/letter/findBenefit';
import { findSanction, findSanctionReasons } from '../../lib/analyzers/findSanctionReasons';
import { splitSentences } from '../../lib/nlp/sentences';
import { rules } from '../../lib/rules';
import { inputFor } from '../helpers';

describe("the letter's date", () => {
  for (const p of rules.letterTypes.letterDate.patterns) {
    it(`${p.id}: ${p.examples.join(' | ')}`, () => {
      for (const ex of p.examples) expect(findLetterDate(`Brevtjek Kommune\n\n${ex}\n\nKære borger`), ex).not.toBeNull();
    });
  }

  it.each([
    ['Vejle d. 9/3 2026', '2026-03-09'],
    ['12. november 2025', '2025-11-12'],
    ['Odense, mandag den 1. december 2025', '2025-12-01'],
    ['14-11-2025', '2025-11-14'],
    ['Dato: 03.02.2026', '2026-02-03'],
    ['København, den 5. januar 2026', '2026-01-05'],
  ])('%s', (line, iso) => {
    expect(findLetterDate(`Jobcenter Vejle\nVedelsgade 14\n\nAnna Jensen\nVej 1\n\n${line}\n\nAfgørelse`)).toBe(iso);
  });

  it('reads a header table: the date under "Dato"', () => {
    const text = 'Jobcenter Vejle\n\nDato          Sagsnr.      Journalnr.\n03.02.2026    26-1234      J-77\n\nAfgørelse';
    expect(findLetterDate(text)).toBe('2026-02-03');
  });

  it('tells the letter date from a birth date, a CPR number and a received date near the top', () => {
    const text = 'Jobcenter Vejle\n\nFødt: 12.04.1979\nModtaget: 1. marts 2026\nAnsøgning af 20. februar 2026\n\nVejle, 9. marts 2026\n\nAfgørelse';
    expect(findLetterDate(text)).toBe('2026-03-09');
    expect(findLetterDate('Jobcenter Vejle\n\nFødt: 12.04.1979\nModtaget: 1. marts 2026\n\nAfgørelse')).toBeNull();
  });

  it('reads the date column of a header line, and a date in the page footer', () => {
    expect(findLetterDate('Randers Kommune                                     Dato: 16.04.2026\n\nCPR-nr.: 280269-xxxx        Dato: 16.04.2026\n\nAfgørelse')).toBe('2026-04-16');
    expect(findLetterDate('Jobcenter Vejle\n\nAfgørelse om ledighedsydelse\nVi stopper din ydelse.\n\nSide 1 af 2 – 03.03.2026')).toBe('2026-03-03');
  });

  it('counter-examples are never the letter date', () => {
    for (const ex of rules.letterTypes.letterDate.counterExamples) expect(findLetterDate(`Jobcenter Vejle\n\n${ex}\n\nAfgørelse`), ex).toBeNull();
  });
});

describe('who sent the letter', () => {
  for (const s of rules.senders.senders) {
    it(`${s.id}: its examples`, () => {
      for (const ex of s.examples) {
        const found = findSender(`${ex.text}\n\nAnna Jensen\nVej 1\n\nDato: 3. marts 2026\n\nBrevet handler om din sag.`);
        expect(found.id, ex.text).toBe(ex.sender);
        if (ex.name) expect(found.name).toBe(ex.name);
      }
    });
  }

  it("a kommune's letter about Ankestyrelsen's hjemvisning is the kommune's", () => {
    const text = 'Horsens Kommune\nJobcenter Horsens\n\n5. marts 2026\n\nNy afgørelse om sygedagpenge\nAnkestyrelsen har den 2. februar 2026 hjemvist sagen. Ankestyrelsen har bedt os se på sagen igen.';
    expect(findSender(text).id).toBe('kommune');
  });

  it("Ankestyrelsen's decision without a letterhead is told by how it speaks", () => {
    expect(findSender('Afgørelse\n\nAnkestyrelsen stadfæster kommunens afgørelse. Kommunen har ret i, at kommunen kan stoppe hjælpen.').id).toBe('ankestyrelsen');
  });
});

describe('which benefit, and which rules', () => {
  it.each([
    ['Afgørelse om stop af dine sygedagpenge\nDu har ikke deltaget i opfølgningen.', 'kommune', 'sygedagpenge', 'sygedagpenge'],
    ['Afgørelse om karantæne\nDu har selv sagt dit arbejde op.', 'a-kasse', 'dagpenge', 'dagpenge'],
    ['Din boligstøtte ændres\nJeres indkomst er steget.', 'udbetaling-danmark', 'boligstoette', 'udbetaling'],
    ['Afgørelse om fradrag i din kontanthjælp', 'kommune', 'kontanthjaelp', 'aktivloven'],
    ['Ophør af ledighedsydelse i 3 uger\nDu har afslået et fleksjob. Fleksjobbet passede til dine skånehensyn.', 'kommune', 'ledighedsydelse', 'ledighedsydelse'],
  ] as const)('%s', (text, sender, benefit, regime) => {
    const found = findBenefit(text, sender);
    expect(found.id).toBe(benefit);
    expect(regimeFor(found.id, sender).id).toBe(regime);
  });

  it('an a-kasse letter is explained by the a-kasse rules whatever it mentions', () => {
    expect(regimeFor('sygedagpenge', 'a-kasse').id).toBe('dagpenge');
  });

  it('without a benefit, the sanction tells the rules', () => {
    expect(regimeFor(null, 'kommune', 'bortfald').id).toBe('sygedagpenge');
    expect(regimeFor(null, null, null).id).toBe(rules.benefits.fallbackRegime);
  });
});

describe('sanction or not', () => {
  const present = (text: string) => findSanctionReasons(inputFor(text)).present;

  it('a deduction for earned income is no sanction', () => {
    const text = 'Jobcenter Vejle\n\nAfgørelse om din kontanthjælp\nVi har besluttet at foretage fradrag i din kontanthjælp for din arbejdsindtægt i marts.';
    expect(findSanction(splitSentences(text))).toBeNull();
    expect(present(text)).toBe(false);
  });

  it('boligstøtte cut for a higher income is no sanction', () => {
    const text = 'Udbetaling Danmark\n\nAfgørelse om boligstøtte\nDin boligstøtte bliver nedsat fra 1. april 2026. Vi har besluttet det, fordi jeres indkomst er steget.';
    expect(present(text)).toBe(false);
  });

  it('a plain refusal is no sanction', () => {
    const text = 'Jobcenter Vejle\n\nAfgørelse om kontanthjælp\nVi har besluttet, at du ikke har ret til kontanthjælp. Din formue er over grænsen.';
    expect(present(text)).toBe(false);
  });

  it('a stop for a missed follow-up on sygedagpenge is a sanction under sygedagpengeloven § 21', () => {
    const r = findSanctionReasons(inputFor('Vejle Kommune\n\nAfgørelse\nDine sygedagpenge stopper, fordi du ikke mødte op til opfølgningssamtalen den 3. marts 2026.'));
    expect(r.present).toBe(true);
    expect(r.findings[0]?.explanation.source).toMatchObject({ law: 'sygedagpengeloven', paragraph: '21' });
  });

  it('an a-kasse karantæne rests on arbejdsløshedsforsikringsloven § 63', () => {
    const r = findSanctionReasons(inputFor('3F A-kasse\n\nAfgørelse\nDu får karantæne, fordi du selv har sagt dit arbejde op uden en gyldig grund.'));
    expect(r.present).toBe(true);
    expect(r.findings[0]?.explanation.source).toMatchObject({ law: 'arbejdsloeshedsforsikringsloven', paragraph: '63' });
  });
});
