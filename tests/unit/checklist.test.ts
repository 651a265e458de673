import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { findKlageRoute, findSenderAddress } from '../../lib/letter/klageRoute';
import { rules } from '../../lib/rules';
import { fromPlainText } from '../../lib/text/fromPlainText';

const analyze = (text: string) => analyzeLetter(fromPlainText(text), { file: 'brev.txt' });
const ids = (text: string) => analyze(text).checklist.map((c) => c.id);

const letterhead = (org: string[], street: string, town: string) => `${org.join('\n')}\n${street}\n${town}\n\nLise Skov Mikkelsen\nBirkevej 7, 2. tv.\n7100 Vejle\n\n`;

const SANCTION = `${letterhead(['Esbjerg Kommune', 'Jobcenter Esbjerg'], 'Torvegade 74', '6700 Esbjerg')}Esbjerg, den 2. oktober 2025

Afgørelse om fradrag i din kontanthjælp

Du mødte ikke op til din jobsamtale den 18. september 2025. Vi har derfor besluttet at trække 1.120 kr. i din kontanthjælp for 2 dage, jf. § 37 i lov om aktiv socialpolitik.

Vi har lagt vægt på, at du ikke har givet besked om, hvorfor du udeblev.

Klagevejledning
Du kan klage over afgørelsen. Send din klage til Jobcenter Esbjerg, så vi har den senest 4 uger efter, at du har modtaget brevet. Du kan klage via Digital Post eller ved at ringe til os.

Venlig hilsen
Ole Dam`;

const SYGEDAGPENGE_21 = `${letterhead(['Vejle Kommune', 'Sygedagpengeteamet'], 'Skolegade 1', '7100 Vejle')}Vejle, 4. november 2025

Dine sygedagpenge stopper

Du har ikke sendt det oplysningsskema, vi bad om. Derfor stopper dine sygedagpenge fra den 3. november 2025, jf. sygedagpengelovens § 21, stk. 1.

Du kan klage over afgørelsen. Klagen skal være modtaget af os senest 4 uger efter, at du har fået afgørelsen. Du kan klage skriftligt eller mundtligt.

Med venlig hilsen
Sygedagpengeteamet`;

const SYGEDAGPENGE_7 = `${letterhead(['Vejle Kommune', 'Sygedagpengeteamet'], 'Skolegade 1', '7100 Vejle')}Vejle, 4. november 2025

Dine sygedagpenge stopper

Vi vurderer, at du ikke længere er uarbejdsdygtig på grund af sygdom. Derfor stopper dine sygedagpenge fra den 10. november 2025, jf. sygedagpengelovens § 7.

Du kan klage over afgørelsen inden 4 uger, fra du har modtaget den.

Med venlig hilsen
Sygedagpengeteamet`;

const PENSION = `${letterhead(['Randers Kommune', 'Team Pension'], 'Laksetorvet 1', '8900 Randers C')}Randers, 1. december 2025

Afslag på førtidspension

Vi har besluttet, at du ikke kan få førtidspension, jf. § 16 i lov om social pension. Lægekonsulenten vurderer, at din arbejdsevne kan udvikles. Din læge skriver, at du "kan klare let arbejde i kortere perioder", og speciallægen skriver, at du "har nedsat kraft i venstre arm".

Du kan klage over afgørelsen inden 4 uger, fra du har modtaget den. Klagen sendes til Randers Kommune.

Med venlig hilsen
Team Pension`;

const AKASSE = `Metal A-kasse
Nyropsgade 38
1780 København V

Lise Skov Mikkelsen
Birkevej 7, 2. tv.
7100 Vejle

2. oktober 2025

Du får ikke dagpenge

Du har ikke haft et opdateret CV på Jobnet. Derfor kan du ikke få dagpenge fra den 1. oktober 2025, jf. § 62 i lov om arbejdsløshedsforsikring m.v.

Du kan klage inden 4 uger, fra du har modtaget afgørelsen. Send klagen til os.

Venlig hilsen
Metal A-kasse`;

describe('the checklist from the letter', () => {
  it('gives a kommune sanction the points Ankestyrelsen checks, each with its review named', () => {
    const report = analyze(SANCTION);
    const got = report.checklist.map((c) => c.id);
    for (const id of ['klagefrist', 'klage-hvor', 'rimelig-grund', 'saerlige-forhold', 'fremmer-raadighed', 'fradrag-beregning', 'vejledt-foer', 'vejledning-indhold', 'oplyst-selv'])
      expect(got, id).toContain(id);
    expect(got).not.toContain('skaerpet-betingelser');
    expect(got.filter((id) => id.startsWith('sdp-'))).toEqual([]);
    expect(report.checklist.find((c) => c.id === 'saerlige-forhold')?.practice).toMatch(/Ankestyrelsens praksisundersøgelser om sanktioner/);
  });

  it('asks the § 21 questions for sygedagpenge stopped for lack of medvirken, and not the § 7 one', () => {
    const got = ids(SYGEDAGPENGE_21);
    for (const id of ['sdp-varsel', 'sdp-grund', 'sdp-arbejdsgiver', 'sdp-dato', 'sdp-igen']) expect(got, id).toContain(id);
    expect(got).not.toContain('sdp-nye-oplysninger');
    expect(got).not.toContain('saerlige-forhold');
  });

  it('asks about fresh medical information for sygedagpenge stopped under § 7, and not the § 21 questions', () => {
    const got = ids(SYGEDAGPENGE_7);
    expect(got).toContain('sdp-nye-oplysninger');
    expect(got).not.toContain('sdp-varsel');
  });

  it('asks about medical papers, the lægekonsulent and the udviklingsperspektiv for an afslag on førtidspension', () => {
    const report = analyze(PENSION);
    const got = report.checklist.map((c) => c.id);
    for (const id of ['alle-laegepapirer', 'egen-laege', 'uenig-med-laege', 'laegekonsulent', 'udviklingsperspektiv']) expect(got, id).toContain(id);
    expect(got).not.toContain('rimelig-grund');
    // The medical quotes are one point, one line per quote, each linked to its highlight.
    const quotes = report.checklist.filter((c) => c.id === 'laegecitat');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.lines.length).toBe(report.findings.filter((f) => f.kind === 'medical_quote').length);
    expect(quotes[0]?.lines.length).toBeGreaterThanOrEqual(2);
    for (const line of quotes[0]?.lines ?? []) expect(report.findings[line.finding as number]?.kind).toBe('medical_quote');
  });

  it('leaves the kommune points out of an a-kasse letter and names the a-kasse as the one that should answer', () => {
    const report = analyze(AKASSE);
    const got = report.checklist.map((c) => c.id);
    for (const id of ['saerlige-forhold', 'fremmer-raadighed', 'oplyst-selv', 'vejledning-indhold', 'alle-laegepapirer']) expect(got, id).not.toContain(id);
    expect(report.checklist.find((c) => c.id === 'partshoering')?.title).toMatch(/før a-kassen besluttede/);
    expect(report.checklist.find((c) => c.id === 'klage-hvor')?.title).toBe('Send klagen til Metal A-kasse');
  });

  it('gives every point an id once, a heading that exists, a source, and words in the klage', () => {
    const groups = new Set(rules.checklist.groups.map((g) => g.id));
    for (const text of [SANCTION, SYGEDAGPENGE_21, SYGEDAGPENGE_7, PENSION, AKASSE]) {
      const list = analyze(text).checklist;
      expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
      for (const c of list) {
        expect(groups.has(c.group), c.id).toBe(true);
        expect(c.source.label, c.id).toMatch(/§|lov/);
        expect(c.title + c.text + c.why, c.id).not.toMatch(/\{\w+\}/);
        expect(rules.klage.checklist.points[c.id], c.id).toBeDefined();
      }
    }
  });
});

describe('where the klage goes', () => {
  it('takes the recipient the klagevejledning names, with the address from the letterhead', () => {
    const route = findKlageRoute(SANCTION, { id: 'kommune', name: 'Esbjerg Kommune' });
    expect(route.recipient).toBe('Jobcenter Esbjerg');
    expect(route.address).toBe('Torvegade 74, 6700 Esbjerg');
    expect(route.ways).toBe('i Digital Post eller ved at ringe');
  });

  it('reads "hos os" and "til os" as the sender, and says the ways the letter gives', () => {
    const route = findKlageRoute(SYGEDAGPENGE_21, { id: 'kommune', name: 'Vejle Kommune' });
    expect(route.recipient).toBe('Vejle Kommune');
    expect(route.address).toBe('Skolegade 1, 7100 Vejle');
    expect(route.ways).toBe('skriftligt eller mundtligt');
  });

  it('gives no address where the klage goes to another authority than the letterhead names', () => {
    const text = SANCTION.replace('Send din klage til Jobcenter Esbjerg', 'Send din klage til Udbetaling Danmark');
    const route = findKlageRoute(text, { id: 'kommune', name: 'Esbjerg Kommune' });
    expect(route.recipient).toBe('Udbetaling Danmark');
    expect(route.address).toBeNull();
  });

  it('never takes the citizen’s own address', () => {
    const text = `Lise Skov Mikkelsen\nBirkevej 7, 2. tv.\n7100 Vejle\n\nAfgørelse om fradrag\n\nDu kan klage til os.`;
    expect(findSenderAddress(text)).toBeNull();
  });

  it('reads a footer line split by dots, and a Postboks', () => {
    const footer = `Afgørelse\n\nTekst.\n\nHerning Kommune · Jobcenter Herning · Fredhøjvej 6 · 7400 Herning · CVR 29189919`;
    expect(findSenderAddress(footer)?.address).toBe('Fredhøjvej 6, 7400 Herning');
    const box = `Københavns Kommune\nYdelsescenter\nPostboks 457, 1505 København V\n\nAfgørelse`;
    expect(findSenderAddress(box)?.address).toBe('Postboks 457, 1505 København V');
  });

  it('does not count a sentence about receiving the letter as a way to klage, and falls back to the usual ways', () => {
    const text = `Jobcenter Ikast-Brande\n\nDu kan klage over afgørelsen. Afgørelsen er sendt til din digitale postkasse.`;
    expect(findKlageRoute(text, { id: 'kommune', name: 'Jobcenter Ikast-Brande' }).ways).toBe(rules.klage.route.defaultWays.kommune);
  });

  it('drops the bare "skriftligt" where a written way is named, and "mundtligt" where the phone is', () => {
    const text = `Jobcenter Ikast-Brande\n\nDu kan klage skriftligt via Digital Post eller mundtligt ved at ringe til os.`;
    expect(findKlageRoute(text, { id: 'kommune', name: 'Jobcenter Ikast-Brande' }).ways).toBe('i Digital Post eller ved at ringe');
  });

  it('does not take the authority a klage is sent on to as the recipient', () => {
    const text = `Jobcenter Ikast-Brande\n\nDu kan klage. Klagen skal være hos os inden 4 uger. Får du ikke medhold, sendes klagen videre til Ankestyrelsen.`;
    expect(findKlageRoute(text, { id: 'kommune', name: 'Ikast-Brande Kommune' }).recipient).toBe('Ikast-Brande Kommune');
    const only = `Jobcenter Ikast-Brande\n\nDu kan klage til Ankestyrelsen inden 4 uger.`;
    expect(findKlageRoute(only, { id: 'kommune', name: 'Ikast-Brande Kommune' }).recipient).toBe('Ikast-Brande Kommune');
    const told = `Jobcenter Ikast-Brande\n\nDu klager til Jobcenter Herning, som har truffet afgørelsen.`;
    expect(findKlageRoute(told, { id: 'kommune', name: 'Ikast-Brande Kommune' }).recipient).toBe('Jobcenter Herning');
  });

  it('writes a name in capitals in name case, and keeps a short acronym', () => {
    expect(findKlageRoute('Du kan klage.', { id: 'kommune', name: 'VEJLE KOMMUNE' }).recipient).toBe('Vejle Kommune');
    expect(findKlageRoute('Send klagen til ØSTERSØ A-KASSE.', { id: 'a-kasse', name: null }).recipient).toBe('Østersø A-kasse');
    expect(findKlageRoute('Send klagen til FOA.', { id: 'a-kasse', name: null }).recipient).toBe('FOA');
  });
});
