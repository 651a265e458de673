import { splitSentences } from '../nlp/sentences';
import { rules } from '../rules';
import { fill, trimSpan, type Span } from './patterns';
import { antecedent, backReference, firstSource, lastSource, pointsBack, pronounLead, SOURCE, type Source } from './medicalSources';
import { findQuotes } from './quotes';
import type { AnalysisInput } from './types';
import { compileRegex } from '../text/compileRegex';

const m = rules.medical;
const negatedLead = compileRegex(m.negatedLead, 'iu');
const colonLead = compileRegex(fill(m.colonLead, { verb: m.reportingVerbs }), 'iu');
const sourceHeading = compileRegex(m.sourceHeading, 'iu');
const mentionOnly = compileRegex(m.mentionOnly, 'u');
const quoteLabel = compileRegex(m.quoteLabel, 'iu');
/** A reporting verb before a quote in a list item ("Lægen skriver »…«"): a lead, read by the other readers. */
const verbIn = compileRegex(`(?<![\\p{L}])(?:${m.reportingVerbs})(?![\\p{L}])`, 'iu');
/** A list item with a lead or quote of its own: read by the other readers. */
const ownLead = compileRegex(`(?<![\\p{L}])(?:${m.reportingVerbs})(?![\\p{L}])|[„“”"»«]|:`, 'iu');
const listItem = compileRegex(rules.layout.bullets, 'u');
const tableCell = compileRegex(m.tableCell, 'gu');
const tableHeader = compileRegex(fill(m.tableHeader, { source: SOURCE }), 'iu');
/** How far back a lead that ends in a colon is read, within its paragraph. */
const BLOCK_LEAD_MAX = 300;

/** A list item's bullet, and a date label after it ("- 22.04.2026: "). */
const ITEM_LEAD = compileRegex(`${rules.layout.bullets}(?:\\s*(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}\\.\\s*\\p{L}+\\s+\\d{4})\\s*:)?\\s*`, 'u');

/** "Diagnose: Lumbal diskusprolaps …", "Timer pr. uge: 8": a field of an attest, its label and its value. */
const FIELD = /^[\p{Lu}](?:[^:\n.]|\.(?=\s*\p{Ll})){1,40}:\s+(?=\S)/u;
/** "Kan patienten arbejde? Ja, delvist": a question of a form and its answer. */
const QUESTION = /^[\p{Lu}][^?\n]{2,80}\?\s+(?=\S)/u;

/**
 * The items of a list that starts at `from`: bulleted lines, or the fields of an attest
 * ("Diagnose: …"); a line without a bullet or label goes on with the item before it.
 */
function listItems(text: string, from: number, to: number): Span[] {
  const items: Span[] = [];
  let at = from;
  for (const line of text.slice(from, to).split('\n')) {
    if (listItem.test(line) || FIELD.test(line) || QUESTION.test(line)) items.push({ start: at, end: at + line.length });
    else if (items.length > 0) (items.at(-1) as Span).end = at + line.length;
    else return [];
    at += line.length + 1;
  }
  return items;
}

/** A medical statement found outside a sentence's lead: its span, its source and how it is given. */
export type Reported = Span & { source: string; style: 'direct' | 'reported' };

/** How much of a line a quote label ("Citat fra statusattest:") is looked for in: a label is a short line. */
const LABEL_LINE_MAX = 200;

/** The line that starts at `from`, or its first LABEL_LINE_MAX characters. */
function firstLine(text: string, from: number): string {
  const window = text.slice(from, from + LABEL_LINE_MAX);
  const end = window.indexOf('\n');
  return end < 0 ? window : window.slice(0, end);
}

/** A line of its own: nothing but blanks between it and the line breaks around it. */
function ownLine(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  return /(?:^|\n)[ \t]*$/u.test(before.slice(-200)) && /^[ \t]*(?:\n|$)/u.test(text.slice(end, end + 200));
}

/** A statement's span without a mark of words cut at its end ("(…)", "[…]"). */
function trimStatement(text: string, span: Span): Span {
  const tail = /\s*[([](?:…|\.\.\.)[)\]]\s*[.!]?$/u.exec(text.slice(span.start, span.end));
  return trimSpan(text, span.start, span.end - (tail?.[0].length ?? 0));
}

/** "• Smerterne »er aftaget«": a list item that is mostly a quote gives the quote, its place in the item. */
function quoteFirst(item: string): Span | null {
  const q = findQuotes(item)[0];
  if (!q) return null;
  const before = item.slice(0, q.open);
  if ((before.match(/[\p{L}\d]+/gu)?.length ?? 0) >= m.mixedQuoteMinWords || verbIn.test(before)) return null;
  return { start: q.start, end: q.end };
}

/**
 * A statement set off as its own paragraph after a lead that ends in a colon: "I journalnotatet af
 * 12. juni 2025 står der:⏎⏎<paragraph>" or "Han konkluderer:⏎<paragraph>". The paragraph is the
 * content; a list under the lead gives one finding per item (the quote, where an item is mostly
 * one). A paragraph in quote marks is a quote. A lead without its colon on a line of its own
 * ("Lægen skriver" over a list) leads a list too. A quote label ("Citat:") makes the paragraph
 * under it a quote, from the source the label names or the lead before a run of labels names.
 */
export function findBlockQuotes(input: AnalysisInput): Reported[] {
  const { text, sentences } = input;
  const out: Reported[] = [];
  /** The source of a run of quote labels, and where the run has come to. */
  let run: { source: Source; end: number } | null = null;
  sentences.forEach((sentence, index) => {
    const colon = sentence.text.endsWith(':');
    const label = colon && quoteLabel.test(sentence.text.trim());
    // "Lægen skriver" over a list: a lead that lacks only its colon.
    const bare = !colon && sentence.text.length <= 80 && !/[.!?;,]$/u.test(sentence.text) && ownLine(text, sentence.start, sentence.end) && colonLead.test(`${sentence.text}:`);
    if (!colon && !bare) return;
    const from = sentence.end + (text.slice(sentence.end).match(/^\s*/u)?.[0].length ?? 0);
    // The paragraph under the lead, up to maxQuoteLength: a blank line further on is not looked for.
    const blockEnd = text.slice(from, from + m.maxQuoteLength + 1).indexOf('\n\n');
    const to = Math.min(blockEnd < 0 ? text.length : from + blockEnd, from + m.maxQuoteLength);
    if (label) {
      const named = lastSource(sentence.text, sentence.start);
      const inRun = run !== null && text.slice(run.end, sentence.start).trim() === '';
      const source = named ?? (inRun ? run?.source : antecedent(sentences, index)) ?? null;
      run = source?.medical ? { source, end: to } : null;
      if (!source?.medical) return;
      // "Citat fra statusattest:⏎Kan patienten arbejde? Ja, delvist⏎Timer pr. uge: 8-10": each line of a form is a quote.
      const lines = listItems(text, from, to);
      if (lines.length > 1) {
        for (const line of lines) {
          const span = trimSpan(text, line.start + (text.slice(line.start, line.end).match(ITEM_LEAD)?.[0].length ?? 0), line.end);
          if (span.end - span.start >= 3) out.push({ ...span, style: 'direct', source: source.text.toLowerCase() });
        }
        return;
      }
      // "Citat:⏎»…«": the marks are no part of the statement.
      const block = trimSpan(text, from, to);
      const whole = /^[„“"»«'‘]([\s\S]+)[“”"«»'’]$/u.exec(text.slice(block.start, block.end));
      const span = whole ? trimSpan(text, block.start + 1, block.end - 1) : trimStatement(text, block);
      if (span.end - span.start >= 3) out.push({ ...span, style: 'direct', source: source.text.toLowerCase() });
      return;
    }
    // The lead may run over a line break the PDF kept ("af⏎12. juni 2025 står der:"): read it from its paragraph's start.
    const windowStart = Math.max(0, sentence.start - BLOCK_LEAD_MAX);
    const blank = text.slice(windowStart, sentence.start).lastIndexOf('\n\n');
    const paragraphStart = bare ? sentence.start : blank < 0 ? windowStart : windowStart + blank + 2;
    const lead = text.slice(paragraphStart, sentence.end);
    // "Fra din egen læge:" with a list of what the doctor says.
    const heading = colon && sourceHeading.test(sentence.text);
    if ((!heading && !colonLead.test(bare ? `${lead}:` : lead)) || negatedLead.test(lead)) return;
    const named = lastSource(lead, paragraphStart);
    const pointsToBefore = pronounLead.test(sentence.text) || backReference.test(lead) || pointsBack.test(sentence.text);
    const source = named ?? (pointsToBefore ? antecedent(sentences, index) : null);
    if (!source?.medical) return;
    // "I erklæringen står der:⏎⏎Citat:⏎…": the labels give the quotes, this lead their source.
    if (quoteLabel.test(firstLine(text, from).trim())) {
      run = { source, end: sentence.end };
      return;
    }
    if (m.quotes.some((q) => text[from] === q.open)) return;
    const items = listItems(text, from, to);
    const list = items.length > 1 || ((heading || bare) && items.length === 1);
    if ((heading || bare) && !list) return;
    for (const { start, end } of list ? items : [{ start: from, end: to }]) {
      const line = text.slice(start, end);
      // "- 22.04.2026: MR-scanning viser …": the bullet and a date label are no part of the statement.
      const bullet = list ? (line.match(ITEM_LEAD)?.[0].length ?? line.match(FIELD)?.[0].length ?? 0) : 0;
      // "- at du i begyndelsen kan klare 2-3 timer dagligt": a list of at-clauses, each without its "at".
      const bulletAt = bullet + (list ? (line.slice(bullet).match(/^at\s+/u)?.[0].length ?? 0) : 0);
      const item = line.slice(bulletAt);
      // "• »Der er ikke indikation for …«" under "Fra Psykiatrisk Klinik:": the quote is the clinic's.
      const quoted = list ? quoteFirst(item) : null;
      const skip = (heading || bare) && !quoted && (ownLead.test(item) || mentionOnly.test(item.trim()) || negatedLead.test(item));
      const inner = start + bulletAt;
      const span = quoted ? trimSpan(text, inner + quoted.start, inner + quoted.end) : trimStatement(text, trimSpan(text, inner, end));
      if (!skip && span.end - span.start >= 3) out.push({ ...span, style: heading ? 'reported' : 'direct', source: source.text.toLowerCase() });
    }
  });
  return out;
}

/** A table's cells in a row: their spans, without the empty ones a row's outer pipes leave ("| a | b |"). */
function cellsOf(line: string, lineStart: number): Span[] {
  const cells: Span[] = [];
  let at = 0;
  for (const cut of [...line.matchAll(tableCell), null]) {
    const end = cut ? (cut.index ?? 0) : line.length;
    const raw = line.slice(at, end).replace(/^\s*\|?\s*/u, '');
    const from = end - line.slice(at, end).length + (line.slice(at, end).length - raw.length);
    const content = raw.replace(/\s*\|?\s*$/u, '');
    if (content) cells.push({ start: lineStart + from, end: lineStart + from + content.length });
    if (cut) at = end + cut[0].length;
  }
  return cells;
}

/** "A: Du »kan ikke stå …«. Du kan gå ca. 15 minutter.": a cell's sentences, each its quote where it is mostly one, without a label ("A:", "Skånehensyn:"). */
function cellStatements(text: string, cell: Span): Span[] {
  const out: Span[] = [];
  for (const piece of splitSentences(text.slice(cell.start, cell.end))) {
    let start = cell.start + piece.start;
    const sentence = piece.text;
    const label = /^\s*(?:\p{Lu}|\p{Lu}\p{Ll}{1,20})\s*:\s*/u.exec(sentence)?.[0].length ?? 0;
    start += label;
    const rest = sentence.slice(label);
    const quoted = quoteFirst(rest);
    const span = quoted ? trimSpan(text, start + quoted.start, start + quoted.end) : trimSpan(text, start, start + rest.length);
    if (/\p{L}{3}/u.test(text.slice(span.start, span.end))) out.push(span);
  }
  return out;
}

/**
 * A table of what the sources say. Either each row names its source ("Kilde | Dato | Vurdering"):
 * a row whose first cell names a medical source gives its last cell, the statement; a row about
 * anyone else gives nothing. Or its header names the source of a column ("Lægens oplysninger |
 * Jobcentrets vurdering"): that column, row by row, holds the statement, sentence by sentence.
 */
export function findTableQuotes(text: string): Reported[] {
  const out: Reported[] = [];
  let lineStart = 0;
  let open: (Reported & { lineEnd: number }) | null = null;
  /** The column a header named a medical source over, and how many cells its rows have. */
  let column: { index: number; cells: number; source: string } | null = null;
  // A row broken after a cell separator ("… Viborg |⏎03.03.2026 | …") is one row; a markdown row ("| … |⏎| … |") ends at its line.
  for (const line of text.split(/(?<!\|[ \t]*)\n|(?<=\|[ \t]*)\n(?=[ \t]*\|)/u)) {
    const cuts = [...line.matchAll(tableCell)];
    const last = cuts.at(-1);
    const lineEnd = lineStart + line.length;
    const cells = cuts.length >= 1 ? cellsOf(line, lineStart) : [];
    if (/^[\s|:+-]*-{3}[\s|:+-]*$/u.test(line)) {
      // "|---|---|": a markdown table's rule under its header.
    } else if (cells.length >= 2 && !column && isHeader(text, cells)) {
      const heads = cells.map((c) => text.slice(c.start, c.end));
      const index = heads.findIndex((h) => tableHeader.test(h));
      const source = index >= 0 && heads.filter((h) => tableHeader.test(h)).length === 1 ? firstSource(heads[index] as string) : null;
      column = source?.medical ? { index, cells: cells.length, source: source.text.toLowerCase() } : null;
      open = null;
    } else if (column && cells.length === column.cells) {
      const cell = cells[column.index] as Span;
      for (const span of cellStatements(text, cell)) out.push({ ...span, style: 'direct', source: column.source });
      open = null;
    } else if (cuts.length >= 2 && last) {
      column = null;
      const source = firstSource(line.slice(0, cuts[0]?.index));
      const from = lineStart + (last.index ?? 0) + last[0].length;
      open = source?.medical ? { ...trimSpan(text, from, lineEnd), style: 'direct', source: source.text.toLowerCase(), lineEnd } : null;
      if (open) out.push(open);
    } else if (open && line.trim()) {
      // A cell wrapped onto the next line, with no cells of its own: the statement goes on.
      open.end = trimSpan(text, open.start, lineEnd).end;
    } else {
      open = null;
      column = null;
    }
    lineStart = lineEnd + 1;
  }
  return out.filter((r) => /\p{L}{3}/u.test(text.slice(r.start, r.end))).map(({ start, end, style, source }) => ({ start, end, style, source }));
}

/** A table's header row: short cells of a few words, none of them a quote or a sentence. */
function isHeader(text: string, cells: Span[]): boolean {
  return cells.every((c) => {
    const cell = text.slice(c.start, c.end);
    return (cell.match(/[\p{L}\d]+/gu)?.length ?? 0) <= 4 && !/[„“”"»«.!?:]/u.test(cell);
  });
}
