import { analyzeLetter } from '../analyzeLetter';
import { fromPlainText } from '../text/fromPlainText';

/**
 * A short letter with a sentence of each kind the analysis reads (a sanction and its reasons, medical
 * statements led in each way, deadlines, an appointment, law citations, a klagevejledning):
 * analysing it compiles the rules' patterns before the letter's first page comes.
 */
export const WARM_UP_SAMPLE = [
  'Jobcenter Aarhus',
  'Værkmestergade 15, 8000 Aarhus C',
  'Dato: 2. marts 2026',
  'Sagsnr.: 2026-1234',
  '',
  'Afgørelse om nedsættelse af din kontanthjælp',
  '',
  'Vi har besluttet at nedsætte din hjælp med 1.200 kr., fordi du uden rimelig grund udeblev fra samtalen den 24. februar 2026, jf. § 36, stk. 1, nr. 2, i lov om aktiv socialpolitik.',
  'Du har ikke registreret dit CV på Jobnet, og du mødte ikke op i dit tilbud den 26. februar 2026.',
  'Vi har lagt vægt på følgende:',
  '- at du ikke har givet besked om dit fravær',
  '- at du tidligere er blevet vejledt om dine pligter',
  'Hvis du ikke møder op næste gang, kan vi nedsætte din hjælp igen. Du har selv oplyst, at du var syg.',
  '',
  'Lægen skriver, at "du kan arbejde 10 timer om ugen". Det fremgår af lægeattesten af 3. februar 2026, at du har en moderat depression, og at du bør undgå tunge løft.',
  'Speciallægen vurderer, at du kan deltage i aktiviteter, men kun i kortere perioder. Ifølge journalen er du i behandling. Han anbefaler en gradvis optrapning.',
  'I statusattesten står der:',
  '„Patienten kan ikke arbejde mere end 2 timer dagligt.“',
  'Sundhedskoordinator: Arbejdsevnen er nedsat.',
  '',
  'Mød op til samtale den 10. marts 2026 kl. 10.00. Du skal sende os dokumentation senest den 16. marts 2026. Fristen er 8 dage.',
  'Se også sygedagpengelovens § 7 og § 13 i lov om aktiv socialpolitik samt forvaltningslovens § 19.',
  '',
  'Klagevejledning',
  'Du kan klage. Klagen skal være modtaget senest 4 uger efter, at du har modtaget afgørelsen, jf. § 67 i lov om retssikkerhed og administration på det sociale område.',
  'Send klagen til Jobcenter Aarhus. Du kan også klage til Folketingets Ombudsmand inden for 1 år.',
].join('\n');

/**
 * Analyses a small sample letter twice, so the first page of a real one is analysed warm (in the
 * worker, while pdf.js opens the file). Twice, because V8 runs a regular expression in its
 * interpreter the first time and compiles it the next: the rules' large patterns, interpreted over
 * a real page, cost more than the whole analysis of it compiled. (Running each pattern once over
 * a text of 1,000 characters or more, which V8 compiles at once, was faster in Node, 0.15 s
 * against 0.25 s, but slower in Chromium, 0.78 s against 0.68 s: not done.)
 */
export function warmUp(): void {
  const doc = fromPlainText(WARM_UP_SAMPLE);
  for (let i = 0; i < 2; i++) analyzeLetter(doc, { file: 'warm-up', received: null });
}
