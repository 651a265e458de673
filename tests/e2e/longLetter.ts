import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A long letter (many pages of case history, then the decision) made for the progressive-loading test. */
export async function longLetter(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595, 842]);
    const lines =
      p === 1
        ? ['Jobcenter Langby', 'Dato: 3. marts 2026', '', 'Afgørelse om fradrag i din kontanthjælp', '', 'Vi har besluttet at foretage fradrag, fordi du uden rimelig grund udeblev fra samtalen', 'den 24. februar 2026, jf. § 37 i lov om aktiv socialpolitik.']
        : p === pages
          ? ['Klagevejledning', 'Du kan klage. Klagen skal være modtaget senest 4 uger efter, at du har modtaget afgørelsen.']
          : Array.from({ length: 40 }, (_, i) => `Sagens akter, side ${p}, linje ${i + 1}: notat om samtale og opfølgning i sagen, jf. § 13 i aktivloven.`);
    lines.forEach((l, i) => page.drawText(l, { x: 60, y: 780 - 17 * i, size: 10, font }));
    page.drawText(`Side ${p} af ${pages}`, { x: 480, y: 40, size: 8, font });
  }
  return doc.save();
}
