import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQualifiers } from '../../lib/citat/qualifiers';
import { checkQuote } from '../citat/checkHelpers';

/**
 * Citat-tjek properties (fast-check): a quote cut word for word from a statement is found
 * exact, and flagged only for what the cut leaves out by it; the form of a quote (case,
 * spaces, the person's voice) changes nothing.
 */

/** Clauses with no word that changes another's meaning (the test checks they have none), and no word that starts a clause (og, men). */
const PLAIN = [
  'Patienten har smerter i lænden',
  'hun har gennemført et forløb med fysioterapi',
  'hun passer selv sin bolig uden hjælp',
  'Han går til kontrol hos egen læge',
  'hun tager smertestillende medicin om morgenen',
  'han har arbejdet som tømrer i mange år',
  'røntgen af knæet viser slidforandringer',
  'hun er positiv over for en afklaring',
  'han cykler til træning på sygehuset',
  'blodprøverne er normale',
  'hun sover uroligt om natten',
  'han har to voksne børn',
];
/** Words that change what the words by them say. */
const QUALIFIERS = ['ikke', 'kun', 'højst', 'i kortere perioder', 'muligvis', '2 timer om dagen', 'under forudsætning af behandling', 'aldrig'];

const words = (s: string) => s.split(' ');
const statementOf = (clauses: string[], joins: string[]) =>
  clauses.map((c, i) => (i === 0 ? c.charAt(0).toUpperCase() + c.slice(1) : `${joins[i - 1] === '. ' ? c.charAt(0).toUpperCase() + c.slice(1) : c}`)).reduce((s, c, i) => (i === 0 ? c : s + joins[i - 1] + c), '') + '.';
const occurrences = (text: string, part: string) => text.toLowerCase().split(part.toLowerCase()).length - 1;

/** A statement of plain clauses, and a run of at least three words of one of them. */
const plainCut = fc
  .record({
    order: fc.shuffledSubarray(PLAIN.map((_, i) => i), { minLength: 2, maxLength: 6 }),
    joins: fc.array(fc.constantFrom(', og ', '. ', '. ', '; '), { minLength: 6, maxLength: 6 }),
    pick: fc.nat(),
    from: fc.nat(),
    length: fc.integer({ min: 3, max: 8 }),
  })
  .map(({ order, joins, pick, from, length }) => {
    const clauses = order.map((i) => PLAIN[i]!);
    const statement = statementOf(clauses, joins);
    const clause = words(clauses[pick % clauses.length]!);
    const n = Math.min(length, clause.length);
    const start = from % (clause.length - n + 1);
    return { statement, quote: clause.slice(start, start + n).join(' ') };
  });

describe('Citat-tjek properties', () => {
  it('has plain clauses with no qualifier in them', () => {
    for (const c of PLAIN) expect(findQualifiers(c), c).toEqual([]);
  });

  it('finds a quote cut word for word exact, and flags nothing on it when the cut leaves out no qualifier', () => {
    fc.assert(
      fc.property(plainCut, ({ statement, quote }) => {
        // The statement's first word is written with a capital: the cut may start with it.
        const at = statement.toLowerCase().indexOf(quote.toLowerCase());
        fc.pre(at >= 0 && occurrences(statement, quote) === 1);
        const q = checkQuote(statement.slice(at, at + quote.length), statement).quotes[0]!;
        expect(q.match?.how).toBe('exact');
        expect(q.match?.similarity).toBe(1);
        expect(q.match?.text.toLowerCase()).toBe(quote.toLowerCase());
        expect(q.flags).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('flags as left out a qualifier in the same clause right by a quote cut word for word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAIN),
        fc.constantFrom(...QUALIFIERS),
        fc.nat(),
        fc.boolean(),
        (clause, qualifier, at, before) => {
          const ws = words(clause);
          fc.pre(ws.length >= 4);
          // The qualifier stands between two words; the quote ends right before it or starts right after it.
          const cut = 2 + (at % (ws.length - 3));
          const sentence = [...ws.slice(0, cut), qualifier, ...ws.slice(cut)].join(' ');
          const statement = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. Hun kommer til samtale hos lægen hver måned.`;
          const quote = (before ? ws.slice(0, cut) : ws.slice(cut)).join(' ');
          fc.pre(words(quote).length >= 2 && occurrences(statement, quote) === 1);
          const start = statement.toLowerCase().indexOf(quote.toLowerCase());
          const q = checkQuote(statement.slice(start, start + quote.length), statement).quotes[0]!;
          expect(q.match?.how).toBe('exact');
          expect(q.flags.map((f) => f.kind)).toEqual(['left-out']);
          expect(q.flags[0]!.words.join(' ')).toContain(qualifier);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds the same place whatever the quote’s case and spaces', () => {
    fc.assert(
      fc.property(plainCut, fc.boolean(), ({ statement, quote }, upper) => {
        fc.pre(occurrences(statement, quote) === 1);
        const plain = checkQuote(quote, statement).quotes[0]!;
        const odd = checkQuote((upper ? quote.toUpperCase() : quote).replace(/ /g, '  \n'), statement).quotes[0]!;
        expect(odd.match).toEqual(plain.match);
        expect(odd.flags).toEqual(plain.flags);
      }),
      { numRuns: 80 },
    );
  });

  it('reads a quote in the reader’s voice (du for patienten, hun, han) as the statement’s words', () => {
    const personal = PLAIN.filter((c) => /^(?:hun|han|patienten)\s/i.test(c));
    fc.assert(
      fc.property(fc.constantFrom(...personal), fc.constantFrom(...PLAIN), (clause, other) => {
        fc.pre(clause !== other);
        const statement = statementOf([other, clause], ['. ']);
        const quote = clause.replace(/^(?:hun|han|patienten)\s/i, 'du ').replace(/\b(?:sin|sit)\b/g, 'din');
        const q = checkQuote(quote, statement, { style: 'reported' }).quotes[0]!;
        expect(q.match?.how).not.toBeUndefined();
        expect(q.match!.how).not.toBe('exact');
        expect(q.flags).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
