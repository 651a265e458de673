import { rules } from '../rules';
import type { Sentence } from '../nlp/sentences';
import type { Span } from './patterns';
import { compileRegex } from '../text/compileRegex';

const c = rules.sanctions.clauses;
const split = compileRegex(c.split, 'giu');
const lead = compileRegex(c.lead, 'iu');
const reasonMarker = compileRegex(c.reasonMarker, 'iu');
const label = compileRegex(c.label, 'iu');
const reasonHeading = compileRegex(c.reasonHeading, 'iu');
const listIntro = compileRegex(c.listIntro, 'iu');
const listIntroOpen = compileRegex(c.listIntroOpen, 'iu');
const tableHeader = compileRegex(c.tableHeader, 'iu');
/** How many cell breaks (tabs, or " | ") a line has: a table's header has two or more, its rows one or more. */
const cellsOf = (line: string) => line.split(/\t+|\s\|\s/u);
const cellBreaks = (line: string) => cellsOf(line).length - 1;
/** A table's rule line ("-----+-----|----"). */
const isTableRule = (line: string) => /^[-–=+|\s]{3,}$/u.test(line);
const clauseEnd = compileRegex(c.end, 'iu');
const trailingJoin = compileRegex(c.trailingJoin, 'iu');
const introEnd = compileRegex(c.introEnd, 'iu');
const listItemStart = compileRegex(c.listItemStart, 'iu');
const numberedItem = compileRegex(c.numberedItem, 'iu');
/** "Mandag den 2. marts: ikke mødt": a row of dated entries. */
const dateRow = compileRegex(`^(?:${c.rowLabel}):\\s+\\S`, 'iu');
const dateCell = compileRegex(`^(?:${c.rowLabel})\\t`, 'iu');
/** "Torsdag den 19. marts:" alone on its line: the entry is on the next line. */
const dateLabelLine = compileRegex(`^(?:${c.rowLabel}):$`, 'iu');
const bullet = compileRegex(rules.layout.bullets, 'u');

/**
 * How many clauses of one sentence are read. Each clause is read with all of its sentence before
 * it; a sentence of the test letters has at most 8 clauses, and a "sentence" of hundreds ("fordi
 * du ikke mødte op, fordi du …" without end) is no letter's: its clauses past these are not read.
 */
const MAX_CLAUSES_IN_SENTENCE = 40;

/** One clause of a sentence, with what leads it and where it stands in the letter. */
export interface Clause extends Span {
  text: string;
  /** The sentence it is part of. */
  sentence: Sentence;
  /** The sentence's text before the clause. */
  before: string;
  /** It stands in a heading line: a restatement there counts only with a reason marker. */
  heading: boolean;
  /** The sentence before this one. */
  previous: string;
  /** The sentence after this one. */
  next: string;
  /** A reason marker ("fordi", "Årsagen er, at") or a label ("Begrundelse:") leads it. */
  afterMarker: boolean;
  /** It stands under a heading such as "Begrundelse" or "Det har vi lagt vægt på". */
  inReasonSection: boolean;
  /** It is an item of a list whose intro gives reasons ("Vi har lagt vægt på, at du:"). */
  listUnderReason: boolean;
  /** It is the value of a dated row ("Mandag den 2. marts: ikke mødt"). */
  dateRow: boolean;
}

/** Whether the sentence is a heading or label line: short, on its own line, no sentence end. */
function isHeading(text: string, sentence: Sentence, lineEnd: number): boolean {
  const line = text.slice(sentence.start, lineEnd);
  return line.trim() === sentence.text && sentence.text.length < 70 && !/[.,;]$/.test(sentence.text);
}

/** A blank line right at `at` (as /^[ \t]*\n[ \t]*\n/ on the text from there), without cutting the text. */
const BLANK_LINE = /[ \t]*\n[ \t]*\n/uy;
function blankLineAt(text: string, at: number): boolean {
  BLANK_LINE.lastIndex = at;
  return BLANK_LINE.test(text);
}

function startsLine(text: string, at: number): boolean {
  return at === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, at - 40), at));
}

function isListItem(text: string, s: Sentence): boolean {
  return startsLine(text, s.start) && (bullet.test(s.text) || listItemStart.test(s.text) || dateRow.test(s.text));
}

/**
 * Cuts the letter's sentences into clauses at ";", ", og du", ", men", before "fordi" and the
 * other reason markers, and strips each clause's lead: a bullet or number, "og", "at", the
 * marker or label. Records the structure around each clause that tells whether it gives a reason.
 */
export function sanctionClauses(text: string, sentences: Sentence[]): Clause[] {
  const out: Clause[] = [];
  let section = false;
  let listIntroIsReason = false;
  // Whether the table being read has a header that says what happened; null outside a table.
  let tableOfReasons: boolean | null = null;
  let lineRead = -1;
  // The start of the line being read, found by walking forward (sentences come in order).
  let lineBegin = 0;
  let nextBreak = text.indexOf('\n');
  let inTable = false;
  let tableLine = false;
  let itemLine = -1;
  sentences.forEach((sentence, index) => {
    const blankBefore = /\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, sentence.start - 40), sentence.start));
    // Tables are read by line: a row may hold more than one sentence ("Dato | Kl. | Hændelse").
    while (nextBreak >= 0 && nextBreak < sentence.start) {
      lineBegin = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineBegin);
    }
    const lineStart = lineBegin;
    // Where the sentence's line ends: the first line break from its start on.
    const lineEnd = nextBreak < 0 ? text.length : nextBreak;
    if (lineStart !== lineRead) {
      lineRead = lineStart;
      const end = text.indexOf('\n', lineStart);
      const line = text.slice(lineStart, end < 0 ? text.length : end);
      const breaks = isTableRule(line) ? -1 : cellBreaks(line);
      // A header row: three or more cells, or two short cells without figures ("Dato    Registrering").
      const headerLike = breaks >= 2 || (breaks === 1 && !/\d/u.test(line) && cellsOf(line).every((cell) => cell.trim().split(/\s+/u).length <= 3));
      const header = headerLike && (tableOfReasons === null || blankBefore);
      inTable = !header && breaks >= 1 && tableOfReasons !== null;
      if (header) tableOfReasons = tableHeader.test(line);
      if (breaks === 0) tableOfReasons = null;
      tableLine = breaks !== 0;
    }
    if (isTableRule(sentence.text)) return;
    // A table's short cells are no headings.
    // "Mandag 5.10.2026⇥ikke mødt": a table row whose first cell is a date reads like a dated row.
    const row = startsLine(text, sentence.start) && (dateRow.test(sentence.text) || (tableLine && dateCell.test(sentence.text)));
    // "Torsdag den 19. marts:⏎Ingen fremmøde og ingen besked.": the line under a date label is its entry.
    const entryBelow = startsLine(text, sentence.start) && !!sentences[index - 1] && dateLabelLine.test(sentences[index - 1]?.text.trim() ?? '');
    // "2. Sagens faktiske forhold" on a line of its own with a blank line after: a numbered section heading, no item.
    const numberedHeading = numberedItem.test(sentence.text) && isHeading(text, sentence, lineEnd) && blankLineAt(text, sentence.end);
    const heading = isHeading(text, sentence, lineEnd) && (!bullet.test(sentence.text) || numberedHeading) && !tableLine && !row;
    const item = isListItem(text, sentence) && !numberedHeading;
    // "- Du ringede til os den 9. januar. Vi trækker derfor for 2 dage.": a second sentence of an item is still in the list.
    const itemGoesOn = !item && itemLine === lineStart && !startsLine(text, sentence.start);
    if (item) itemLine = lineStart;
    // "2. Dit CV på Jobnet" under "Her er de 3 ting:": a numbered sub-heading is an item of the reasons, it ends nothing.
    const subItem = heading && numberedItem.test(sentence.text) && (section || listIntroIsReason);
    // A paragraph that is no list item ends the list before it; a heading may start one.
    if (!item && !subItem && blankBefore && !/:\s*$/.test(sentence.text)) listIntroIsReason = false;
    if (heading && !subItem) {
      section = reasonHeading.test(sentence.text);
      listIntroIsReason = listIntro.test(sentence.text) || section;
    }
    // The sentence's own clauses.
    const cuts = [0];
    split.lastIndex = 0;
    for (const m of sentence.text.matchAll(split)) {
      const at = (m.index ?? 0) + m[0].length;
      if (at > 0 && at < sentence.text.length) cuts.push(at);
    }
    cuts.push(sentence.text.length);
    let previous = '';
    for (let k = 0; k + 1 < cuts.length && k < MAX_CLAUSES_IN_SENTENCE; k++) {
      let from = cuts[k] as number;
      const to = cuts[k + 1] as number;
      const afterLabel = label.test(previous.replace(/[:\s]+$/, ''));
      let afterMarker = afterLabel || introEnd.test(previous);
      // Strip the lead, repeatedly: "- og at fordi" is bullet, "og", "at", marker.
      for (;;) {
        const rest = sentence.text.slice(from);
        const marker = reasonMarker.exec(rest);
        const m = marker ?? lead.exec(rest);
        if (!m || m[0].length === 0) break;
        if (marker) afterMarker = true;
        from += m[0].length;
      }
      const labelled = /^([^:]{2,40}):\s*/u.exec(sentence.text.slice(from));
      // "Begrundelse: Manglende fremmøde til samtale 3/3": a field, no heading.
      const field = !!labelled && label.test(labelled[1] as string);
      if (field && labelled) {
        afterMarker = true;
        from += labelled[0].length;
      }
      let clause = sentence.text.slice(from, to);
      const stop = clauseEnd.exec(clause);
      if (stop) clause = clause.slice(0, stop.index);
      clause = clause.replace(trailingJoin, '');
      previous = sentence.text.slice(cuts[k] as number, to);
      if (!clause.trim()) continue;
      out.push({
        start: sentence.start + from,
        end: sentence.start + from + clause.length,
        text: clause,
        sentence,
        before: sentence.text.slice(0, from),
        previous: sentences[index - 1]?.text ?? '',
        next: sentences[index + 1]?.text ?? '',
        heading: heading && !field && !afterLabel,
        afterMarker,
        inReasonSection: section,
        listUnderReason: (item && listIntroIsReason) || (inTable && tableOfReasons === true),
        dateRow: (row && k === 1) || (entryBelow && k === 0),
      });
    }
    if (!item && !heading && !subItem && !itemGoesOn) listIntroIsReason = (listIntro.test(sentence.text) && /[:,]\s*$/.test(sentence.text)) || listIntroOpen.test(sentence.text);
  });
  return out;
}
