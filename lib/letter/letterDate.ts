import { DATE_SOURCE, findDates } from '../dates/findDates';
import { rules } from '../rules';
import { fill } from '../analyzers/patterns';

const patterns = rules.letterTypes.letterDate.map((p) => new RegExp(fill(p, { date: DATE_SOURCE }), 'imu'));

/** The date the letter is dated: "Dato: 5. marts 2026", "Horsens, 12.05.2025" or a date alone on a line near the top. */
export function findLetterDate(text: string): string | null {
  const head = text.split('\n').slice(0, 40).join('\n');
  for (const re of patterns) {
    const m = re.exec(head);
    if (m) {
      const d = findDates(m[0])[0];
      if (d?.yearGiven) return d.iso;
    }
  }
  return null;
}
