import type { RawPage } from '../../lib/text/types';

/** One page of text lines, laid out as pdf.js reports them (top down, one item a line). */
function pageOf(number: number, lines: string[], footer: string): RawPage {
  const items = lines.map((str, i) => ({ str, x: 60, y: 780 - 17 * i, width: str.length * 5, height: 10, hasEOL: true }));
  items.push({ str: footer, x: 480, y: 40, width: footer.length * 4, height: 8, hasEOL: true });
  return { number, width: 595, height: 842, items };
}

/**
 * A long letter's pages as the viewer reads them (like tests/e2e/longLetter.ts): the decision on
 * the first page, case papers in the middle, the klagevejledning on the last.
 */
export function longLetterPages(count: number): RawPage[] {
  return Array.from({ length: count }, (_, i) => {
    const p = i + 1;
    const lines =
      p === 1
        ? ['Jobcenter Langby', 'Dato: 3. marts 2026', '', 'Afgørelse om fradrag i din kontanthjælp', '', 'Vi har besluttet at foretage fradrag, fordi du uden rimelig grund udeblev fra samtalen', 'den 24. februar 2026, jf. § 37 i lov om aktiv socialpolitik.']
        : p === count
          ? ['Klagevejledning', 'Du kan klage. Klagen skal være modtaget senest 4 uger efter, at du har modtaget afgørelsen.']
          : Array.from({ length: 6 }, (_, l) => `Sagens akter, side ${p}, linje ${l + 1}: notat om samtale og opfølgning i sagen, jf. § 13 i aktivloven.`);
    return pageOf(p, lines, `Side ${p} af ${count}`);
  });
}
