import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { formatDanishDate } from '../../lib/dates/calendar';
import { buildKlageDraft, type KlageDraftInput } from '../../lib/klage/buildDraft';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseTextOf, findCaseFacts, findSubject } from '../../lib/klage/caseFacts';
import { rules } from '../../lib/rules';
import { KlageRules } from '../../lib/rules/klageSchema';
import type { ChecklistState, KlageRequest, Note } from '../../lib/storage/records';
import { fromPlainText } from '../../lib/text/fromPlainText';
import klageJson from '../../rules/klage.json';

const LETTER = `Vejle Kommune
Jobcenter Vejle
Kirketorvet 22
7100 Vejle

Anna Madsen
Nørregade 12, 2. th.
7100 Vejle

Dato: 3. marts 2026
Sagsnr.: 2026-1234
Sagsbehandler: Mette Holm

Afgørelse om fradrag i din kontanthjælp

Kære Anna Madsen

Vi har besluttet at foretage fradrag i din kontanthjælp for 2 dage, fordi du ikke mødte op til din samtale i jobcentret den 16. februar 2026 og ikke gav besked. Fradraget er på 1.080 kr. før skat.

Oplysninger vi har lagt vægt på
Din læge skriver i lægeerklæringen af 10. februar 2026: "Patienten kan deltage i korte samtaler, men tåler ikke lange dage." Speciallægen skriver i sin udtalelse af 20. januar 2026, at du "har brug for faste pauser".

Vi har lagt vægt på, at du ikke har givet besked om dit fravær.

Reglerne
Afgørelsen er truffet efter § 36, stk. 1, i lov om aktiv socialpolitik. Du kan læse om rimelig grund i aktivlovens § 13, stk. 7.

Sådan klager du
Hvis du er uenig i afgørelsen, kan du klage. Klagen skal være modtaget senest 4 uger efter, at du har modtaget denne afgørelse. Send klagen til Jobcenter Vejle. Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi sagen til Ankestyrelsen.

Med venlig hilsen
Mette Holm
Jobcenter Vejle
`;

const doc = fromPlainText(LETTER);
const report = analyzeLetter(doc, { file: 'brev.txt' });
const letterId = 'a'.repeat(64);
const at = '2026-03-05T10:00:00.000Z';
const QUOTE_1 = 'Patienten kan deltage i korte samtaler, men tåler ikke lange dage.';
const QUOTE_2 = 'har brug for faste pauser';
const REASON = 'du ikke mødte op til din samtale i jobcentret den 16. februar 2026 og ikke gav besked';

const checklist = (points: ChecklistState['points'], own: ChecklistState['own'] = []): ChecklistState => ({ v: 1, letterId, points, own, updated: at });
function note(id: string, tag: string | null, text: string, exact: string | null): Note {
  const start = exact === null ? -1 : doc.text.indexOf(exact);
  if (exact !== null && start < 0) throw new Error(`not in the letter: ${exact}`);
  return {
    v: 1,
    id,
    letterId,
    anchor: exact === null ? null : { exact, prefix: '', suffix: '', start, end: start + exact.length },
    tag,
    text,
    created: at,
    updated: at,
  };
}

const full: KlageDraftInput = {
  report,
  letterText: caseTextOf(doc),
  today: '2026-03-05',
  checklist: checklist(
    {
      'rimelig-grund': { done: true, comment: 'Jeg var syg den dag og kunne ikke ringe' },
      laegecitat: { done: true, comment: 'Min læge skriver også, at jeg skal have korte dage.' },
      partshoering: { done: false, comment: 'UTICKET-KOMMENTAR' },
      begrundelse: { done: true, comment: '' },
      klagefrist: { done: true, comment: 'PRIVAT-HUSK' },
      aktindsigt: { done: true, comment: '' },
    },
    [
      { id: 'o1', title: 'Samtalen lå på en dag, hvor jeg var i praktik', done: true, comment: 'Det kan praktikstedet bekræfte.' },
      { id: 'o2', title: 'EGET-PUNKT-IKKE-AFKRYDSET', done: false, comment: 'nej' },
    ],
  ),
  notes: [
    note('n1', 'fejl i fakta', 'Jeg ringede til jobcentret kl. 8.10.', REASON),
    note('n2', 'spørg på mødet', 'PRIVAT-SPØRGSMÅL', null),
    note('n3', 'Uenig', 'Lægen skrev det om praktikken, ikke om samtaler.', QUOTE_1),
    note('n4', 'vigtigt', 'PRIVAT-VIGTIGT', 'Vi har lagt vægt på'),
  ],
  requests: ['bisidder', 'opsaettende-virkning', 'genvurdering'],
};

const blocksOf = (text: string) => text.split('\n\n');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the sample letter', () => {
  it('is read by the analyzer as a fradrag with two medical quotes and a klagefrist', () => {
    expect(report.letter.senderName).toBe('Vejle Kommune');
    expect(report.letter.date).toBe('2026-03-03');
    expect(report.findings.filter((f) => f.kind === 'medical_quote').map((f) => f.text)).toEqual([QUOTE_1, QUOTE_2]);
    expect(report.appeal.sendBy).toBe('2026-03-31');
    // One point for the medical quotes, one line per quote, each pointing at its highlight.
    const quotes = report.checklist.filter((i) => i.id === 'laegecitat');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.lines.map((l) => report.findings[l.finding as number]?.text)).toEqual([QUOTE_1, QUOTE_2]);
  });
});

describe('buildKlageDraft', () => {
  const draft = buildKlageDraft(full);

  it('starts with the title and the header lines', () => {
    const [title, header, opening] = blocksOf(draft);
    expect(title).toBe('Klage over afgørelse af 3. marts 2026');
    // The klagevejledning says "Send klagen til Jobcenter Vejle"; the address is the letterhead's, not Anna's.
    expect(header?.split('\n')).toEqual([
      'Til: Jobcenter Vejle',
      '     Kirketorvet 22, 7100 Vejle',
      'Dato: 5. marts 2026',
      'Om: Afgørelse af 3. marts 2026',
      'Sagsnummer: 2026-1234',
      'Emne: Afgørelse om fradrag i din kontanthjælp',
    ]);
    expect(opening).toMatch(/^Jeg klager over jeres afgørelse af 3\. marts 2026\. Jeg beder jer se på sagen igen\.$/);
  });

  it('gives the klagefrist with its weekday', () => {
    expect(draft).toContain(`Klagen sendes inden klagefristen, som er ${formatDanishDate('2026-03-31')}.`);
    expect(draft).toContain('tirsdag den 31. marts 2026');
  });

  it('has one paragraph per ticked point with the comment, and leaves out unticked ones and tasks', () => {
    expect(draft).toContain('Det er jeg uenig i:');
    const reason = blocksOf(draft).find((b) => b.includes('rimelig grund'));
    expect(reason).toBe(
      `I brevet står der: »${REASON}« og »du ikke har givet besked om dit fravær«. Jeg mener, at jeg havde en rimelig grund. Jeg var syg den dag og kunne ikke ringe.`,
    );
    expect(draft).toContain(rules.klage.checklist.points.begrundelse?.use === 'reason' ? rules.klage.checklist.points.begrundelse.lead : '¤');
    expect(draft).toContain('Samtalen lå på en dag, hvor jeg var i praktik. Det kan praktikstedet bekræfte.');
    for (const left of ['UTICKET-KOMMENTAR', 'EGET-PUNKT-IKKE-AFKRYDSET', 'PRIVAT-HUSK', 'mulighed for at svare']) expect(draft).not.toContain(left);
    // Two items share the id "rimelig-grund": one paragraph.
    expect(count(draft, 'Jeg mener, at jeg havde en rimelig grund.')).toBe(1);
  });

  it('groups the medical quotes in one paragraph, each on a line with its source', () => {
    const medical = blocksOf(draft).filter((b) => b.includes(QUOTE_1) || b.includes(QUOTE_2));
    expect(medical).toHaveLength(1);
    const lines = (medical[0] as string).split('\n');
    expect(lines[0]).toBe('I afgørelsen står der dette om mit helbred:');
    expect(lines[1]).toBe(`»${QUOTE_1}« (lægeerklæringen)`);
    // The note on the first quote goes under it; the point's lead and comment after the quotes.
    expect(lines[2]).toBe('Lægen skrev det om praktikken, ikke om samtaler.');
    expect(lines[3]).toBe(`»${QUOTE_2}« (speciallægen)`);
    expect(lines[4]).toBe('Jeg beder jer læse citaterne sammen med resten af erklæringen. Min læge skriver også, at jeg skal have korte dage.');
    expect(lines).toHaveLength(5);
    expect(count(draft, QUOTE_1)).toBe(1);
  });

  it('quotes the notes tagged "uenig" or "fejl i fakta" and keeps the others private', () => {
    expect(draft).toContain(`I brevet står der: »${REASON}«. Det er efter min mening ikke rigtigt. Jeg ringede til jobcentret kl. 8.10.`);
    expect(draft).not.toContain('PRIVAT-SPØRGSMÅL');
    expect(draft).not.toContain('PRIVAT-VIGTIGT');
  });

  it('asks for each request in one plain sentence, in a fixed order, once', () => {
    const s = rules.klage.requests.sentences;
    const order: KlageRequest[] = ['aktindsigt', 'genvurdering', 'opsaettende-virkning', 'bisidder'];
    const block = blocksOf(draft).find((b) => b.includes(s.bisidder));
    expect(block?.split('\n')).toEqual(order.map((r) => s[r]));
    expect(count(draft, s.aktindsigt)).toBe(1);
  });

  it('ends politely with a blank name line', () => {
    expect(draft.endsWith('Med venlig hilsen\n\n______________________________')).toBe(true);
    expect(draft).toContain('Kontakt mig gerne, hvis I har brug for flere oplysninger.');
  });

  it('never calls the decision unlawful', () => {
    const forbidden = /ulovlig|ugyldig|i strid med|lovstridig|ulovhjemlet|forkert afgørelse/i;
    expect(draft).not.toMatch(forbidden);
    const texts: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') Object.entries(v).forEach(([key, x]) => key !== '$comment' && walk(x));
    };
    walk(klageJson.draft);
    walk(klageJson.checklist);
    walk(klageJson.notes);
    walk(klageJson.requests);
    for (const t of texts) expect(t).not.toMatch(forbidden);
  });

  it('gives the same text for the same input, whatever order notes and requests come in', () => {
    const again = buildKlageDraft({ ...full, notes: [...full.notes].reverse(), requests: [...full.requests].reverse() });
    expect(again).toBe(draft);
  });

  it('leaves out empty parts and their headings', () => {
    const bare = buildKlageDraft({
      report: { ...report, appeal: { ...report.appeal, sendBy: null, deadline: null } },
      letterText: 'Vejle Kommune\n\nHej Anna\n\nVi har trukket i din hjælp.',
      checklist: checklist({ partshoering: { done: false, comment: 'x' } }),
      notes: [note('n2', 'spørg på mødet', 'PRIVAT', null)],
      requests: [],
      today: '2026-03-05',
    });
    for (const part of ['Det er jeg uenig i:', 'lægelige oplysninger', 'Sagsnummer:', 'Emne:', 'klagefristen', 'Jeg beder om', 'PRIVAT', '\n\n\n']) {
      expect(bare).not.toContain(part);
    }
    expect(bare).toContain(rules.klage.draft.noReasons);
    expect(blocksOf(bare)).toHaveLength(7);
  });

  it('groups medical quotes from notes alone, and names the recipient plainly where the sender is unknown', () => {
    const text = buildKlageDraft({
      ...full,
      report: { ...report, letter: { ...report.letter, senderName: null, date: null }, appeal: { ...report.appeal, sendTo: null } },
      checklist: null,
      notes: [note('n5', 'uenig', '', QUOTE_2)],
      requests: [],
    });
    expect(text.startsWith('Klage over afgørelse\n\nTil: Afsenderen af afgørelsen\n')).toBe(true);
    expect(text).toContain('Om: Jeres afgørelse\n');
    expect(text).toContain(
      `Det er jeg uenig i:\n\nI afgørelsen står der dette om mit helbred:\n»${QUOTE_2}« (speciallægen)\nDet er jeg uenig i.\n${rules.klage.draft.medical.ask}`,
    );
    expect(text).not.toContain(QUOTE_1);
  });

  it("names a quote's source in the klage's own voice", () => {
    const findings = report.findings.map((f) => (f.kind === 'medical_quote' ? { ...f, source: f.text === QUOTE_1 ? 'Din egen læge' : 'Deres speciallæge' } : f));
    const text = buildKlageDraft({ ...full, report: { ...report, findings } });
    expect(text).toContain(`»${QUOTE_1}« (Min egen læge)`);
    expect(text).toContain(`»${QUOTE_2}« (min speciallæge)`);
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => buildKlageDraft({ ...full, today: '5. marts 2026' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('findCaseFacts', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['Dato: 3. marts 2026\nSagsnr.: 2026-1234\n\nAfgørelse om fradrag i din kontanthjælp\n\nKære Anna', '2026-1234', 'Afgørelse om fradrag i din kontanthjælp'],
    ['Sagsnummer: 27.12.04-G01-311-26\nVedrørende: Ophør af sygedagpenge\n', '27.12.04-G01-311-26', 'Ophør af sygedagpenge'],
    ['Ankestyrelsen\nJ.nr. 25-80113\nVedr.: Din klage over fradrag\n', '25-80113', 'Din klage over fradrag'],
    ['Journalnummer: 1071-2025-88130\nEmne: Afgørelse om din boligstøtte\n', '1071-2025-88130', 'Afgørelse om din boligstøtte'],
    ['Vores reference: 2026/0211-KH\n\nVi overvejer at trække i din kontanthjælp\n\nKære Ole', '2026/0211-KH', 'Vi overvejer at trække i din kontanthjælp'],
    ['Vores ref.: TMJ (Thomas Mølgaard Juhl)\nVedr.: Peter Mikkelsen, CPR-nr. xxxxxx-xxxx\n\nNedsættelse af Peters kontanthjælp\n\nKære Lone', null, 'Nedsættelse af Peters kontanthjælp'],
    ['Kommunens j.nr.: 2026-004471\nAnkestyrelsens j.nr.: 26-31877\nJ.nr.: 26-99999\n', '26-99999', null],
    ['LEMVIG KOMMUNE\tSAGSNR: 26-KH-04417\n\nAFGØRELSE OM NEDSÆTTELSE AF DIN KONTANTHJÆLP\n=====================\n\nJobcentret har', '26-KH-04417', 'Afgørelse om nedsættelse af din kontanthjælp'],
    ['Har du spørgsmål, så oplys vores sagsnummer.\nCPR-nr.: 120588-1234\nDu får kontanthjælp fra den 12. januar 2026.\n', null, null],
  ];
  for (const [text, sagsnummer, subject] of cases) {
    it(JSON.stringify(text.slice(0, 50)), () => expect(findCaseFacts(text)).toEqual({ sagsnummer, subject }));
  }

  it('reads the examples in rules/klage.json, and no number in the counter-examples', () => {
    for (const ex of rules.klage.caseNumber.examples) expect(findCaseFacts(ex.text).sagsnummer, ex.text).toBe(ex.value);
    for (const ex of rules.klage.caseNumber.counterExamples) expect(findCaseFacts(ex).sagsnummer, ex).toBeNull();
    for (const ex of rules.klage.subject.examples) expect(findCaseFacts(ex.text).subject, ex.text).toBe(ex.subject);
    for (const ex of rules.klage.subject.counterExamples) expect(findCaseFacts(ex).subject, ex).toBeNull();
  });

  it('finds the same subject from the top of the text alone (findSubject, for Mine breve), on every test letter and these', () => {
    const dir = join(import.meta.dirname, '../letters-styles');
    const letters = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const text of [...cases.map((c) => c[0]), ...letters, 'Afgørelse om fradrag\r\rKære Anna', 'Emne: Din sag\r\nmere', '']) {
      expect(findSubject(text), text.slice(0, 60)).toBe(findCaseFacts(text).subject);
      expect(findSubject(caseTextOf(fromPlainText(text))), text.slice(0, 60)).toBe(findCaseFacts(caseTextOf(fromPlainText(text))).subject);
    }
  });

  it('finds a case number that the analysed text leaves out as page furniture', () => {
    const text = 'Udbetaling Danmark\nBoligstøtte\n\nSabine Lund\nNørrebrogade 112\n8000 Aarhus C\n\n17. april 2026\nJournalnummer: BS-2026-118734\nSide 1 af 2\n\nDin boligstøtte stopper\n\nVi stopper din boligstøtte fra den 1. maj 2026.\n';
    const read = fromPlainText(text);
    expect(read.text).not.toContain('BS-2026-118734');
    expect(findCaseFacts(caseTextOf(read))).toEqual({ sagsnummer: 'BS-2026-118734', subject: 'Din boligstøtte stopper' });
  });
});

describe('rules/klage.json', () => {
  it('has klage words for every checklist point', () => {
    const ids = new Set(rules.checklist.points.map((p) => p.id));
    for (const id of ids) expect(rules.klage.checklist.points[id], id).toBeDefined();
    for (const id of Object.keys(rules.klage.checklist.points)) expect(ids.has(id), id).toBe(true);
  });

  it('rejects a text that loses its placeholder, a broken pattern and a missing request', () => {
    expect(KlageRules.safeParse(klageJson).success).toBe(true);
    const broken = (patch: (j: typeof klageJson) => unknown) => KlageRules.safeParse(patch(structuredClone(klageJson))).success;
    expect(broken((j) => ({ ...j, draft: { ...j.draft, deadline: 'Klagen sendes inden klagefristen.' } }))).toBe(false);
    expect(broken((j) => ({ ...j, draft: { ...j.draft, opening: 'Jeg klager over {dato}.' } }))).toBe(false);
    expect(broken((j) => ({ ...j, draft: { ...j.draft, titleLine: '^Indsigelse' } }))).toBe(false);
    expect(broken((j) => ({ ...j, subject: { ...j.subject, heading: '(afgørelse' } }))).toBe(false);
    expect(broken((j) => ({ ...j, requests: { sentences: { ...j.requests.sentences, bisidder: undefined } } }))).toBe(false);
  });
});
