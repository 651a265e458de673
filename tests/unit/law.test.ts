import { describe, expect, it } from 'vitest';
import { findLawCitations } from '../../lib/analyzers/findLawCitations';
import { inputFor } from '../helpers';

const cites = (t: string) => findLawCitations(inputFor(t)).map((f) => (f.kind === 'law' ? [f.text, f.law, f.paragraph] : null));

describe('findLawCitations', () => {
  it('takes the act before or after the paragraph into one span, without "jf."', () => {
    expect(cites('jf. § 36, stk. 1, nr. 1, i lov om aktiv socialpolitik.')).toEqual([
      ['§ 36, stk. 1, nr. 1, i lov om aktiv socialpolitik', 'aktivloven', '36'],
    ]);
    expect(cites('Se aktivlovens § 13, stk. 2.')).toEqual([['aktivlovens § 13, stk. 2', 'aktivloven', '13']]);
    expect(cites('jf. §§ 22-24 i forvaltningsloven.')).toEqual([['§§ 22-24 i forvaltningsloven', 'forvaltningsloven', '22']]);
  });

  it('reads letter suffixes, also without a space, and the preposition "i" is no suffix', () => {
    expect(cites('efter § 7 a i sygedagpengeloven')).toEqual([['§ 7 a i sygedagpengeloven', 'sygedagpengeloven', '7a']]);
    expect(cites('efter §40a i aktivloven')).toEqual([['§40a i aktivloven', 'aktivloven', '40a']]);
    expect(cites('efter § 36 i offentlighedsloven')).toEqual([['§ 36 i offentlighedsloven', 'offentlighedsloven', '36']]);
  });

  it('reads stk., nr., litra and pkt.', () => {
    expect(cites('jf. § 13, stk. 2, nr. 2, 1. pkt., litra a, i aktivloven.')[0]?.[0]).toBe('§ 13, stk. 2, nr. 2, 1. pkt., litra a, i aktivloven');
  });

  it('keeps "§ 36 og § 37" together but splits "§ 36, stk. 1, og § 13"', () => {
    expect(cites('efter aktivlovens § 36 og § 37.')).toEqual([['aktivlovens § 36 og § 37', 'aktivloven', '36']]);
    expect(cites('efter aktivlovens § 36, stk. 1, og § 13, stk. 2.')).toEqual([
      ['aktivlovens § 36, stk. 1', 'aktivloven', '36'],
      ['§ 13, stk. 2', 'aktivloven', '13'],
    ]);
  });

  it('resolves "lovens §" and a bare § to the act named last', () => {
    expect(cites('Efter § 16 i lov om social pension kan du få pension. Se også lovens § 18 og § 19, stk. 2.')).toEqual([
      ['§ 16 i lov om social pension', 'pensionsloven', '16'],
      ['lovens § 18 og § 19, stk. 2', 'pensionsloven', '18'],
    ]);
    expect(cites('Der gælder § 21, stk. 1. Se sygedagpengeloven.')).toEqual([
      ['§ 21, stk. 1', null, '21'],
      ['sygedagpengeloven', 'sygedagpengeloven', null],
    ]);
  });

  it('does not take the act of the citation before for the next one', () => {
    expect(cites('jf. § 19 i forvaltningsloven, § 9 i offentlighedsloven.')).toEqual([
      ['§ 19 i forvaltningsloven', 'forvaltningsloven', '19'],
      ['§ 9 i offentlighedsloven', 'offentlighedsloven', '9'],
    ]);
  });

  it('reads abbreviations next to a §, case-sensitive', () => {
    expect(cites('jf. LAB § 118, stk. 2, og § 40 a LAS.')).toEqual([
      ['LAB § 118, stk. 2', 'beskaeftigelsesloven', '118'],
      ['§ 40 a LAS', 'aktivloven', '40a'],
    ]);
    expect(cites('Han las bogen.')).toEqual([]);
  });

  it('finds acts by name, lovbekendtgørelser, bekendtgørelser and principafgørelser', () => {
    expect(cites('Reglerne står i retssikkerhedsloven.')).toEqual([['retssikkerhedsloven', 'retssikkerhedsloven', null]]);
    expect(cites('efter § 37 i lov om aktiv socialpolitik, jf. lovbekendtgørelse nr. 1004 af 30. juni 2025.')).toEqual([
      ['§ 37 i lov om aktiv socialpolitik', 'aktivloven', '37'],
      ['lovbekendtgørelse nr. 1004 af 30. juni 2025', 'aktivloven', null],
    ]);
    expect(cites('Se LBK nr. 701 af 22/05/2024.')).toEqual([['LBK nr. 701 af 22/05/2024', null, null]]);
    expect(cites('Se lovbekendtgørelse nr. 1084 af 13/08/2024 om aktiv socialpolitik.')).toEqual([
      ['lovbekendtgørelse nr. 1084 af 13/08/2024 om aktiv socialpolitik', 'aktivloven', null],
    ]);
    expect(cites('jf. bekendtgørelse om rådighed.')).toEqual([['bekendtgørelse om rådighed', 'bekendtgoerelse', null]]);
    expect(cites('jf. Ankestyrelsens principmeddelelse 37-19.')).toEqual([['principmeddelelse 37-19', 'principmeddelelse', null]]);
  });

  it('reports an act it does not know with law null', () => {
    expect(cites('jf. § 9 i lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. (team)')).toEqual([
      ['§ 9 i lov om organisering og understøttelse af beskæftigelsesindsatsen m.v.', null, '9'],
    ]);
  });

  it('takes provisions that share one act as one citation, and an article with its act, paragraph null', () => {
    expect(cites('Afgørelsen er truffet efter § 35, stk. 2, og § 40 a i lov om aktiv socialpolitik.')).toEqual([
      ['§ 35, stk. 2, og § 40 a i lov om aktiv socialpolitik', 'aktivloven', '35'],
    ]);
    expect(cites('Lov om sygedagpenge:\n- § 7, § 24, stk. 1, og § 27, stk. 1, nr. 2 (varighed)')[1]).toEqual(['§ 7, § 24, stk. 1, og § 27, stk. 1, nr. 2', 'sygedagpengeloven', '7']);
    // Each act keeps its own provisions.
    expect(cites('efter aktivlovens § 13 og forvaltningslovens § 19')).toEqual([
      ['aktivlovens § 13', 'aktivloven', '13'],
      ['forvaltningslovens § 19', 'forvaltningsloven', '19'],
    ]);
    expect(cites('efter artikel 6, stk. 1, litra e, i databeskyttelsesforordningen.')).toEqual([
      ['artikel 6, stk. 1, litra e, i databeskyttelsesforordningen', 'databeskyttelsesloven', null],
    ]);
    expect(cites('Se databeskyttelsesforordningens artikel 13 og 14.')).toEqual([['databeskyttelsesforordningens artikel 13 og 14', 'databeskyttelsesloven', null]]);
  });

  it('reads a bekendtgørelse or an act with its abbreviation in brackets before its paragraphs, and no § inside a form code', () => {
    expect(cites('Se bekendtgørelse om rådighed §§ 29-31.')).toEqual([['bekendtgørelse om rådighed §§ 29-31', 'bekendtgoerelse', '29']]);
    expect(cites('Afgørelsen er truffet efter lov om aktiv socialpolitik (LAS) §§ 13, 35, 37 og 39.')).toEqual([
      ['lov om aktiv socialpolitik (LAS) §§ 13, 35, 37 og 39', 'aktivloven', '13'],
    ]);
    expect(cites('Blanket-ID: KH-§37-F2')).toEqual([]);
  });

  it('does not take authorities, forms, case numbers or "loven" alone for law', () => {
    for (const t of [
      'Ankestyrelsen har afgjort sagen.',
      'Lægen udfylder LÆ 285.',
      'J.nr. 2026-12345',
      'Du kan læse loven på retsinformation.dk.',
      'Ring på 33 41 12 00.',
      'i det tidligere gældende kapitel 6 a',
      'Beskæftigelses- og Socialforvaltningen',
    ]) {
      expect(cites(t), t).toEqual([]);
    }
  });

  it('explains an act it does not know, and a bare paragraph, differently', () => {
    const [other] = findLawCitations(inputFor('jf. § 9 i lov om organisering og understøttelse af beskæftigelsesindsatsen m.v.'));
    expect(other?.explanation.why).toMatch(/ikke har en forklaring/);
    const [bare] = findLawCitations(inputFor('Se § 9.'));
    expect(bare?.explanation.why).toMatch(/siger ikke klart/);
    const [bek] = findLawCitations(inputFor('jf. bekendtgørelse om rådighed.'));
    expect(bek?.explanation.what).toMatch(/bekendtgørelse/);
  });

  it('explains every citation with its source', () => {
    const [f] = findLawCitations(inputFor('jf. § 67 i retssikkerhedsloven'));
    expect(f?.explanation.what).toContain('§ 67');
    expect(f?.explanation.why).toMatch(/4 uger/);
    expect(f?.explanation.source).toMatchObject({ law: 'retssikkerhedsloven', paragraph: '67' });
    expect(f?.explanation.url).toMatch(/^https:\/\/www\.retsinformation\.dk\//);
  });

  it('ends an act\'s title at "m.v." and before "og kapitel", so a citation never runs into the next sentence or the next act', () => {
    expect(cites('jf. § 63, stk. 1, i lov om arbejdsløshedsforsikring m.v. De gyldige grunde står i kapitel 4 i bekendtgørelsen.')).toEqual([
      ['§ 63, stk. 1, i lov om arbejdsløshedsforsikring m.v.', 'arbejdsloeshedsforsikringsloven', '63'],
      // "i bekendtgørelsen" points back to an executive order: a chapter with its act (GUIDE, hard cases).
      ['kapitel 4 i bekendtgørelsen', 'bekendtgoerelse', null],
    ]);
    expect(cites('Klageadgangen følger af § 77 i lov om sygedagpenge og kapitel 10 i lov om retssikkerhed og administration på det sociale område.')).toEqual([
      ['§ 77 i lov om sygedagpenge', 'sygedagpengeloven', '77'],
      ['kapitel 10 i lov om retssikkerhed og administration på det sociale område', 'retssikkerhedsloven', null],
    ]);
  });

  it('ends an act\'s title before "og modtager", "og får"', () => {
    expect(cites('Du er omfattet af lov om en aktiv beskæftigelsesindsats og modtager ledighedsydelse efter §§ 74-74 h i lov om aktiv socialpolitik.')).toEqual([
      ['lov om en aktiv beskæftigelsesindsats', 'beskaeftigelsesloven', null],
      ['§§ 74-74 h i lov om aktiv socialpolitik', 'aktivloven', '74'],
    ]);
  });

  it('gives a bare paragraph cited again the act it had ("§ 27" in lov om sygedagpenge, then another act, then "§ 27"), and "lovens" the act last named', () => {
    expect(cites('Du opfylder ikke sygedagpengelovens § 27, stk. 1. Vi tilbyder et forløb efter kapitel 18 i lov om en aktiv beskæftigelsesindsats. Efter § 27, stk. 1, nr. 2, kan vi ikke forlænge.')).toEqual([
      ['sygedagpengelovens § 27, stk. 1', 'sygedagpengeloven', '27'],
      ['kapitel 18 i lov om en aktiv beskæftigelsesindsats', 'beskaeftigelsesloven', null],
      ['§ 27, stk. 1, nr. 2', 'sygedagpengeloven', '27'],
    ]);
    expect(cites('Se § 13, stk. 2, nr. 1, og stk. 4, i lov om aktiv socialpolitik og forvaltningslovens § 13. Efter lovens § 13, stk. 7, er det ikke en rimelig grund.')).toEqual([
      ['§ 13, stk. 2, nr. 1, og stk. 4, i lov om aktiv socialpolitik', 'aktivloven', '13'],
      ['forvaltningslovens § 13', 'forvaltningsloven', '13'],
      ['lovens § 13, stk. 7', 'forvaltningsloven', '13'],
    ]);
  });

  it('gives "bekendtgørelsens § 10" and "§ 4 i bekendtgørelsen" the executive order, whichever act was named last', () => {
    expect(cites('Se § 62 i lov om arbejdsløshedsforsikring m.v. og bekendtgørelse om rådighed. Registrer dine jobsøgninger, jf. bekendtgørelsens § 10, og § 4 i bekendtgørelsen.')).toEqual([
      ['§ 62 i lov om arbejdsløshedsforsikring m.v.', 'arbejdsloeshedsforsikringsloven', '62'],
      ['bekendtgørelse om rådighed', 'bekendtgoerelse', null],
      ['bekendtgørelsens § 10', 'bekendtgoerelse', '10'],
      ['§ 4 i bekendtgørelsen', 'bekendtgoerelse', '4'],
    ]);
  });

  it('reads grundloven as an act outside the list, ends an unknown act\'s title before "og <act>s", splits a § with its own act, and takes a bracketed name and a BEK with the act', () => {
    expect(cites('Du kan gå til domstolene, jf. grundlovens § 63.')).toEqual([['grundlovens § 63', null, '63']]);
    expect(cites('Afgørelsen er truffet efter lov om individuel boligstøtte og retssikkerhedslovens §§ 11 og 11 c.')).toEqual([
      ['lov om individuel boligstøtte', null, null],
      ['retssikkerhedslovens §§ 11 og 11 c', 'retssikkerhedsloven', '11'],
    ]);
    expect(cites('Vi sender klagen videre, jf. sygedagpengelovens § 77 og § 66 i retssikkerhedsloven.')).toEqual([
      ['sygedagpengelovens § 77', 'sygedagpengeloven', '77'],
      ['§ 66 i retssikkerhedsloven', 'retssikkerhedsloven', '66'],
    ]);
    expect(cites('- Lov om aktiv socialpolitik (aktivloven), jf. LBK nr. 1004 af 30/06/2025')).toEqual([
      ['Lov om aktiv socialpolitik (aktivloven)', 'aktivloven', null],
      ['LBK nr. 1004 af 30/06/2025', 'aktivloven', null],
    ]);
    expect(cites('jf. BEK nr. 1318 af 28/11/2022 om selvforskyldt ledighed.')).toEqual([['BEK nr. 1318 af 28/11/2022 om selvforskyldt ledighed', 'bekendtgoerelse', null]]);
  });
});
