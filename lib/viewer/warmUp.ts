import { analyzeLetter } from '../analyzeLetter';
import { fromPlainText } from '../text/fromPlainText';

/** A few lines like a letter's: analysing them compiles the rules' patterns before the letter's first page comes. */
const SAMPLE = [
  'Jobcenter Aarhus',
  'Dato: 2. marts 2026',
  '',
  'Afgørelse om nedsættelse af din kontanthjælp',
  '',
  'Vi har besluttet at nedsætte din hjælp, fordi du udeblev fra samtalen den 24. februar 2026, jf. § 36 i lov om aktiv socialpolitik.',
  'Lægen skriver, at "du kan arbejde 10 timer om ugen". Mød op til samtale den 10. marts 2026 kl. 10.00.',
  '',
  'Klagevejledning',
  'Du kan klage. Klagen skal være modtaget senest 4 uger efter, at du har modtaget afgørelsen.',
].join('\n');

/**
 * Analyses a small sample letter twice, so the first page of a real one is analysed warm (in the
 * worker, while pdf.js opens the file). Twice, because V8 runs a regular expression in its
 * interpreter the first time and compiles it the next: the rules' large patterns, interpreted over
 * a real page, cost more than the whole analysis of it compiled.
 */
export function warmUp(): void {
  const doc = fromPlainText(SAMPLE);
  for (let i = 0; i < 2; i++) analyzeLetter(doc, { file: 'warm-up', received: null });
}
