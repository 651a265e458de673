import { describe, expect, it } from 'vitest';
import { actById } from '../../lib/analyzers/citationGrammar';
import { findLawCitations } from '../../lib/analyzers/findLawCitations';
import { decreeOf, versionAt } from '../../lib/law/actVersions';
import { inputFor } from '../helpers';

const aktivloven = actById('aktivloven');
const lab = actById('beskaeftigelsesloven');

describe('acts by date', () => {
  it("the letter's date picks the version", () => {
    if (!aktivloven) throw new Error('aktivloven missing');
    expect(versionAt(aktivloven, '2024-12-01')?.ref).toBe('LBK nr. 808 af 25. juni 2024');
    expect(versionAt(aktivloven, '2025-08-01')?.ref).toBe('LBK nr. 1004 af 30. juni 2025');
    expect(versionAt(aktivloven, null)).toBeUndefined();
  });

  it('reads the number and date of a cited lovbekendtgørelse', () => {
    expect(decreeOf('lovbekendtgørelse nr. 1084 af 13/08/2024')).toEqual({ nr: '1084', date: '2024-08-13' });
    expect(decreeOf('LBK nr. 1004 af 30. juni 2025')).toEqual({ nr: '1004', date: '2025-06-30' });
  });

  it("links a citation to the act's version on the letter's date", () => {
    const old = findLawCitations(inputFor('Dato: 3. marts 2024\n\nVi har truffet afgørelse efter § 37 i lov om aktiv socialpolitik.'));
    const now = findLawCitations(inputFor('Dato: 3. marts 2026\n\nVi har truffet afgørelse efter § 37 i lov om aktiv socialpolitik.'));
    expect(old[0]?.explanation.url).toBe('https://www.retsinformation.dk/eli/lta/2023/1031');
    expect(now[0]?.explanation.url).toBe('https://www.retsinformation.dk/eli/lta/2025/1004');
  });

  it('says so when a letter relies on an older consolidated act than the one in force', () => {
    const found = findLawCitations(inputFor('Dato: 3. marts 2026\n\nJf. lov om aktiv socialpolitik, jf. lovbekendtgørelse nr. 808 af 25. juni 2024.'));
    const decree = found.find((f) => /808/.test(f.text));
    expect(decree?.explanation.why).toMatch(/nyere udgave: LBK nr\. 1004 af 30\. juni 2025/);
    const current = findLawCitations(inputFor('Dato: 3. marts 2026\n\nJf. lov om aktiv socialpolitik, jf. lovbekendtgørelse nr. 1004 af 30. juni 2025.'));
    expect(current.find((f) => /1004/.test(f.text))?.explanation.why).not.toMatch(/nyere udgave/);
  });

  it('warns that the 2027 reform renumbers the beskæftigelseslov in letters dated after it', () => {
    if (!lab) throw new Error('LAB missing');
    expect(versionAt(lab, '2027-02-01')?.tag).toBe('U');
    const after = findLawCitations(inputFor('Dato: 3. februar 2027\n\nJf. § 68 i lov om en aktiv beskæftigelsesindsats.'));
    const before = findLawCitations(inputFor('Dato: 3. februar 2026\n\nJf. § 68 i lov om en aktiv beskæftigelsesindsats.'));
    expect(after[0]?.explanation.why).toMatch(/1\. januar 2027/);
    expect(before[0]?.explanation.why).not.toMatch(/1\. januar 2027/);
  });

  it('a provision note limited to a period holds only then', () => {
    const old = findLawCitations(inputFor('Dato: 3. marts 2019\n\nJf. § 41 i lov om aktiv socialpolitik.'));
    const now = findLawCitations(inputFor('Dato: 3. marts 2026\n\nJf. § 41 i lov om aktiv socialpolitik.'));
    expect(old[0]?.explanation.why).toMatch(/Før 2020/);
    expect(now[0]?.explanation.why).not.toMatch(/Før 2020/);
  });
});
