import { formatDanishDate } from '../dates/calendar';
import { rules } from '../rules';
import type { ChecklistItem, MedicalQuoteFinding, Report } from '../schema/report';
import { KlageRequest, type ChecklistState, type Note, type TextAnchor } from '../storage/records';
import { findCaseFacts } from './caseFacts';
import { compileRegex } from '../text/compileRegex';

export interface KlageDraftInput {
  report: Report;
  /** The letter's text, to find its case number and subject in (see `caseTextOf`). */
  letterText: string;
  checklist: ChecklistState | null;
  notes: Note[];
  requests: KlageRequest[];
  /** The day the klage is written, YYYY-MM-DD. */
  today: string;
}

const k = rules.klage;
const d = k.draft;
type Tag = (typeof k.notes.tags)[number];
/**
 * The words a Citat-tjek point cites in the klage: the decision's quote and the statement's
 * whole passage (the statement's words, whatever language Brevtjek speaks). Null for other points.
 */
function citatValues(report: Report, id: string): { point: string; values: Record<string, string> } | null {
  const m = /^(citat-[a-z-]+?)-(\d+)$/.exec(id);
  const check = report.statement;
  if (!m || !check || !k.checklist.points[m[1] as string]) return null;
  const point = m[1] as string;
  const n = Number(m[2]);
  if (point === 'citat-ikke-naevnt') {
    const u = check.unmentioned[n];
    return u ? { point, values: { statement: oneLine(u.text) } } : null;
  }
  const q = check.quotes.find((x) => x.finding === n);
  return q ? { point, values: { quote: oneLine(q.quote), statement: oneLine(q.context?.text ?? q.match?.text ?? '') } } : null;
}

/** A paragraph: its lines. */
type Block = string[];

const fill = (t: string, values: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
const norm = (t: string) => oneLine(t).toLocaleLowerCase('da');
/** The user's own text as lines: their line breaks kept, blank lines and spaces at the ends dropped. */
const linesOf = (t: string) =>
  t
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => oneLine(l))
    .filter((l) => l !== '');
/** A sentence ends with a full stop where the user left none. */
const closed = (t: string) => (t === '' || /[.!?…:;]$/u.test(t) ? t : `${t}.`);

/** `lead` and the user's text in one paragraph: the text's first line goes on the lead's line. */
function paragraph(lead: string, text: string): Block {
  const lines = linesOf(text);
  if (lines.length > 0) lines[lines.length - 1] = closed(lines[lines.length - 1] as string);
  const first = [lead, lines[0] ?? ''].filter((p) => p !== '').join(' ');
  return [first, ...lines.slice(1)].filter((l) => l !== '');
}

/** "»A«", "»A« og »B«", "»A«, »B« og »C«". */
function quoteList(texts: string[]): string {
  const quoted = texts.map((t) => fill(d.quote, { text: oneLine(t) }));
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${d.and} ${quoted[quoted.length - 1]}`;
}

/** A name written in capitals ("ESBJERG KOMMUNE") in the usual way ("Esbjerg Kommune"). */
function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLocaleLowerCase('da').replace(/(^|[\s-])(\p{Ll})/gu, (_m, before: string, c: string) => before + c.toLocaleUpperCase('da'));
}

/** A source as the letter names it ("din læge"), in the klage's own voice ("min læge"). */
const ownWords = d.medical.ownWords.flatMap(({ letter, klage }) => {
  const capital = (w: string) => w.charAt(0).toLocaleUpperCase('da') + w.slice(1);
  const pairs = [[letter, klage]];
  if (letter === letter.toLocaleLowerCase('da')) pairs.push([capital(letter), capital(klage)]);
  return pairs.map(([from, to]) => ({ re: compileRegex(`(?<![\\p{L}])${from}(?![\\p{L}])`, 'gu'), to: to as string }));
});
const inOwnVoice = (source: string) => ownWords.reduce((t, { re, to }) => t.replace(re, to), source);

const tagOf = (note: Note): Tag | null => (note.tag === null ? null : (k.notes.tags.find((t) => norm(t.tag) === norm(note.tag as string)) ?? null));

/** Whether a note is about this medical quote: the same words, or the same place in the letter. */
function isAbout(anchor: TextAnchor, quote: MedicalQuoteFinding): boolean {
  const exact = norm(anchor.exact);
  const text = norm(quote.text);
  if (exact !== '' && (text.includes(exact) || exact.includes(text))) return true;
  return anchor.start < quote.end && quote.start < anchor.end;
}

/** What a note on a medical quote adds under it: what its tag says and its text. */
const noteUnderQuote = (note: Note, tag: Tag): Block => paragraph(tag.says, note.text.trim() === '' ? tag.ifNoText : note.text);

/** A note on the letter's words: the words, what its tag says, its text. */
function noteParagraph(note: Note, tag: Tag): Block {
  if (note.anchor === null && note.text.trim() === '') return [];
  const quote = note.anchor === null ? '' : fill(tag.quote, { exact: oneLine(note.anchor.exact) });
  const lead = [quote, tag.says].filter((p) => p !== '').join(' ');
  return paragraph(lead, note.text.trim() === '' ? tag.ifNoText : note.text);
}

const byPlace = (a: Note, b: Note) =>
  (a.anchor?.start ?? Number.MAX_SAFE_INTEGER) - (b.anchor?.start ?? Number.MAX_SAFE_INTEGER) ||
  (a.anchor?.end ?? 0) - (b.anchor?.end ?? 0) ||
  a.created.localeCompare(b.created) ||
  a.id.localeCompare(b.id);

/**
 * A plain, polite klage over the letter's decision, from what the user has worked through:
 * header lines (Til, Dato, Vedrørende, Sagsnummer, Emne), "Jeg klager over …", the
 * klagefrist, one paragraph per ticked checklist point with the user's comment, the user's
 * own points, the medical quotes in one paragraph, the notes tagged "uenig" or "fejl i
 * fakta", the requests, and a closing. It never says that the decision is unlawful; it asks
 * the sender to look at it again. Empty parts are left out. The fixed sentences are
 * rules/klage.json. The same input gives the same text.
 */
export function buildKlageDraft(input: KlageDraftInput): string {
  const { report, checklist } = input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today)) throw new Error(`buildKlageDraft: today must be YYYY-MM-DD, not "${input.today}"`);
  const facts = findCaseFacts(input.letterText);
  const letterDate = report.letter.date === null ? null : formatDanishDate(report.letter.date, false);
  const sendBy = report.appeal.sendBy ?? report.appeal.deadline;
  // The klage goes to whom the klagevejledning names, else the sender.
  const sendTo = report.appeal.sendTo;
  const recipient = sendTo?.recipient ?? report.letter.senderName;

  const medical = new Map<number, Note[]>();
  const addQuote = (i: number) => {
    if (report.findings[i]?.kind === 'medical_quote' && !medical.has(i)) medical.set(i, []);
  };
  const medicalLeads: Block[] = [];
  const reasons: Array<Block | 'medical'> = [];
  const requestNotes = new Map<KlageRequest, string>();

  // Ticked checklist points, in the checklist's order; a point that stands more than once (one per quote) once.
  const state = (id: string) => checklist?.points[id];
  const ids = [...new Set(report.checklist.map((item) => item.id))].filter((id) => state(id)?.done === true);
  for (const id of ids) {
    const items = report.checklist.filter((item) => item.id === id);
    const comment = state(id)?.comment ?? '';
    // A Citat-tjek point stands once per flag ("citat-udeladt-3"): its words come from the comparison, in the klage's Danish.
    const citat = citatValues(report, id);
    const citatUse = citat ? k.checklist.points[citat.point] : undefined;
    const use =
      citat && citatUse?.use === 'citat'
        ? { use: 'reason' as const, lead: fill(citatUse.lead, citat.values) }
        : (k.checklist.points[id] ?? { use: 'reason' as const, lead: closed(oneLine((items[0] as ChecklistItem).title)) });
    // A citat point without its comparison (the statement was removed) has nothing to cite.
    if (use.use === 'skip' || use.use === 'citat') continue;
    if (use.use === 'request') {
      requestNotes.set(use.request, comment);
      continue;
    }
    const about = [...new Set(items.flatMap((item) => item.findings))].sort((a, b) => a - b);
    const quotes = about.filter((i) => report.findings[i]?.kind === 'medical_quote');
    quotes.forEach(addQuote);
    if (quotes.length > 0 && quotes.length === about.length) {
      // A point about medical quotes only goes with them.
      if (!reasons.includes('medical')) reasons.push('medical');
      medicalLeads.push(paragraph(use.lead, comment));
      continue;
    }
    const words = use.quoteFindings ? about.filter((i) => report.findings[i]?.kind === 'sanction').map((i) => report.findings[i]?.text ?? '') : [];
    const lead = [words.length > 0 ? fill(d.quoted, { quotes: quoteList(words) }) : '', use.lead].filter((p) => p !== '').join(' ');
    reasons.push(paragraph(lead, comment));
  }

  // The user's own notes on the letter, where their tag belongs in a klage; a note on a medical quote goes under it.
  const notes: Block[] = [];
  const quoteIndexes = report.findings.flatMap((f, i) => (f.kind === 'medical_quote' ? [i] : []));
  for (const note of [...input.notes].sort(byPlace)) {
    const tag = tagOf(note);
    if (!tag) continue;
    const anchor = note.anchor;
    const on = anchor === null ? undefined : quoteIndexes.find((i) => isAbout(anchor, report.findings[i] as MedicalQuoteFinding));
    if (on !== undefined) {
      addQuote(on);
      medical.get(on)?.push(note);
      continue;
    }
    const block = noteParagraph(note, tag);
    if (block.length > 0) notes.push(block);
  }

  if (medical.size > 0) {
    if (!reasons.includes('medical')) reasons.push('medical');
    const lines = [d.medical.intro];
    for (const i of [...medical.keys()].sort((a, b) => a - b)) {
      const quote = report.findings[i] as MedicalQuoteFinding;
      const source = inOwnVoice(oneLine(quote.source));
      lines.push(source === '' ? fill(d.medical.quoteNoSource, { text: oneLine(quote.text) }) : fill(d.medical.quote, { text: oneLine(quote.text), source }));
      for (const note of medical.get(i) ?? []) lines.push(...noteUnderQuote(note, tagOf(note) as Tag));
    }
    lines.push(...(medicalLeads.length > 0 ? medicalLeads.flat() : [d.medical.ask]));
    reasons[reasons.indexOf('medical')] = lines;
  }

  for (const own of checklist?.own ?? []) {
    if (own.done) reasons.push(paragraph(closed(oneLine(own.title)), own.comment));
  }
  reasons.push(...notes);

  const asked = new Set<KlageRequest>([...input.requests, ...requestNotes.keys()]);
  const requests = KlageRequest.options.filter((r) => asked.has(r)).flatMap((r) => paragraph(k.requests.sentences[r], requestNotes.get(r) ?? ''));

  const header = [
    fill(d.to, { name: recipient ? nameCase(oneLine(recipient)) : d.unknownRecipient }),
    sendTo?.address ? fill(d.toAddress, { address: oneLine(sendTo.address) }) : '',
    fill(d.date, { date: formatDanishDate(input.today, false) }),
    letterDate ? fill(d.regarding, { date: letterDate }) : d.regardingNoDate,
    facts.sagsnummer ? fill(d.caseNumber, { number: facts.sagsnummer }) : '',
    facts.subject ? fill(d.subject, { subject: facts.subject }) : '',
  ].filter((l) => l !== '');

  const blocks: Block[] = [
    [letterDate ? fill(d.title, { date: letterDate }) : d.titleNoDate],
    header,
    [letterDate ? fill(d.opening, { date: letterDate }) : d.openingNoDate],
    sendBy ? [fill(d.deadline, { date: formatDanishDate(sendBy) })] : [],
    ...(reasons.length > 0 ? [[d.disagree], ...(reasons as Block[])] : [[d.noReasons]]),
    requests,
    [d.contact],
    [d.regards, '', d.nameLine],
  ];
  return blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n');
}
