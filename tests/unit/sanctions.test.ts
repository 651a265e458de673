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

  it('takes reasons in main clauses, V2 word order, under a label, with another subject', () => {
    const decision = 'Du får fradrag i din kontanthjælp på 1.200 kr.\n\n';
    expect(reasons(`${decision}Den 3. marts 2026 mødte du ikke op til samtalen. Du gav ikke besked.`)).toEqual([
      'Den 3. marts 2026 mødte du ikke op til samtalen',
      'Du gav ikke besked',
    ]);
    expect(reasons(`${decision}Årsag 1 (samtale): Udeblevet fra jobsamtale 3/2 kl. 9.00.`)).toEqual(['Udeblevet fra jobsamtale 3/2 kl. 9.00']);
    expect(reasons(`${decision}Der er ikke registreret fremmøde i dit tilbud den 4. marts 2026.`)).toEqual([
      'Der er ikke registreret fremmøde i dit tilbud den 4. marts 2026',
    ]);
    expect(reasons(`${decision}Du var indkaldt til samtale den 3. marts 2026, og du kom ikke til den.`)).toEqual(['du kom ikke til den']);
  });

  it('does not take the rimelig-grund reasoning, the citizen’s account, a V1 warning or history', () => {
    const decision = 'Vi trækker 900 kr. i din hjælp.\n\n';
    expect(reasons(`${decision}Vi vurderer, at du ikke havde en rimelig grund til at udeblive.`)).toEqual([]);
    expect(reasons(`${decision}Du har forklaret, at du ikke mødte op, fordi du var syg.`)).toEqual([]);
    expect(reasons(`${decision}Udebliver du igen fra en samtale, kan vi stoppe din hjælp.`)).toEqual([]);
    expect(reasons(`${decision}Du fik sidste år et fradrag, fordi du udeblev fra en samtale.`)).toEqual([]);
    expect(reasons(`${decision}Du har oplyst, at du sagde op, fordi du var stresset.`)).toEqual([]);
  });

  it('reads "lægger til grund, at", a fronted "Ved at …", a passive non-receipt and a trailing "efter at" of history', () => {
    const decision = 'Afgørelse: Fradrag i kontanthjælpen for 2 dage.\n\n';
    expect(reasons(`${decision}Vi lægger derfor til grund, at du har været væk fra nytteindsatsen i fem dage.`)).toEqual([
      'du har været væk fra nytteindsatsen i fem dage',
    ]);
    expect(reasons(`${decision}Ved at udeblive fra samtalen uden at melde afbud, har du ikke medvirket.`)).toEqual([
      'udeblive fra samtalen uden at melde afbud',
      'har du ikke medvirket',
    ]);
    expect(reasons(`${decision}Vi har lagt vægt på, at lægeerklæringen ikke er modtaget.`)).toEqual(['lægeerklæringen ikke er modtaget']);
    expect(reasons(`${decision}Vi vurderer, at du igen har undladt at møde op, efter at du tidligere har fået et fradrag.`)).toEqual([
      'du igen har undladt at møde op',
    ]);
  });

  it('does not take the answer to a "Rimelig grund:" label, nor the citizen\'s account told with a date in it', () => {
    const decision = 'Afgørelse: Fradrag i kontanthjælpen for 2 dage.\n\nBegrundelse:\n';
    expect(reasons(`${decision}- Udeblevet fra jobsamtale 24/3 kl. 9.00\n- Rimelig grund: ikke oplyst, ikke konstateret`)).toEqual([
      'Udeblevet fra jobsamtale 24/3 kl. 9.00',
    ]);
    expect(reasons(`${decision}Du har på samtalen den 8. september 2025 fortalt, at du var væk fra praktikken, fordi bilen var i stykker.`)).toEqual([]);
  });

  it('finds the sanction in "Vi stopper dine sygedagpenge" and "trække i din kontanthjælp", and reads a list that finishes its intro', () => {
    expect(reasons('Vi stopper dine sygedagpenge\n\nDu har ikke medvirket, fordi du\n\n1. ikke har returneret skemaet,\n2. ikke mødte op til samtalen den 8. januar 2026.')).toEqual([
      'ikke har returneret skemaet',
      'ikke mødte op til samtalen den 8. januar 2026',
    ]);
    expect(findSanctionReasons(inputFor('Vi overvejer at trække i din kontanthjælp for 5 dage.')).present).toBe(true);
  });

  it('takes a duty done too late as a breach, but not contact that came late', () => {
    const decision = 'Afgørelse: Fradrag i din kontanthjælp.\n\nBegrundelse:\n';
    expect(reasons(`${decision}Du bookede den først den 18. november 2025.`)).toEqual(['Du bookede den først den 18. november 2025']);
    expect(reasons(`${decision}Du gav først besked kl. 14.10.`)).toEqual(['Du gav først besked kl. 14.10']);
    expect(reasons(`${decision}Du kontaktede os først torsdag den 5. februar 2026.`)).toEqual([]);
  });

  it('ends a reason at a concessive argument, but keeps an ignored request; reads "uden at du har meldt"', () => {
    const decision = 'Vi har nedsat din hjælp.\n\n';
    expect(reasons(`${decision}Det skyldes, at du sagde nej til jobbet, selvom det var inden for dit fagområde.`)).toEqual(['du sagde nej til jobbet']);
    expect(reasons(`${decision}Det skyldes, at du ikke har genoptaget tilbuddet, uagtet at din kontaktperson den 6. november 2024 opfordrede dig til det.`)).toEqual([
      'du ikke har genoptaget tilbuddet, uagtet at din kontaktperson den 6. november 2024 opfordrede dig til det',
    ]);
    expect(reasons(`${decision}Vi har lagt vægt på, at dit ophold i udlandet har varet 7 måneder, uden at du har meldt det til os.`)).toEqual([
      'dit ophold i udlandet har varet 7 måneder, uden at du har meldt det til os',
    ]);
  });

  it('does not take the status that follows for the breach', () => {
    const decision = 'Du får karantæne.\n\n';
    expect(reasons(`${decision}Du er ikke til rådighed fra og med den 13. januar 2026.`)).toEqual([]);
  });

  it('reads each row of a table of what happened as a reason, and not a table of the amounts', () => {
    const letter = [
      'Afgørelse: Fradrag i din kontanthjælp for november 2025',
      '',
      'Dato\tAftale\tHvad skete der\tFradrag',
      '06.11.2025\tAMU-kursus\tIkke mødt, ingen besked til kursusstedet\t1 dag',
      '03.11.2025\tJobsamtale\tMødt til tiden\t–',
      '',
      'Grundlag\tDage\tBeløb',
      'Jobsamtale ikke booket (§ 37 a)\t7\t2.310 kr.',
    ].join('\n');
    expect(reasons(letter)).toEqual(['Ikke mødt, ingen besked til kursusstedet']);
  });

  it('does not take the vejledning, a breach left unsanctioned, the law\'s rule, a third party\'s or a doctor\'s words', () => {
    const decision = 'Vi har besluttet at foretage fradrag i din kontanthjælp.\n\n';
    expect(reasons(`${decision}Vi har lagt vægt på, at du blev vejledt skriftligt om, at udeblivelse medfører fradrag.`)).toEqual([]);
    expect(reasons(`${decision}For dagene 10. og 12. november 2025, hvor du heller ikke deltog, foretager vi ikke fradrag.`)).toEqual([]);
    expect(reasons(`${decision}Efter § 35, stk. 3, skal et fradrag ske senest 3 måneder efter den dag, du udeblev.`)).toEqual([]);
    expect(reasons(`${decision}Klinikken har ikke givet et bud på, hvornår du kan arbejde.`)).toEqual([]);
    expect(reasons(`${decision}Vi har vurderet, at der ikke er lægelige grunde til, at du ikke kunne møde op.`)).toEqual([]);
    expect(reasons(`${decision}Du skrev i en sms den 3. marts 2026, at du havde ondt og ikke mødte op.`)).toEqual([]);
  });

  it('reads plain-language breaches: "blevet væk", "slet ikke", V2 "var du ikke i", "kom du ikke til", ignored calls', () => {
    const decision = 'Vi har besluttet at foretage fradrag i din kontanthjælp.\n\nHvorfor?\n';
    expect(reasons(`${decision}Det er fordi du to gange i samme uge er blevet væk uden en rimelig grund.`)).toEqual([
      'du to gange i samme uge er blevet væk uden en rimelig grund',
    ]);
    expect(reasons(`${decision}Onsdag den 21. januar 2026 var du ikke i Jobværkstedet.`)).toEqual(['Onsdag den 21. januar 2026 var du ikke i Jobværkstedet']);
    expect(reasons(`${decision}Den gang bookede du slet ikke en samtale.`)).toEqual(['Den gang bookede du slet ikke en samtale']);
    expect(reasons(`${decision}I marts kom du ikke til nogen af aftalerne.`)).toEqual(['I marts kom du ikke til nogen af aftalerne']);
    expect(reasons(`${decision}Du svarede ikke, selv om din sagsbehandler ringede til dig 4 gange.`)).toEqual([
      'Du svarede ikke, selv om din sagsbehandler ringede til dig 4 gange',
    ]);
  });

  it('finds "Vi stopper dit varmetillæg" and keeps a warning the citizen ignored with the breach', () => {
    expect(findSanctionReasons(inputFor('Vi stopper dit varmetillæg, fordi du ikke har sendt årsopgørelsen.')).present).toBe(true);
    const decision = 'Du er selvforskyldt ledig og får karantæne.\n\n';
    expect(reasons(`${decision}Vi har lagt vægt på, at du fortsatte med at udeblive, selv om du den 8. januar 2026 havde fået en skriftlig advarsel.`)).toEqual([
      'du fortsatte med at udeblive, selv om du den 8. januar 2026 havde fået en skriftlig advarsel',
    ]);
  });

  it('reads a breach summed up with "dermed", not examples of a rimelig grund, a suspicion, or the authority\'s own omission', () => {
    const decision = 'Vi har besluttet at foretage fradrag i din kontanthjælp.\n\nBegrundelse\n';
    expect(reasons(`${decision}Du har dermed ikke søgt arbejde i det omfang, der var fastsat i din plan.`)).toEqual([
      'Du har dermed ikke søgt arbejde i det omfang, der var fastsat i din plan',
    ]);
    expect(reasons(`${decision}En rimelig grund kan fx være, at du var syg, eller at du ikke kunne få passet dine børn.`)).toEqual([]);
    expect(reasons(`${decision}Da vi skrev til dig, så det ud til, at du var blevet væk fra din praktik uden at give besked.`)).toEqual([]);
    expect(reasons(`${decision}Vi har ikke fulgt din læges anbefaling.`)).toEqual([]);
    expect(reasons(`${decision}Du har ikke sendt os oplysninger fra din læge.`)).toEqual([]);
  });

  it('cuts the rimelig-grund clause joined to a breach, and does not take a doctor\'s or a named person\'s report', () => {
    const decision = 'Vi har besluttet at nedsætte din kontanthjælp.\n\nBegrundelse\n';
    expect(reasons(`${decision}Du har dermed ikke søgt arbejde i det omfang, der var fastsat i din plan, og du havde ikke en rimelig grund til det.`)).toEqual([
      'Du har dermed ikke søgt arbejde i det omfang, der var fastsat i din plan',
    ]);
    expect(reasons(`${decision}Det fremgår af erklæringen, at du i november har haft svært ved at forlade din bolig og ikke mødte op.`)).toEqual([]);
    expect(reasons(`${decision}Peter Holst har den 5. december 2025 skrevet til os, at du ikke svarede.`)).toEqual([]);
    expect(reasons(`${decision}Din læge har ikke beskrevet noget, der kan forklare, at du er blevet væk.`)).toEqual([]);
  });

  it('reads very plain Danish: "Du stoppede i din praktik", "Du sagde ikke til os", "Du kom ikke", and a temporal "da"', () => {
    const decision = 'Vi sætter din ydelse ned.\n\nHvorfor?\n';
    expect(reasons(`${decision}Du stoppede i din praktik hos Fakta den 26. maj 2025.\nDu sagde ikke til os, at du ville stoppe.\nDu har ikke været i praktik siden.\nDu kom ikke.`)).toEqual([
      'Du stoppede i din praktik hos Fakta den 26. maj 2025',
      'Du sagde ikke til os, at du ville stoppe',
      'Du har ikke været i praktik siden',
      'Du kom ikke',
    ]);
    expect(reasons(`${decision}Du sagde nej, da jeg ringede til dig den 3. marts.`)).toEqual(['Du sagde nej, da jeg ringede til dig den 3. marts']);
  });

  it('does not take how the fradrag is counted or from when the stop runs for a reason', () => {
    const decision = 'Vi har besluttet at foretage fradrag i din kontanthjælp.\n\n';
    expect(reasons(`${decision}Vi trækker et beløb for hver dag, du er udeblevet.`)).toEqual([]);
    expect(reasons(`${decision}Hjælpen stopper fra den dag, du udeblev, og indtil du igen møder op.`)).toEqual([]);
  });

  it('reads an a-kasse letter about "medlemmet", and a job quit with a long name between "sagt" and "op"', () => {
    const decision = 'Du får karantæne.\n\nBegrundelse\n';
    expect(reasons(`${decision}Vi har lagt vægt på, at medlemmet ikke har registreret sit CV på Jobnet.`)).toEqual(['medlemmet ikke har registreret sit CV på Jobnet']);
    expect(reasons(`${decision}Det skyldes, at du selv har sagt dit job som lagermedarbejder hos Brdr. Holm Logistik ApS op.`)).toEqual([
      'du selv har sagt dit job som lagermedarbejder hos Brdr. Holm Logistik ApS op',
    ]);
  });

  it('keeps a breach with a quoted name, but not one with quoted words, a third party\'s report or a counted period', () => {
    const decision = 'Du får karantæne.\n\nBegrundelse\n';
    expect(reasons(`${decision}Vi har lagt vægt på, at medlemmet uden gyldig grund udeblev fra kurset "Jobsøgning i praksis".`)).toEqual([
      'medlemmet uden gyldig grund udeblev fra kurset "Jobsøgning i praksis"',
    ]);
    expect(reasons(`${decision}Du skrev til os, at du "ikke gad møde op til kurset".`)).toEqual([]);
    expect(reasons(`${decision}Kommunen meddelte a-kassen den 19. februar 2026, at medlemmet ikke var mødt op.`)).toEqual([]);
    expect(reasons(`${decision}Fradraget svarer til den hjælp, du ville have fået for de 3 dage, hvor du var udeblevet.`)).toEqual([]);
  });

  it('reads each dated row of an attendance list as a reason, with its date, and a conditional in question order as none', () => {
    const t =
      'Afgørelse om skærpet rådighedssanktion\nVi har besluttet at give dig en skærpet rådighedssanktion.\n\nJobværkstedet har registreret dit fremmøde således:\n\nMandag den 2. marts: ikke mødt\nTorsdag den 5. marts: mødt\nFredag den 6. marts: sygemeldt kl. 7.40 (godkendt fravær)\nMandag den 9. marts: ikke mødt\n\nVær opmærksom på:\n- Møder du slet ikke op i en hel kalendermåned, ophører din hjælp.';
    expect(reasons(t)).toEqual(['Mandag den 2. marts: ikke mødt', 'Mandag den 9. marts: ikke mødt']);
  });

  it('reads the reason Ankestyrelsen upholds ("Vi er enige med kommunen i, at …") and the kommune\'s reasons it quotes', () => {
    const t =
      'Ankestyrelsens afgørelse i din sag om fradrag i kontanthjælp\n\nKommunen har foretaget fradrag i din kontanthjælp for 4 dage. Kommunen begrundede afgørelsen således:\n\n»Du udeblev uden rimelig grund fra din jobsamtale den 10. februar 2026.«\n\nVi er enige med kommunen i, at du uden rimelig grund udeblev fra jobsamtalen den 10. februar 2026.';
    expect(reasons(t)).toEqual(['Du udeblev uden rimelig grund fra din jobsamtale den 10. februar 2026', 'du uden rimelig grund udeblev fra jobsamtalen den 10. februar 2026']);
  });

  it('keeps a breach that goes on with "og du … derfor ikke" or a missing explanation, but not the missing explanation alone', () => {
    const hearing = 'Partshøring – vi overvejer at stoppe dine sygedagpenge\n\nVi overvejer at stoppe dine sygedagpenge, fordi du ikke har medvirket.\n';
    expect(reasons(`${hearing}Vi ringede til dig den 3. februar. Du tog ikke telefonen og ringede ikke tilbage, og du deltog derfor ikke i samtalen.`)).toContain(
      'Du tog ikke telefonen og ringede ikke tilbage, og du deltog derfor ikke i samtalen',
    );
    expect(reasons(`${hearing}Vi har lagt vægt på,\n- at du ikke deltog i samtalen den 3. februar 2026 og ikke har givet os en forklaring.`)).toContain(
      'du ikke deltog i samtalen den 3. februar 2026 og ikke har givet os en forklaring',
    );
    expect(reasons(`${hearing}Du har ikke sendt yderligere bemærkninger.`)).toEqual(['du ikke har medvirket']);
  });

  it('reads a trailing "når" as a cause, "Vi har heller ikke hørt fra dig, efter at vi sendte …" and a passive "ikke er meddelt" as breaches, and a repayment as no sanction', () => {
    const decision = 'Afgørelse om fradrag i din kontanthjælp\nVi har besluttet at foretage fradrag i din hjælp.\n';
    expect(reasons(`${decision}Det er ikke en rimelig grund for den 23. marts, når du ikke gav besked.`)).toEqual(['når du ikke gav besked']);
    expect(reasons(`${decision}Når du ikke har meldt fravær, kan vi ikke lægge til grund, at du var syg.`)).toEqual([]);
    const stop = 'Afgørelse om stop af din folkepension\nVi har stoppet din folkepension.\n';
    expect(reasons(`${stop}Vi har heller ikke hørt fra dig, efter at vi sendte dig en påmindelse.`)).toEqual([
      'Vi har heller ikke hørt fra dig, efter at vi sendte dig en påmindelse',
    ]);
    expect(reasons(`${decision}Vi har lagt vægt på, at fraværet ikke er meddelt hverken praktikstedet eller kommunen.`)).toEqual([
      'fraværet ikke er meddelt hverken praktikstedet eller kommunen',
    ]);
    expect(findSanctionReasons(inputFor('Du har fået 2.184 kr. for meget udbetalt. Vi trækker 546 kr. i hver af dine næste 4 udbetalinger. Vi har ikke hørt fra dig.')).present).toBe(false);
  });

  it('takes "du ikke lagde dit CV på Jobnet" as a breach, and an incident in a month of a year long before the letter as history', () => {
    const decision = 'Dato: 27. november 2026\nAfgørelse om fradrag i din uddannelseshjælp\nVi trækker i din hjælp, fordi\n- du ikke lagde dit CV på Jobnet til tiden.\n';
    expect(reasons(`${decision}I marts 2025 trak vi i din hjælp for 3 dage, fordi du ikke mødte op til en samtale.`)).toEqual(['du ikke lagde dit CV på Jobnet til tiden']);
    expect(reasons(`${decision}Vi har ikke lagt vægt på, at du var syg.`)).toEqual(['du ikke lagde dit CV på Jobnet til tiden']);
  });

  it('reads a form\'s "Begrundelse:" fields, "takket nej", a phone meeting not taken; not a decision\'s "handler ikke om" or an earlier warning\'s reason', () => {
    const form = 'Afgørelse om fradrag i din kontanthjælp\nVi har foretaget fradrag i din kontanthjælp.\nYdelse: Kontanthjælp\nSanktionstype: Fradrag\nBegrundelse: Manglende fremmøde til samtale 3/3-2026 kl. 10.00\nSupplerende begrundelse: Udeblivelse fra jobsamtale 5/3-2026\n';
    expect(reasons(form)).toEqual(['Manglende fremmøde til samtale 3/3-2026 kl. 10.00', 'Udeblivelse fra jobsamtale 5/3-2026']);
    const decision = 'Afgørelse om karantæne\nDu får karantæne, fordi du har takket nej til et arbejde.\n';
    expect(reasons(decision)).toEqual(['du har takket nej til et arbejde']);
    expect(reasons(`${decision}Afgørelsen handler ikke om, at du har sagt nej til behandling.`)).toEqual(['du har takket nej til et arbejde']);
    expect(reasons(`${decision}Den 12. januar sendte vi dig en skriftlig advarsel, fordi du ikke havde registreret din jobsøgning.`)).toEqual(['du har takket nej til et arbejde']);
    expect(reasons(`${decision}Vi ringede to gange, men du tog ikke telefonen.`)).toEqual(['du har takket nej til et arbejde']);
    expect(reasons(`${decision}Du tog ikke telefonen til den aftalte samtale den 20. november.`)).toEqual([
      'du har takket nej til et arbejde',
      'Du tog ikke telefonen til den aftalte samtale den 20. november',
    ]);
  });

  it('reads an a-kasse\'s breaches of "medlemmet" (ferie "uden forudgående meddelelse", "ikke har meddelt", "ikke har kunnet påtage sig arbejde"), not a third party\'s report or the rimelig-grund reasoning', () => {
    const decision = 'Afgørelse om karantæne\nMedlemmet pålægges karantæne.\n';
    expect(reasons(`${decision}Medlemmet har ikke ret til dagpenge, idet medlemmet har holdt ferie i udlandet uden forudgående meddelelse til a-kassen.`)).toEqual([
      'medlemmet har holdt ferie i udlandet uden forudgående meddelelse til a-kassen',
    ]);
    expect(reasons(`${decision}Der er lagt vægt på, at medlemmet ikke har meddelt ferien på forhånd.`)).toEqual(['medlemmet ikke har meddelt ferien på forhånd']);
    expect(reasons(`${decision}Medlemmet har ikke kunnet påtage sig arbejde med dags varsel i ferieperioden.`)).toEqual([
      'Medlemmet har ikke kunnet påtage sig arbejde med dags varsel i ferieperioden',
    ]);
    expect(reasons(`${decision}Arbejdsgiveren har den 18. juni 2026 givet jobcentret besked om, at samtalen ikke blev gennemført.`)).toEqual([]);
    expect(reasons(`${decision}Notatet siger ikke noget om, at medlemmet ikke kunne møde til en samtale.`)).toEqual([]);
    expect(reasons(`${decision}Vi vurderer, at de beskrevne gener ikke forklarer fravær på hele dage uden forudgående meddelelse.`)).toEqual([]);
  });

  it('reads "ikke har været aktivt jobsøgende" as a breach', () => {
    expect(reasons('Afgørelse om karantæne\nDu får karantæne, fordi du ikke har været aktivt jobsøgende.')).toEqual(['du ikke har været aktivt jobsøgende']);
  });

  it('reads an a-kasse stop in main-clause order ("Du kan ikke få dagpenge fra og med …") as a sanction with its listed reasons', () => {
    const t = 'Det har vi besluttet\n\nDu kan ikke få dagpenge fra og med den 17. februar 2026.\n\nVi har lagt vægt på tre ting:\n• Dit CV var ikke godkendt på Jobnet inden fristen den 16. februar 2026.\n• Du meldte heller ikke afbud til samtalen.';
    expect(reasons(t)).toEqual(['Dit CV var ikke godkendt på Jobnet inden fristen den 16. februar 2026', 'Du meldte heller ikke afbud til samtalen']);
  });

  it('reads a two-column attendance table by its dated rows, not an approved absence or a conditional with a modal', () => {
    const t =
      // The document text of a plain-text table: its columns are apart as cells (a tab).
      'Afgørelse om fradrag i din kontanthjælp\nVi har foretaget fradrag i din kontanthjælp.\n\nBilag 1: Oversigt over fravær\n\nDato\tRegistrering\nMandag 5.10.2026\tikke mødt / ingen afbud\nMandag 19.10.2026\tikke mødt / sygemeldt kl. 8.10 – godkendt fravær\nOnsdag 28.10.2026\tikke mødt / ingen afbud\n\nKan du ikke møde, skal du melde afbud inden kl. 9.00.';
    expect(reasons(t).map((r) => r.replace(/\s+/gu, ' '))).toEqual(['Mandag 5.10.2026 ikke mødt / ingen afbud', 'Onsdag 28.10.2026 ikke mødt / ingen afbud']);
  });

  it('reads a "når" clause of a rule as no reason ("§ 36: fradrag, når du ikke møder op", "når en person udebliver"), a trailing past "når" as one', () => {
    const decision = 'Afgørelse om fradrag i din kontanthjælp\nVi har foretaget fradrag i din kontanthjælp.\n';
    expect(reasons(`${decision}\n| Reglerne |\n|   § 36: fradrag, når du ikke møder op i dit tilbud   |\n|   § 37: fradrag, når du ikke møder op til en samtale   |`)).toEqual([]);
    expect(reasons(`${decision}- Aktivloven §37a (når man ikke booker samtale til tiden)`)).toEqual([]);
    expect(reasons(`${decision}\nBegrundelse\n\nKommunen kan foretage fradrag i hjælpen, når en person uden rimelig grund udebliver fra en jobsamtale.`)).toEqual([]);
    expect(reasons(`${decision}Vi trækker dig for dagen, når du ikke gav besked.`)).toEqual(['når du ikke gav besked']);
  });

  it('reads "de dage, hvor du ikke mødte op" as the days it happened, "de dage, hvor du ikke deltager" as a rule', () => {
    expect(reasons('Afgørelse\nVi har besluttet at foretage fradrag i din kontanthjælp for de dage, hvor du ikke mødte op uden at give besked.')).toHaveLength(1);
    expect(reasons('Afgørelse\nVi har besluttet at foretage fradrag i din kontanthjælp for de dage, hvor du ikke deltager i tilbuddet.')).toEqual([]);
  });

  it('reads the entry under a date label line of a log ("Torsdag den 19. marts:⏎Ingen fremmøde og ingen besked.")', () => {
    const t = 'Afgørelse\nVi har besluttet at foretage fradrag i din kontanthjælp.\n\nForløbet dag for dag\n\nTorsdag den 19. marts:\nIngen fremmøde og ingen besked.\n\nFredag den 20. marts:\nMødt til tiden, hele dagen.';
    expect(reasons(t)).toEqual(['Ingen fremmøde og ingen besked']);
  });

  it('reads what was not done before quitting, and a late registration with its auxiliary ("Du blev først tilmeldt")', () => {
    const decision = 'Afgørelse om karantæne\nDu får karantæne.\nVi har lagt vægt på,\n';
    expect(reasons(`${decision}- at du ikke tog problemet op med din arbejdsgiver, før du sagde op.`)).toEqual(['du ikke tog problemet op med din arbejdsgiver, før du sagde op']);
    expect(reasons(`${decision}- at du blev først tilmeldt som ledig på Jobnet den 9. februar 2026.`)).toEqual(['du blev først tilmeldt som ledig på Jobnet den 9. februar 2026']);
    expect(reasons(`${decision}- at du fik dagpenge, efter at du sagde op.`)).toEqual([]);
  });

  it('reads an earlier decision ("Ved afgørelse af … mistede du dagpenge, fordi …") and an excused breach as no reason', () => {
    const decision = 'Afgørelse om skærpet rådighedsvurdering\nDu får karantæne.\n';
    expect(reasons(`${decision}Ved afgørelse af 29. september 2025 mistede du dagpenge i 2 dage, fordi du ikke var mødt til en jobsamtale den 16. september 2025.`)).toEqual([]);
    expect(reasons(`${decision}Indlæggelsen skete akut, hvorfor det ikke kan bebrejdes dig, at der ikke forinden blev meldt afbud.`)).toEqual([]);
    expect(reasons(`${decision}I indkaldelsen stod, at udeblivelse uden rimelig grund ville medføre fradrag i hjælpen.`)).toEqual([]);
  });

  it('reads the kommune\'s own words quoted after "skrev kommunen:" as a reason', () => {
    const t = 'Ankestyrelsens afgørelse\nVi stadfæster kommunens afgørelse om fradrag i din kontanthjælp.\n\nOm den anden samtale skrev kommunen:\n"Du mødte ikke op til jobsamtalen den 3. marts 2026 og kontaktede først jobcentret den 5. marts 2026."';
    expect(reasons(t)).toHaveLength(1);
  });

  it('reads any past verb the citizen did not do where the letter gives its reason, not a state or a modal', () => {
    const decision = 'Afgørelse om karantæne\nDu får karantæne.\nVi har lagt vægt på,\n';
    expect(reasons(`${decision}- at du ikke bad din arbejdsgiver om andre opgaver.`)).toEqual(['du ikke bad din arbejdsgiver om andre opgaver']);
    expect(reasons(`${decision}- at du ikke kan holde til fuld tid.`)).toEqual([]);
    expect(reasons(`${decision}- at han ikke har bil.`)).toEqual([]);
  });

  it('reads an a-kasse\'s "tab af ret til dagpenge" as a sanction, and its conclusion "du står ikke til rådighed" as no reason', () => {
    const t = 'Afgørelse om tab af ret til dagpenge\nDu har ikke længere ret til dagpenge.\nVi vurderer, at du ikke står til rådighed for arbejdsmarkedet. Vi har lagt vægt på,\n• at du ikke mødte op til rådighedssamtalen den 21. januar 2026.';
    expect(reasons(t)).toEqual(['du ikke mødte op til rådighedssamtalen den 21. januar 2026']);
    expect(reasons('Afgørelse om karantæne\nDu får karantæne, fordi du gentagne gange ikke har stået til rådighed for arbejdsmarkedet.')).toEqual([
      'du gentagne gange ikke har stået til rådighed for arbejdsmarkedet',
    ]);
  });

  it('does not take a missing excuse, the rimelig-grund reasoning, a rule cited with its words, or a duty that still holds', () => {
    const decision = 'Afgørelse om fradrag i din kontanthjælp\nVi har foretaget fradrag i din kontanthjælp.\n';
    expect(reasons(`${decision}Du har ikke oplyst, hvorfor du ikke ringede til kursusstedet om morgenen.`)).toEqual([]);
    expect(reasons(`${decision}Du har ikke sendt dokumentation for, at bilen var i stykker.`)).toEqual([]);
    expect(reasons(`${decision}Vi kan se, at der ikke er oplyst helbredsmæssige forhold, der kan være en rimelig grund.`)).toEqual([]);
    expect(reasons(`${decision}Lovgrundlag:\n- § 36, stk. 1 (fradrag ved udeblivelse fra tilbud)`)).toEqual([]);
    expect(reasons(`${decision}At du var syg, fritager dig ikke fra at give besked til arbejdsgiveren.`)).toEqual([]);
    expect(reasons(`${decision}At du først gav besked om eftermiddagen, ændrer ikke på det.`)).toEqual([]);
  });

  it('reads "tog ikke telefonen, da … ringede", "i stedet for at komme til mødet" and an inverted "vurderer vi, at"', () => {
    const decision = 'Afgørelse om fradrag i din kontanthjælp\nVi har foretaget fradrag i din kontanthjælp.\nBegrundelse\n';
    expect(reasons(`${decision}Du tog ikke telefonen, da vores konsulent ringede mandag den 14. september kl. 10.00.`)).toEqual([
      'Du tog ikke telefonen, da vores konsulent ringede mandag den 14. september kl. 10.00',
    ]);
    expect(reasons(`${decision}Vi lægger vægt på, at du valgte at tage til Odense i stedet for at komme til mødet.`)).toEqual([
      'du valgte at tage til Odense i stedet for at komme til mødet',
    ]);
    expect(reasons(`${decision}Samlet set vurderer vi, at din adfærd viser manglende vilje til at stå til rådighed.`)).toEqual([
      'din adfærd viser manglende vilje til at stå til rådighed',
    ]);
  });

  it('finds "Du får en karantæne", reads a refusal told as speech ("sagde, at du ikke ville have jobbet") and "loggede ikke på"; not what was set aside, a rule for "den af jer, der", or a missing health account', () => {
    expect(reasons('Decision i din case\nDu får en karantæne på 3 uger, fordi du uden en gyldig grund har takket nej til et job.')).toEqual([
      'du uden en gyldig grund har takket nej til et job',
    ]);
    const decision = 'Afgørelse om nedsættelse af din kontanthjælp\nVi har nedsat din kontanthjælp.\nBegrundelse\n';
    expect(reasons(`${decision}Den 17. marts ringede du til byggecentret og sagde, at du ikke ville have jobbet.`)).toEqual([
      'Den 17. marts ringede du til byggecentret og sagde, at du ikke ville have jobbet',
    ]);
    expect(reasons(`${decision}Du har sagt, at du ikke ønsker at arbejde med lager.`)).toEqual([]);
    expect(reasons(`${decision}Du loggede ikke på videosamtalen torsdag den 26. marts 2026.`)).toEqual(['Du loggede ikke på videosamtalen torsdag den 26. marts 2026']);
    expect(reasons(`${decision}Det er ikke, fordi du kom 25 minutter for sent til samtalen – det har vi set bort fra.`)).toEqual([]);
    expect(reasons(`${decision}En sanktion rammer kun den af jer, der ikke har overholdt reglerne.`)).toEqual([]);
    expect(reasons(`${decision}Du har ikke oplyst os om helbredsmæssige forhold i april.`)).toEqual([]);
  });

  it('reads nominal a-kasse reasons ("Manglende besvarelse af …"), "har sin baggrund i", "Det er a-kassens vurdering, at" and "selv er skyld i"', () => {
    const decision = 'Afgørelse om karantæne\nDu får en karantæne på 3 uger.\n';
    expect(reasons(`${decision}Der er lagt vægt på følgende:\n\n– Manglende besvarelse af arbejdsgiverens opkald den 9. marts 2026.\n– Manglende henvendelse til arbejdsgiveren.`)).toEqual([
      'Manglende besvarelse af arbejdsgiverens opkald den 9. marts 2026',
      'Manglende henvendelse til arbejdsgiveren',
    ]);
    expect(reasons(`${decision}Karantænen har sin baggrund i din manglende tilbagemelding til virksomheden, hvilket vi lægger vægt på.`)).toEqual([
      'din manglende tilbagemelding til virksomheden',
    ]);
    expect(reasons(`${decision}Det er derfor a-kassens vurdering, at du selv er skyld i, at du mistede arbejdet.`)).toEqual([
      'du selv er skyld i, at du mistede arbejdet',
    ]);
    expect(reasons(`${decision}Det viser efter vores vurdering, at du ikke har haft viljen til at tage et arbejde.`)).toEqual([]);
  });

  it('splits a run-on "og at du" and a chronology of main clauses ("i maj forlod du …, og senest den 2. juni sagde du nej …")', () => {
    const decision = 'Afgørelse om nedsættelse af din kontanthjælp\nVi har nedsat din kontanthjælp.\n';
    expect(reasons(`${decision}Vi har lagt vægt på at du kom for sent 6 gange og at du ikke svarede på vores brev.`)).toEqual([
      'du kom for sent 6 gange',
      'du ikke svarede på vores brev',
    ]);
    expect(reasons(`${decision}Begrundelse\nI april udeblev du fra to samtaler, i maj forlod du dit kursus efter en uge uden at sige det til nogen, og senest den 2. juni 2026 sagde du nej til et job som chauffør.`)).toEqual([
      'I april udeblev du fra to samtaler',
      'i maj forlod du dit kursus efter en uge uden at sige det til nogen',
      'senest den 2. juni 2026 sagde du nej til et job som chauffør',
    ]);
  });

  it('reads what the authority did not receive as a reason only where the letter states it, and "er bortfaldet" as a stop', () => {
    const stop = 'Vi har stoppet din boligstøtte fra den 1. juni 2026.\n';
    expect(reasons(`${stop}Det er fordi vi ikke har modtaget dine lønsedler for april.`)).toEqual(['vi ikke har modtaget dine lønsedler for april']);
    expect(reasons(`${stop}Vi har ikke modtaget dine lønsedler for april.`)).toEqual([]);
    expect(reasons(`${stop}Det er fordi vi ikke har modtaget en lægeattest.`)).toEqual([]);
    expect(reasons('Vi er enige med kommunen i, at din ret til sygedagpenge er bortfaldet.\nVi har lagt vægt på, at du ikke har returneret skemaet om din arbejdsevne.')).toEqual([
      'du ikke har returneret skemaet om din arbejdsevne',
    ]);
  });

  it('reads the days a fradrag covers with their breach ("Fradraget omfatter den 3. marts, hvor du var udeblevet"), and not a breach let go in the sentence after or under "Det har vi ikke lagt vægt på"', () => {
    const decision = 'Afgørelse om fradrag i din kontanthjælp\nVi har foretaget fradrag i din kontanthjælp.\nBegrundelse\n';
    expect(reasons(`${decision}Fradraget omfatter den 3. marts 2026, hvor du var udeblevet fra samtalen, jf. § 37, samt den 5. marts 2026, hvor du var udeblevet fra kurset.`)).toEqual([
      'den 3. marts 2026, hvor du var udeblevet fra samtalen',
      'den 5. marts 2026, hvor du var udeblevet fra kurset',
    ]);
    expect(reasons(`${decision}Den 9. marts 2026 mødte du først kl. 10.15. Fordi du blev resten af dagen, har vi ikke foretaget fradrag for denne dag.`)).toEqual([]);
    expect(reasons(`${decision}Det har heller ikke talt imod dig, at du ikke mødte til samtalen den 2. marts 2026.`)).toEqual([]);
    expect(reasons(`${decision}Hvorfor er du ikke til rådighed?`)).toEqual([]);
  });

  it('does not read a state ("du var ikke sygemeldt"), a missing account of "særlige forhold" or "det svar, du håbede på" as a breach', () => {
    const decision = 'Afgørelse om fradrag i din kontanthjælp\nVi har foretaget fradrag i din kontanthjælp.\nBegrundelse\n';
    expect(reasons(`${decision}Vi har lagt vægt på, at du ikke var sygemeldt på Jobnet.`)).toEqual([]);
    expect(reasons(`${decision}Vi har lagt vægt på, at du ikke har oplyst om særlige forhold den dag.`)).toEqual([]);
    expect(reasons(`${decision}Vi har kigget på din sag, og det blev desværre ikke det svar, du håbede på.`)).toEqual([]);
    expect(reasons(`${decision}Vi har lagt vægt på, at du ikke sygemeldte dig den 4. marts 2026.`)).toEqual(['du ikke sygemeldte dig den 4. marts 2026']);
  });

  it('reads "samt i, at …" as a further reason, a breach with a relative clause set off by commas, and "du ikke var i praktikken"', () => {
    const decision = 'Afgørelse om karantæne\nDu får en karantæne på 3 uger.\n';
    expect(reasons(`${decision}Afgørelsen er begrundet i, at du ikke mødte til samtalen, samt i, at du ikke inden for fristen, som vi havde sat, sendte din joblog.`)).toEqual([
      'du ikke mødte til samtalen',
      'du ikke inden for fristen, som vi havde sat, sendte din joblog',
    ]);
    expect(reasons('Vi har besluttet at foretage fradrag i din kontanthjælp, fordi du ikke var i dit tilbud den 4. maj 2026.')).toEqual(['du ikke var i dit tilbud den 4. maj 2026']);
  });

  it('does not read the citizen\'s reply to a partshøring, an opinion not held, a missing proof of an excuse, a principmeddelelse\'s title or a heading that asks', () => {
    const decision = 'Afgørelse om nedsættelse af din kontanthjælp\nVi har nedsat din kontanthjælp.\nBegrundelse\n';
    expect(reasons(`${decision}Du svarede den 3. maj 2026 på mail, at du var syg, og at du afslog jobbet på grund af dine knæ.`)).toEqual([]);
    expect(reasons(`${decision}Vi har lagt vægt på, at du ikke mente, at jobbet var noget for dig.`)).toEqual([]);
    expect(reasons(`${decision}Vi har lagt vægt på, at du ikke har sendt dokumentation for lægebesøget.`)).toEqual([]);
    expect(reasons(`${decision}Se Ankestyrelsens principmeddelelse 14-21 om manglende vilje.`)).toEqual([]);
    expect(reasons(`${decision}Hvorfor har vi sagt nej`)).toEqual([]);
    expect(reasons(`${decision}Vi har vurderet, om det kan være en gyldig grund til udeblivelsen.`)).toEqual([]);
  });

  it('reads too few or too narrow job searches, "var ikke til undervisning", a refusal said in the past with "vil"; not a pronoun\'s assessment, a rule with "hvis den sygemeldte", or a car that will not start', () => {
    const decision = 'Afgørelse om nedsættelse af din kontanthjælp\nVi har nedsat din kontanthjælp.\nBegrundelse\n';
    expect(reasons(`${decision}Du har i maj kun registreret 3 jobsøgninger i din joblog.`)).toEqual(['Du har i maj kun registreret 3 jobsøgninger i din joblog']);
    expect(reasons(`${decision}Dine jobsøgninger har været for ensidige.`)).toEqual(['Dine jobsøgninger har været for ensidige']);
    expect(reasons(`${decision}Du har kun søgt job som chauffør i Aarhus.`)).toEqual(['Du har kun søgt job som chauffør i Aarhus']);
    expect(reasons(`${decision}Du var ikke til undervisning den 3. marts 2026.`)).toEqual(['Du var ikke til undervisning den 3. marts 2026']);
    expect(reasons(`${decision}Du sagde den 2. marts 2026 til din rådgiver, at du ikke vil tage jobbet.`)).toEqual([
      'Du sagde den 2. marts 2026 til din rådgiver, at du ikke vil tage jobbet',
    ]);
    expect(reasons(`${decision}Hun vurderer også, at det ikke skyldtes manglende vilje.`)).toEqual([]);
    expect(reasons(`${decision}Retten bortfalder, hvis den sygemeldte uden rimelig grund undlader at medvirke.`)).toEqual([]);
    expect(reasons(`${decision}Vi har lagt vægt på, at en bil, der ikke vil starte, ikke forhindrede dig i at ringe.`)).toEqual([]);
  });

  it('reads a performative "skal Jobcentret herved meddele", "<sanction> skyldes, at …", the authority\'s own words quoted back, and a breach a new subject carries on', () => {
    expect(reasons('Jobcentret skal herved meddele dig, at din ret til sygedagpenge er bortfaldet, idet du uden rimelig grund ikke har medvirket ved opfølgningen.')).toEqual([
      'du uden rimelig grund ikke har medvirket ved opfølgningen',
    ]);
    expect(reasons('Du får karantæne i 3 uger. Karantænen skyldes, at du selv forlod din stilling den 4. september 2026 uden at have en gyldig grund.')).toEqual([
      'du selv forlod din stilling den 4. september 2026 uden at have en gyldig grund',
    ]);
    expect(reasons('Vi har besluttet at give dig en skærpet rådighedssanktion.\n\nDen 20. april sendte vi dig et brev. Vi skrev:\n\n"Du er ikke mødt op i din praktik den 13. april 2026, og du har ikke givet besked."')).toEqual([
      'Du er ikke mødt op i din praktik den 13. april 2026, og du har ikke givet besked',
    ]);
    const decision = 'Afgørelse om fradrag i hendes kontanthjælp\nVi har foretaget fradrag i hendes kontanthjælp.\nBegrundelse\n';
    expect(reasons(`${decision}Hun gav ikke besked, og hendes kontaktperson kunne ikke få fat i hende.`)).toEqual(['Hun gav ikke besked']);
    expect(reasons(`${decision}Hun gav ikke møde til samtalen, og skemaet er fortsat ikke modtaget i jobcentret.`)).toEqual([
      'Hun gav ikke møde til samtalen',
      'skemaet er fortsat ikke modtaget i jobcentret',
    ]);
  });

  it('does not read a rule told about anyone, "Ved … indtræder karantæne", or the subject line', () => {
    const decision = 'Afgørelse om karantæne\nDu får karantæne i 3 uger.\nBegrundelse\n';
    expect(reasons(`${decision}Et medlem, der selv forlader sit arbejde uden gyldig grund, er selvforskyldt ledigt og får karantæne.`)).toEqual([]);
    expect(reasons(`${decision}Retten til sygedagpenge bortfalder for den periode, hvor den sygemeldte uden rimelig grund undlader at medvirke.`)).toEqual([]);
    expect(reasons(`${decision}Ved ophør af ansættelse ved egen opsigelse uden gyldig grund indtræder karantæne.`)).toEqual([]);
    expect(reasons('Vedrørende: Fradrag i din kontanthjælp som følge af udeblivelse fra samtale\n\nVi har besluttet at foretage fradrag i din kontanthjælp.')).toEqual([]);
  });

  it('reads terse notes under numbered sub-headings, a second sentence on an item, a numbered section heading and a nominal a-kasse style', () => {
    const letter = [
      'Du får fradrag i din kontanthjælp for 3 dage.',
      '',
      'HVORFOR?',
      '',
      'Du har ikke overholdt 2 af dine pligter. Her er de 2 ting:',
      '',
      '1. Samtale tirsdag den 3. marts 2026',
      '- Ingen afmelding modtaget. Vi trækker derfor for 1 dag.',
      '',
      '2. Dit CV',
      '- Dit CV var ikke synligt på Jobnet fra den 5. til den 9. marts 2026.',
      '- Svar ikke modtaget.',
    ].join('\n');
    expect(reasons(letter)).toEqual(['Du har ikke overholdt 2 af dine pligter', 'Ingen afmelding modtaget', 'Dit CV var ikke synligt på Jobnet fra den 5. til den 9. marts 2026', 'Svar ikke modtaget']);
    const akasse = [
      'Afgørelse: Karantæne som følge af selvforskyldt ledighed.',
      '',
      '2. Sagens faktiske forhold',
      '',
      '- Egen opsigelse af stillingen ved brev af 28.02.2026 med fratræden pr. 31.03.2026.',
      '',
      '3. Vurdering',
      '',
      'a) Ophør af ansættelsesforholdet ved medlemmets egen opsigelse uden gyldig grund.',
    ].join('\n');
    expect(reasons(akasse)).toEqual([
      'Egen opsigelse af stillingen ved brev af 28.02.2026 med fratræden pr. 31.03.2026',
      'Ophør af ansættelsesforholdet ved medlemmets egen opsigelse uden gyldig grund',
    ]);
  });
});
