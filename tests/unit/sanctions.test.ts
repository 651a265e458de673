import { describe, expect, it } from 'vitest';
import { findSanctionReasons } from '../../lib/analyzers/findSanctionReasons';
import { inputFor } from '../helpers';

const reasons = (t: string) => findSanctionReasons(inputFor(t)).findings.map((f) => f.text);

describe('findSanctionReasons', () => {
  it('takes the reason after "fordi", "da" and "idet"', () => {
    expect(reasons('Vi har besluttet at foretage fradrag i din hjælp, fordi du uden rimelig grund udeblev fra samtalen den 24. februar 2025.')).toEqual([
      'du uden rimelig grund udeblev fra samtalen den 24. februar 2025',
    ]);
    expect(reasons('Jobcentret har besluttet at nedsætte din kontanthjælp, da du har afslået et tilbud om virksomhedspraktik, jf. § 39.')).toEqual([
      'du har afslået et tilbud om virksomhedspraktik',
    ]);
  });

  it('takes each listed reason under "Vi har lagt vægt på"', () => {
    const t = 'Afgørelse om fradrag i din kontanthjælp\nVi har besluttet at foretage fradrag.\nVi har lagt vægt på,\n- at du var indkaldt i god tid,\n- at du ikke mødte op og ikke meldte afbud,\n- at du er vejledt om reglerne.';
    expect(reasons(t)).toEqual(['du ikke mødte op og ikke meldte afbud']);
  });

  it('takes a further reason in the next sentence', () => {
    expect(reasons('Vi har nedsat din hjælp, fordi du ikke har søgt job. Desuden har du ikke registreret dit CV på Jobnet.')).toEqual([
      'du ikke har søgt job',
      'har du ikke registreret dit CV på Jobnet',
    ]);
  });

  it('reads the type, the amount and whether it is imposed or proposed', () => {
    const imposed = findSanctionReasons(inputFor('Vi har besluttet at foretage fradrag i din kontanthjælp på 1.851,00 kr., fordi du udeblev fra samtalen.'));
    expect(imposed.findings[0]).toMatchObject({ sanctionType: 'fradrag', status: 'imposed', amount: '1.851,00 kr.' });
    const proposed = findSanctionReasons(inputFor('Vi overvejer at stoppe dine sygedagpenge, fordi du ikke er mødt til opfølgningssamtalen.'));
    expect(proposed.findings[0]).toMatchObject({ sanctionType: 'bortfald', status: 'proposed', text: 'du ikke er mødt til opfølgningssamtalen' });
  });

  it('does not take warnings, the citizen’s words or letters without a sanction', () => {
    expect(reasons('Hvis du ikke møder op, kan vi nedsætte din hjælp, fordi du så ikke står til rådighed.')).toEqual([]);
    expect(reasons('Vi har besluttet at foretage fradrag, fordi du "ikke gad møde op".')).toEqual([]);
    expect(reasons('Du får ikke førtidspension, fordi du ikke har afprøvet fleksjob.')).toEqual([]);
    expect(findSanctionReasons(inputFor('Du er indkaldt til samtale. Hvis du udebliver, kan det betyde fradrag.')).present).toBe(false);
  });
});
