// Verifies a held-out set of citat pairs (written independently of ../pairs): this folder, or the one named.
// Usage: node tests/citat/holdout/check.mjs [tests/citat/holdout2]
// Exit code 1 if any error is found. Warnings are printed but do not fail.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[2] ? resolve(process.argv[2]) : dirname(fileURLToPath(import.meta.url));
const KINDS = new Set(['left-out', 'changed', 'not-found']);
const TOPICS = new Set(['arbejdsevne', 'begraensninger', 'prognose']);

// Lower-case and collapse whitespace, so line breaks inside a text do not matter.
const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const words = (s) => norm(s).replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
const ngrams = (s, n) => {
  const w = words(s);
  const out = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
};

let errors = 0;
let warnings = 0;
const err = (pair, msg) => { errors++; console.log(`  ERROR ${pair}: ${msg}`); };
const warn = (pair, msg) => { warnings++; console.log(`  warn  ${pair}: ${msg}`); };

const totals = { pairs: 0, quotes: 0, faithful: 0, faithfulDirect: 0, 'left-out': 0, changed: 0, 'not-found': 0, unmentioned: 0 };
const topicTotals = { arbejdsevne: 0, begraensninger: 0, prognose: 0 };
const rows = [];

const dirs = readdirSync(root)
  .filter((d) => /^\d\d-/.test(d) && statSync(join(root, d)).isDirectory())
  .sort();

for (const d of dirs) {
  const p = join(root, d);
  for (const f of ['decision.txt', 'statement.txt', 'expected.json']) {
    if (!existsSync(join(p, f))) err(d, `missing ${f}`);
  }
  if (!existsSync(join(p, 'expected.json'))) continue;
  totals.pairs++;

  const decision = readFileSync(join(p, 'decision.txt'), 'utf8');
  const statement = readFileSync(join(p, 'statement.txt'), 'utf8');
  const nDec = norm(decision);
  const nSt = norm(statement);
  let exp;
  try {
    exp = JSON.parse(readFileSync(join(p, 'expected.json'), 'utf8'));
  } catch (e) {
    err(d, `expected.json does not parse: ${e.message}`);
    continue;
  }

  if (exp.scan !== false) err(d, 'scan must be false for held-out pairs');
  if (typeof exp.statementKind !== 'string' || !exp.statementKind) err(d, 'statementKind missing');
  if (typeof exp.notes !== 'string' || !exp.notes) warn(d, 'notes missing');
  if (!Array.isArray(exp.quotes) || exp.quotes.length === 0) err(d, 'quotes must be a non-empty array');
  if (!Array.isArray(exp.unmentioned)) err(d, 'unmentioned must be an array');

  const row = { pair: d, quotes: 0, faithful: 0, 'left-out': 0, changed: 0, 'not-found': 0, unmentioned: 0 };
  const seen = new Set();

  for (const q of exp.quotes ?? []) {
    const text = q.quote;
    if (typeof text !== 'string' || !text.trim()) { err(d, 'empty quote'); continue; }
    row.quotes++;
    if (seen.has(text)) warn(d, `duplicate quote "${text}"`);
    seen.add(text);

    // 1. Every quote must stand verbatim in the decision (exact, then whitespace-normalised).
    if (!decision.includes(text)) {
      if (nDec.includes(norm(text))) warn(d, `quote only found after whitespace/case normalisation: "${text}"`);
      else err(d, `quote not verbatim in decision.txt: "${text}"`);
    }
    // A quote must not carry its own quotation marks.
    if (/^[»«"“”‘’']|[»«"“”‘’']$/.test(text)) err(d, `quote includes quotation marks: "${text}"`);

    const flags = q.flags;
    if (!Array.isArray(flags)) { err(d, `flags missing for "${text}"`); continue; }
    const inStatement = nSt.includes(norm(text));

    if (flags.length === 0) {
      row.faithful++;
      if (inStatement) totals.faithfulDirect++;
      continue;
    }
    for (const f of flags) {
      if (!KINDS.has(f.kind)) { err(d, `unknown flag kind "${f.kind}" on "${text}"`); continue; }
      if (!Array.isArray(f.words)) { err(d, `flag words must be an array on "${text}"`); continue; }
      row[f.kind]++;
      if (f.kind === 'not-found') {
        if (f.words.length) err(d, `not-found must have words [] on "${text}"`);
        if (inStatement) err(d, `not-found quote is verbatim in statement: "${text}"`);
        // Sanity: no 4-word run of a not-found quote should be in the statement.
        const hit = ngrams(text, 4).find((g) => words(statement).join(' ').includes(g));
        if (hit) warn(d, `not-found quote shares "${hit}" with statement`);
      }
      if (f.kind === 'changed') {
        if (!f.words.length) err(d, `changed flag without words on "${text}"`);
        for (const w of f.words) {
          if (!text.includes(w)) err(d, `changed word "${w}" is not inside quote "${text}"`);
        }
        if (inStatement) err(d, `changed quote is verbatim in statement: "${text}"`);
      }
      if (f.kind === 'left-out') {
        if (!f.words.length) err(d, `left-out flag without words on "${text}"`);
        for (const w of f.words) {
          if (!statement.includes(w)) err(d, `left-out words not verbatim in statement.txt: "${w}"`);
          if (norm(text).includes(norm(w))) err(d, `left-out words "${w}" are inside the quote itself`);
        }
      }
    }
  }

  for (const u of exp.unmentioned ?? []) {
    row.unmentioned++;
    if (!TOPICS.has(u.topic)) err(d, `bad topic "${u.topic}"`);
    else topicTotals[u.topic]++;
    if (typeof u.text !== 'string' || !statement.includes(u.text)) {
      err(d, `unmentioned text not verbatim in statement.txt: "${u.text}"`);
      continue;
    }
    // Sanity: an unmentioned sentence must not be quoted/retold — no quote may overlap it
    // and no 4-word run of it may appear in the decision.
    for (const q of exp.quotes ?? []) {
      if (norm(u.text).includes(norm(q.quote)) && (q.flags ?? []).every((f) => f.kind !== 'not-found')) {
        err(d, `unmentioned sentence contains quote "${q.quote}"`);
      }
    }
    const decWords = words(decision).join(' ');
    const hit = ngrams(u.text, 4).find((g) => decWords.includes(g));
    if (hit) warn(d, `unmentioned sentence shares "${hit}" with decision`);
  }

  rows.push(row);
  for (const k of ['quotes', 'faithful', 'left-out', 'changed', 'not-found', 'unmentioned']) totals[k] += row[k];
}

console.log('\npair                                     quotes faithful left-out changed not-found unmentioned');
for (const r of rows) {
  console.log(
    `${r.pair.padEnd(40)} ${String(r.quotes).padStart(6)} ${String(r.faithful).padStart(8)} ${String(r['left-out']).padStart(8)} ${String(r.changed).padStart(7)} ${String(r['not-found']).padStart(9)} ${String(r.unmentioned).padStart(11)}`,
  );
}
console.log(
  `${'TOTAL'.padEnd(40)} ${String(totals.quotes).padStart(6)} ${String(totals.faithful).padStart(8)} ${String(totals['left-out']).padStart(8)} ${String(totals.changed).padStart(7)} ${String(totals['not-found']).padStart(9)} ${String(totals.unmentioned).padStart(11)}`,
);
console.log(`\nfaithful quotes verbatim in statement (direct): ${totals.faithfulDirect}; retold/reworded: ${totals.faithful - totals.faithfulDirect}`);
console.log(`unmentioned by topic: ${JSON.stringify(topicTotals)}`);

const minimums = { faithful: 10, 'left-out': 5, changed: 3, 'not-found': 2, unmentioned: 6 };
for (const [k, min] of Object.entries(minimums)) {
  if (totals[k] < min) { errors++; console.log(`  ERROR totals: ${k} = ${totals[k]} < ${min}`); }
}
console.log(`\n${totals.pairs} pairs, ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
