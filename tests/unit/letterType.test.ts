import { describe, expect, it } from 'vitest';
import { classifyLetter } from '../../lib/letter/classifyLetter';

const head = 'Jobcenter Testby\nTestvej 1\n\nDato: 3. marts 2026\n\n';

describe('classifyLetter', () => {
  it.each([
    ['Afgørelse om fradrag i din kontanthjælp\nVi har besluttet at foretage fradrag.\nKlagevejledning\nDu kan klage inden 4 uger.', 'afgoerelse', true],
    ['Du får fradrag i din hjælp\nVi har trukket 2 dage i din hjælp.', 'afgoerelse', true],
    ['Partshøring inden afgørelse om førtidspension\nDu bedes sende dine bemærkninger senest 3. april 2026.', 'partshoering', false],
    ['Vi overvejer at stoppe dine sygedagpenge\nSvar inden 8 dage.', 'partshoering', false],
    ['Indkaldelse til samtale\nDu er indkaldt til samtale den 17. marts 2026 kl. 10.00.', 'indkaldelse', false],
    ['Vi har genvurderet din sag og fastholder afgørelsen\nDin klage er derfor sendt videre til Ankestyrelsen i dag.', 'genvurdering', false],
    ['Ankestyrelsens afgørelse\nAfgørelsen kan ikke indbringes for anden administrativ myndighed.', 'ankestyrelsen', false],
    ['Vejledning om dine pligter, når du får kontanthjælp\nHvis du ikke møder op, kan du få fradrag.', 'orientering', false],
    ['Påmindelse: send dine lønsedler\nHusk at sende dem senest den 10. marts 2026.', 'orientering', false],
  ])('%s', (body, type, appeal) => {
    expect(classifyLetter(head + body)).toMatchObject({ type, appeal });
  });

  it('notices a missing klagevejledning', () => {
    expect(classifyLetter(`${head}Fradrag i din hjælp\nVi har trukket 2 dage.`).hasKlagevejledning).toBe(false);
    expect(classifyLetter(`${head}Afgørelse\nHvis du vil klage, skal klagen være modtaget inden 4 uger.`).hasKlagevejledning).toBe(true);
  });
});
