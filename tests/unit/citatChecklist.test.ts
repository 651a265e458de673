import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { buildChecklist } from '../../lib/checklist/buildChecklist';
import { classifyLetter } from '../../lib/letter/classifyLetter';
import { buildKlageDraft } from '../../lib/klage/buildDraft';
import { rules } from '../../lib/rules';
import type { Report } from '../../lib/schema/report';
import type { StatementCheck } from '../../lib/schema/statementCheck';
import { fromPlainText } from '../../lib/text/fromPlainText';

// Issue 10, item 5: each Citat-tjek flag is a checklist point holding the exact words to cite,
// and the klage can take it, in Danish, with the statement's whole passage.
const DECISION = `Jobcenter Holstebro
Kirkestræde 11, 7500 Holstebro

Afgørelse om forlængelse af sygedagpenge

Vi har besluttet, at dine sygedagpenge ikke kan forlænges.

Begrundelse
Din læge skriver i lægeattesten af 2. februar 2026, at du »kan arbejde 4 timer om dagen«. Vi har lagt vægt på det.

Du kan klage over afgørelsen. Klagen skal være modtaget senest 4 uger efter, at du har modtaget denne afgørelse.
Venlig hilsen
Jobcenter Holstebro`;

const explanation = { what: 'Et citat.', why: 'Fordi.', todo: 'Tjek det.', source: { law: null, paragraph: null, label: 'forvaltningslovens § 24' } };

function reportWith(check: (r: Report) => StatementCheck): { report: Report; check: StatementCheck } {
  const report = analyzeLetter(fromPlainText(DECISION), { file: 'afgoerelse.txt', received: '2026-02-20' });
  const statement = check(report);
  const kind = classifyLetter(report.file === '' ? '' : DECISION, report.letter.sender);
  const regime = rules.benefits.regimes.find((r) => r.id === report.letter.regime) ?? rules.benefits.regimes[0]!;
  const checklist = buildChecklist(report.letter, kind, report.findings, report.appeal, {
    regime,
    senderShort: 'kommunen',
    sanctionType: null,
    text: DECISION,
    benefitsNamed: [],
    statement,
  });
  return { report: { ...report, checklist, statement }, check: statement };
}

describe('Citat-tjek in the checklist and the klage', () => {
  const quoteIndex = (r: Report) => r.findings.findIndex((f) => f.kind === 'medical_quote');

  it('has a medical quote to hold against the statement', () => {
    const report = analyzeLetter(fromPlainText(DECISION), { file: 'afgoerelse.txt' });
    expect(report.findings.filter((f) => f.kind === 'medical_quote').map((f) => f.text)).toEqual([expect.stringContaining('kan arbejde 4 timer om dagen')]);
  });

  const context = 'Hun kan arbejde 4 timer om dagen, men kun i kortere perioder og med pauser.';
  const { report, check } = reportWith((r) => {
    const i = quoteIndex(r);
    const q = r.findings[i]!;
    return {
      statement: { file: 'laegeattest.txt', kind: 'lægeattest', ocr: false, pages: 1 },
      quotes: [
        {
          finding: i,
          quote: q.text,
          quoteStart: q.start,
          quoteEnd: q.end,
          match: { start: 4, end: 32, text: 'kan arbejde 4 timer om dagen', how: 'exact', similarity: 1 },
          context: { start: 0, end: context.length, text: context },
          flags: [{ kind: 'left-out', words: ['men kun i kortere perioder', 'med pauser'], explanation }],
        },
      ],
      unmentioned: [{ start: 80, end: 140, text: 'Prognosen er usikker.', topic: 'prognose', flag: { kind: 'not-mentioned', words: [], explanation } }],
    };
  });

  it('makes one point per flag, with the whole passage to cite', () => {
    const left = report.checklist.find((c) => c.id === `citat-udeladt-${quoteIndex(report)}`);
    expect(left).toBeDefined();
    expect(left?.group).toBe('laeger');
    expect(left?.title).toContain('kan arbejde 4 timer om dagen');
    expect(left?.text).toContain('»men kun i kortere perioder« og »med pauser«');
    expect(left?.lines).toEqual([{ text: context, finding: quoteIndex(report) }]);
    expect(left?.attention).toBe(true);
    const unmentioned = report.checklist.find((c) => c.id === 'citat-ikke-naevnt-0');
    expect(unmentioned?.lines).toEqual([{ text: 'Prognosen er usikker.', finding: null }]);
    // No point for a kind with no flag.
    expect(report.checklist.some((c) => c.id.startsWith('citat-aendret') || c.id.startsWith('citat-ikke-fundet'))).toBe(false);
    expect(check.quotes).toHaveLength(1);
  });

  it('puts a ticked point in the klage with the statement’s own words', () => {
    const ids = [`citat-udeladt-${quoteIndex(report)}`, 'citat-ikke-naevnt-0'];
    const text = buildKlageDraft({
      report,
      letterText: DECISION,
      checklist: { v: 1, letterId: 'x', points: Object.fromEntries(ids.map((id) => [id, { done: true, comment: '' }])), own: [], updated: '2026-02-20T10:00:00.000Z' },
      notes: [],
      requests: [],
      today: '2026-02-21',
    });
    expect(text).toContain(`Hele stedet i erklæringen lyder: »${context}«`);
    expect(text).toContain('I nævner ikke i afgørelsen, at lægen skriver: »Prognosen er usikker.«');
    // Not ticked: not in the klage.
    const none = buildKlageDraft({ report, letterText: DECISION, checklist: null, notes: [], requests: [], today: '2026-02-21' });
    expect(none).not.toContain('Hele stedet i erklæringen');
  });
});
