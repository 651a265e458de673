import { DATE_WITH_PREFIX_SOURCE, findDates } from '../dates/findDates';
import { rules } from '../rules';
import { fill } from '../analyzers/patterns';
import { compileRegex } from '../text/compileRegex';

const r = rules.letterTypes.letterDate;
const patterns = r.patterns.map((p) => ({ ...p, re: compileRegex(fill(p.pattern, { date: DATE_WITH_PREFIX_SOURCE }), 'iu') }));
const headerTable = compileRegex(r.headerTable, 'iu');
const notLetterDate = compileRegex(r.not, 'iu');
const PAGE_NUMBER = /\bside\s+\d+\s+af\s+\d+/giu;

interface Candidate {
  iso: string;
  rank: number;
  line: number;
}

/** The first date on the line that no label marks as another kind of date, with its year. */
function dateOn(line: string, from = 0): string | null {
  for (const d of findDates(line.slice(from))) {
    if (!d.yearGiven) continue;
    // Only the column the date stands in: "CPR: 010180-xxxx        Dato: 16.04.2026".
    const column = line.slice(0, from + d.start).split(/\s{2,}|\t|\|/u).pop() ?? '';
    if (notLetterDate.test(column.replace(PAGE_NUMBER, ''))) continue;
    return d.iso;
  }
  return null;
}

function candidatesIn(lines: string[], offset: number): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((line, i) => {
    for (const p of patterns) {
      const m = p.re.exec(line);
      if (!m) continue;
      const iso = dateOn(line, m.index);
      if (iso) out.push({ iso, rank: p.rank, line: offset + i });
    }
    // A header table: "Dato     Sagsnr." with the values on the next line, in the same column.
    const next = lines[i + 1];
    if (next !== undefined && headerTable.test(line)) {
      const column = line.search(/\b(?:dato|brevdato)\b/iu);
      const dates = findDates(next).filter((d) => d.yearGiven);
      const inColumn = dates.find((d) => Math.abs(d.start - column) <= 6) ?? (dates.length === 1 ? dates[0] : undefined);
      if (inColumn) out.push({ iso: inColumn.iso, rank: 1, line: offset + i + 1 });
    }
  });
  return out;
}

/**
 * The date the letter is dated (rules/letter-types.json "letterDate"): "Dato: 5. marts 2026",
 * "Vejle d. 9/3 2026", "Odense, mandag den 1. december 2025", "14-11-2025" alone on a line,
 * a date under "Dato" in a header table; near the top, else near the signature. Birth
 * dates, CPR numbers and dates something was received are told apart by their label.
 */
export function findLetterDate(text: string): string | null {
  const lines = text.split('\n');
  const head = lines.slice(0, r.headLines);
  const tailStart = Math.max(head.length, lines.length - r.tailLines);
  const found = [...candidatesIn(head, 0), ...candidatesIn(lines.slice(tailStart), tailStart)].filter(
    (c) => c.iso >= '2000-01-01' && c.iso <= '2099-12-31',
  );
  found.sort((a, b) => a.rank - b.rank || a.line - b.line);
  return found[0]?.iso ?? null;
}
