// Checks the citat-tjek test pairs against the annotation guide (tests/citat/GUIDE.md).
// Usage: node tests/citat/pairs/check.mjs   (exit code 1 on any error)
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const KINDS = new Set(['lægeattest', 'lægeerklæring', 'speciallægeerklæring', 'statusattest', 'journaludskrift', 'psykolograpport']);
const FLAG_KINDS = ['left-out', 'changed', 'not-found'];
const TOPICS = new Set(['arbejdsevne', 'begraensninger', 'prognose']);
const SCAN_MAX_CHARS = 2500;

// Left-out words must stand next to the quoted words: in the same or an adjacent sentence.
// The quote may be retold, so "next to" is approximated by a shared word of 5+ letters.
const sentencesOf = (text) => text.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter(Boolean);
const wordsOf = (text) => new Set(lc(text).match(/[a-zæøåé0-9-]{5,}/g) ?? []);
function nearQuote(statement, w, quote) {
  const sents = sentencesOf(statement);
  const qWords = wordsOf(quote);
  if (qWords.size === 0) qWords.add(lc(quote));
  for (let i = 0; i < sents.length; i++) {
    if (!sents[i].includes(w)) continue;
    const around = [sents[i - 1], sents[i], sents[i + 1]].filter(Boolean).join(' ');
    const aWords = wordsOf(around);
    for (const q of qWords) if (aWords.has(q) || lc(around).includes(q)) return true;
  }
  return false;
}

const errors = [];
const warnings = [];
const err = (pair, msg) => errors.push(`${pair}: ${msg}`);
const warn = (pair, msg) => warnings.push(`${pair}: ${msg}`);
const lc = (s) => s.toLocaleLowerCase('da');
const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};

const pairs = readdirSync(root)
  .filter((d) => /^\d\d-[a-z0-9-]+$/.test(d) && statSync(join(root, d)).isDirectory())
  .sort();

const totals = { quotes: 0, faithful: 0, faithfulVerbatim: 0, 'left-out': 0, changed: 0, 'not-found': 0, unmentioned: 0 };
const topicTotals = { arbejdsevne: 0, begraensninger: 0, prognose: 0 };
const rows = [];
let scanCount = 0;

for (const pair of pairs) {
  const dir = join(root, pair);
  const files = ['decision.txt', 'statement.txt', 'expected.json'];
  const missing = files.filter((f) => !existsSync(join(dir, f)));
  if (missing.length) { err(pair, `missing ${missing.join(', ')}`); continue; }
  const decision = readFileSync(join(dir, 'decision.txt'), 'utf8');
  const statement = readFileSync(join(dir, 'statement.txt'), 'utf8');
  for (const [name, text] of [['decision.txt', decision], ['statement.txt', statement]]) {
    if (text !== text.normalize('NFC')) err(pair, `${name} is not NFC-normalised`);
    if (text.includes('\r')) err(pair, `${name} has CR line endings`);
  }
  let exp;
  try { exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')); }
  catch (e) { err(pair, `expected.json does not parse: ${e.message}`); continue; }

  const allowedKeys = new Set(['statementKind', 'scan', 'quotes', 'unmentioned', 'notes']);
  for (const k of Object.keys(exp)) if (!allowedKeys.has(k)) err(pair, `unknown key "${k}"`);
  if (!KINDS.has(exp.statementKind)) err(pair, `statementKind "${exp.statementKind}" not one of ${[...KINDS].join(', ')}`);
  if (typeof exp.scan !== 'boolean') err(pair, 'scan must be true or false');
  if (exp.scan) {
    scanCount++;
    if (statement.length > SCAN_MAX_CHARS) err(pair, `scan: true but statement is ${statement.length} chars (> ${SCAN_MAX_CHARS})`);
  }
  if (typeof exp.notes !== 'string' || !exp.notes.trim()) err(pair, 'notes missing');
  if (!Array.isArray(exp.quotes) || exp.quotes.length === 0) err(pair, 'quotes must be a non-empty array');
  if (!Array.isArray(exp.unmentioned)) err(pair, 'unmentioned must be an array');

  const local = { quotes: 0, faithful: 0, 'left-out': 0, changed: 0, 'not-found': 0, unmentioned: 0 };
  const leftOutWords = [];
  const seenQuotes = new Set();
  for (const q of exp.quotes ?? []) {
    totals.quotes++; local.quotes++;
    const quote = q.quote;
    if (typeof quote !== 'string' || !quote.trim()) { err(pair, 'empty quote'); continue; }
    if (seenQuotes.has(quote)) err(pair, `duplicate quote entry "${quote}"`);
    seenQuotes.add(quote);
    if (quote !== quote.trim()) err(pair, `quote has leading/trailing space: "${quote}"`);
    if (/[»«"“”]/.test(quote)) err(pair, `quote contains quotation marks: "${quote}"`);
    const n = count(decision, quote);
    if (n === 0) err(pair, `quote not verbatim in decision.txt: "${quote}"`);
    else if (n > 1) warn(pair, `quote occurs ${n} times in decision.txt: "${quote}"`);
    if (!Array.isArray(q.flags)) { err(pair, `flags missing for "${quote}"`); continue; }
    const inStatement = lc(statement).includes(lc(quote));
    if (q.flags.length === 0) {
      totals.faithful++; local.faithful++;
      if (inStatement) totals.faithfulVerbatim++;
    }
    const kindsHere = new Set();
    for (const f of q.flags) {
      if (!FLAG_KINDS.includes(f.kind)) { err(pair, `unknown flag kind "${f.kind}" on "${quote}"`); continue; }
      if (kindsHere.has(f.kind)) warn(pair, `two "${f.kind}" flags on "${quote}" (put all words in one flag)`);
      kindsHere.add(f.kind);
      totals[f.kind]++; local[f.kind]++;
      if (!Array.isArray(f.words)) { err(pair, `flag ${f.kind} on "${quote}" has no words array`); continue; }
      if (f.kind === 'not-found') {
        if (f.words.length) err(pair, `not-found flag on "${quote}" must have words: []`);
        if (q.flags.length > 1) err(pair, `not-found cannot be combined with other flags ("${quote}")`);
        if (inStatement) err(pair, `not-found quote occurs verbatim in statement: "${quote}"`);
      }
      if (f.kind === 'changed') {
        if (!f.words.length) err(pair, `changed flag on "${quote}" needs words`);
        for (const w of f.words) if (!quote.includes(w)) err(pair, `changed word "${w}" is not in quote "${quote}"`);
        if (inStatement) err(pair, `changed quote occurs verbatim in statement: "${quote}"`);
      }
      if (f.kind === 'left-out') {
        if (!f.words.length) err(pair, `left-out flag on "${quote}" needs words`);
        for (const w of f.words) {
          leftOutWords.push(w);
          const m = count(statement, w);
          if (m === 0) err(pair, `left-out words not verbatim in statement.txt: "${w}"`);
          else if (!nearQuote(statement, w, quote)) warn(pair, `left-out words "${w}" are not in a sentence (or the next/previous one) sharing a word with "${quote}"`);
          if (lc(quote).includes(lc(w)) && w.length > 4) err(pair, `left-out words "${w}" are inside the quote "${quote}"`);
          if (w.length > 8 && lc(decision).includes(lc(w))) warn(pair, `left-out words "${w}" appear elsewhere in decision.txt`);
        }
      }
    }
  }

  for (const u of exp.unmentioned ?? []) {
    totals.unmentioned++; local.unmentioned++;
    if (!TOPICS.has(u.topic)) err(pair, `unmentioned topic "${u.topic}" not one of ${[...TOPICS].join(', ')}`);
    else topicTotals[u.topic]++;
    const t = u.text;
    if (typeof t !== 'string' || !t.trim()) { err(pair, 'empty unmentioned text'); continue; }
    const m = count(statement, t);
    if (m === 0) err(pair, `unmentioned text not verbatim in statement.txt: "${t}"`);
    if (m > 1) warn(pair, `unmentioned text occurs ${m} times in statement: "${t}"`);
    if (!/[.!?]$/.test(t)) warn(pair, `unmentioned text does not end a sentence: "${t}"`);
    if (!/^[A-ZÆØÅ0-9]/.test(t)) warn(pair, `unmentioned text does not start a sentence: "${t}"`);
    if (lc(decision).includes(lc(t))) err(pair, `unmentioned text is in decision.txt: "${t}"`);
    for (const q of exp.quotes ?? []) {
      if (typeof q.quote === 'string' && lc(t).includes(lc(q.quote)) && q.quote.length > 15) {
        err(pair, `unmentioned sentence contains the quote "${q.quote}" (quoted sentences are not unmentioned)`);
      }
    }
    for (const w of leftOutWords) if (w.length > 8 && t.includes(w)) warn(pair, `unmentioned sentence contains left-out words "${w}"`);
  }
  rows.push({ pair, kind: exp.statementKind, scan: exp.scan, chars: statement.length, ...local });
}

if (scanCount !== 4) err('(set)', `scan: true on ${scanCount} pairs, must be exactly 4`);

const pad = (s, n) => String(s).padEnd(n);
console.log(pad('pair', 58) + pad('kind', 22) + pad('scan', 6) + pad('chars', 7) + 'q  ok lo ch nf um');
for (const r of rows) {
  console.log(pad(r.pair, 58) + pad(r.kind, 22) + pad(r.scan ? 'yes' : '', 6) + pad(r.chars, 7) +
    [r.quotes, r.faithful, r['left-out'], r.changed, r['not-found'], r.unmentioned].map((x) => String(x).padEnd(3)).join(''));
}
console.log(`\npairs: ${rows.length}, quotes: ${totals.quotes}, faithful (flags: []): ${totals.faithful} (${totals.faithfulVerbatim} verbatim in statement, ${totals.faithful - totals.faithfulVerbatim} retold)`);
console.log(`flags: left-out ${totals['left-out']}, changed ${totals.changed}, not-found ${totals['not-found']}`);
console.log(`unmentioned: ${totals.unmentioned} (arbejdsevne ${topicTotals.arbejdsevne}, begraensninger ${topicTotals.begraensninger}, prognose ${topicTotals.prognose}), scan pairs: ${scanCount}`);

const minimums = { faithful: 12, 'left-out': 8, changed: 5, 'not-found': 4, unmentioned: 10 };
for (const [k, min] of Object.entries(minimums)) if (totals[k] < min) err('(set)', `${k}: ${totals[k]} < required ${min}`);

for (const w of warnings) console.log(`WARN  ${w}`);
for (const e of errors) console.log(`ERROR ${e}`);
console.log(errors.length ? `\n${errors.length} error(s)` : '\nOK');
process.exit(errors.length ? 1 : 0);
