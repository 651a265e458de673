import { describe, expect, it } from 'vitest';
import { classifyLetter, klageOffer } from '../../lib/letter/classifyLetter';
import { findSender } from '../../lib/letter/findSender';

const head = 'Jobcenter Testby\nTestvej 1\n\nDato: 3. marts 2026\n\n';
const ankeHead = 'Ankestyrelsen\nTeglgårdstræde 11\n1452 København K\n\n5. januar 2026\n\n';
const classify = (text: string) => classifyLetter(text, findSender(text).id);

describe('classifyLetter', () => {
  it.each([
    ['Afgørelse om fradrag i din kontanthjælp\nVi har besluttet at foretage fradrag.\nKlagevejledning\nDu kan klage inden 4 uger.', 'afgoerelse', true],
    ['Du får fradrag i din hjælp\nVi har trukket 2 dage i din hjælp.', 'afgoerelse', true],
    ['Partshøring inden afgørelse om førtidspension\nDu bedes sende dine bemærkninger senest 3. april 2026.', 'partshoering', false],
    ['Vi overvejer at stoppe dine sygedagpenge\nSvar inden 8 dage.', 'partshoering', false],
    ['Indkaldelse til samtale\nDu er indkaldt til samtale den 17. marts 2026 kl. 10.00.', 'indkaldelse', false],
    ['Vi har genvurderet din sag og fastholder afgørelsen\nDin klage er derfor sendt videre til Ankestyrelsen i dag.', 'genvurdering', false],
    ['Vejledning om dine pligter, når du får kontanthjælp\nHvis du ikke møder op, kan du få fradrag.', 'orientering', false],
    ['Påmindelse: send dine lønsedler\nHusk at sende dem senest den 10. marts 2026.', 'orientering', false],
  ])('%s', (body, type, appeal) => {
    expect(classify(head + body)).toMatchObject({ type, appeal, certain: true });
  });

  it("is Ankestyrelsen's decision only when Ankestyrelsen sent it", () => {
    const own = `${ankeHead}Ankestyrelsens afgørelse\nVi stadfæster kommunens afgørelse.\nAfgørelsen kan ikke indbringes for anden administrativ myndighed.`;
    expect(classify(own)).toMatchObject({ type: 'ankestyrelsen', appeal: false });
    // A kommune's klagevejledning that describes the rest of the chain.
    const chain = `${head}Afgørelse om fradrag\nVi har besluttet at foretage fradrag i din kontanthjælp.\nKlagevejledning\nDu kan klage over afgørelsen inden 4 uger. Hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsen. Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.`;
    expect(classify(chain)).toMatchObject({ type: 'afgoerelse', appeal: true });
  });

  it("lets the letter's own words about klage win over its kind", () => {
    const withKlage = `${head}Foreløbig afgørelse om boligstøtte\nDu kan klage over denne afgørelse. Fristen for at klage er 4 uger fra den dag, du modtog brevet.`;
    expect(classify(withKlage)).toMatchObject({ type: 'foreloebig', appeal: true, certain: true });
    const without = `${head}Foreløbig afgørelse om boligstøtte\nDu kan først klage, når du har fået den endelige afgørelse.`;
    expect(classify(without)).toMatchObject({ type: 'foreloebig', appeal: false });
  });

  it('is unsure, and shows the frist, where a no-klage kind also decides something', () => {
    const mixed = `${head}Varsel om nedsættelse\nVi har besluttet at nedsætte din kontanthjælp fra 1. april 2026.`;
    expect(classify(mixed)).toMatchObject({ type: 'partshoering', appeal: true, certain: false });
    expect(classify(mixed).doubt).toMatch(/sikkerheds skyld/);
    // A decision promised for later is no decision.
    const later = `${head}Partshøring\nVi overvejer at nedsætte din hjælp. Når vi har truffet afgørelse, får du et brev med klagevejledning.`;
    expect(classify(later)).toMatchObject({ type: 'partshoering', appeal: false, certain: true });
  });

  it('finds an offer to klage only where the letter makes one for itself', () => {
    expect(klageOffer('Du kan klage over afgørelsen. Fristen for at klage er 4 uger.')).not.toBeNull();
    expect(klageOffer('Du kan klage til Folketingets Ombudsmand inden 1 år.')).toBeNull();
    expect(klageOffer('Du kan ikke klage over en indkaldelse.')).toBeNull();
    expect(klageOffer('Når vi har truffet afgørelse, kan du klage over den inden 4 uger.')).toBeNull();
    // The Ombudsmand's year, and a decision still to come, are no klagefrist of this letter.
    expect(klageOffer('Du kan klage til Folketingets Ombudsmand. Klagen skal være modtaget inden 1 år fra denne afgørelse.')).toBeNull();
    expect(klageOffer('Du får et brev i december. Du har 4 uger til at klage over den afgørelse, efter at du har fået den.')).toBeNull();
    expect(klageOffer('Du kan klage over den nye afgørelse. Klagen skal være modtaget senest 4 uger efter, at du har modtaget den.')).not.toBeNull();
  });

  it('takes a letter at its word when it says it is no decision', () => {
    const info = `${head}Nye regler fra 1. januar 2027\nDette brev er kun til orientering. Vi har ikke truffet nogen afgørelse i din sag.`;
    expect(classify(info)).toMatchObject({ type: 'orientering', appeal: false });
  });

  it('notices a missing klagevejledning', () => {
    expect(classify(`${head}Fradrag i din hjælp\nVi har trukket 2 dage.`).hasKlagevejledning).toBe(false);
    expect(classify(`${head}Afgørelse\nHvis du vil klage, skal klagen være modtaget inden 4 uger.`).hasKlagevejledning).toBe(true);
  });

  it('reads "Dette brev er ikke en afgørelse" as no decision, and a klagefrist that ran out for an earlier one as no offer', () => {
    const t = `${head}Genoptagelse af din sag\n\nDette brev er ikke en afgørelse, og du kan derfor ikke klage over det. Fristen for at klage over afgørelsen af 28. september 2026 udløb den 26. oktober 2026.`;
    expect(klageOffer(t)).toBeNull();
    expect(classify(t)).toMatchObject({ type: 'orientering', appeal: false });
  });
});
