import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorIn, describeAnchor } from '../../lib/notes/anchor';

const LETTER = [
  'Jobcenter Aarhus',
  'Værkmestergade 15, 8000 Aarhus C',
  '',
  'Afgørelse om ressourceforløb',
  '',
  'Kære Hans Jensen',
  '',
  'Vi har den 3. marts 2025 besluttet, at du skal deltage i et ressourceforløb i to år. Du skal møde op til samtale på jobcentret hver fjerde uge.',
  '',
  'Vi vurderer, at du kan arbejde 15 timer om ugen, og at du derfor er i målgruppen for et fleksjob. Vi lægger vægt på lægens udtalelse af 12. februar 2025.',
  '',
  'Hvis du ikke møder op til samtalen, kan vi standse din ydelse. Hvis du ikke møder op til samtalen, skal du ringe til os dagen før.',
  '',
  'Du kan klage over afgørelsen inden 4 uger efter, at du har modtaget den.',
  '',
  'Med venlig hilsen',
  'Jobcenter Aarhus',
].join('\n');

/** The span of `words` in `text`, the `nth` time they occur there. */
function spanOf(text: string, words: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

/** The note a user makes by selecting `words` (the nth time) in `text`. */
function noteOn(text: string, words: string, nth = 0) {
  const { start, end } = spanOf(text, words, nth);
  return describeAnchor(text, start, end);
}

/** `text` with `from` (which must be in it) replaced by `to`. */
function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('describeAnchor', () => {
  it('keeps the words, 32 characters either side and the offsets', () => {
    const a = noteOn(LETTER, 'kan arbejde 15 timer om ugen');
    expect(a.exact).toBe('kan arbejde 15 timer om ugen');
    expect(a.prefix).toBe(LETTER.slice(a.start - 32, a.start));
    expect(a.suffix).toBe(LETTER.slice(a.end, a.end + 32));
    expect(a.prefix.endsWith('Vi vurderer, at du ')).toBe(true);
  });

  it('leaves out whitespace and soft hyphens at the edges of the selection', () => {
    const text = 'Du skal\n \u00a0møde op\u00ad  \nkl. 9.';
    const a = describeAnchor(text, 7, text.indexOf('kl.'));
    expect(a.exact).toBe('møde op');
    expect(text.slice(a.start, a.end)).toBe('møde op');
    expect(a.prefix).toBe('Du skal\n \u00a0');
  });

  it('refuses a selection without words, or outside the text', () => {
    expect(() => describeAnchor('Du skal \n\u00a0 møde op', 7, 11)).toThrow(RangeError);
    expect(() => describeAnchor('kort', 2, 9)).toThrow(RangeError);
    expect(() => describeAnchor('kort', 3, 1)).toThrow(RangeError);
  });
});

describe('anchorIn', () => {
  it('finds the words at their old place in the same text', () => {
    const a = noteOn(LETTER, 'kan arbejde 15 timer om ugen');
    expect(anchorIn(LETTER, a)).toEqual({ start: a.start, end: a.end, how: 'exact' });
  });

  it('follows the words when a paragraph is inserted before them', () => {
    const a = noteOn(LETTER, 'kan arbejde 15 timer om ugen');
    const added = 'Vi har også modtaget din ansøgning om tilskud til transport.\n\n';
    const moved = edit(LETTER, 'Vi vurderer', `${added}Vi vurderer`);
    expect(anchorIn(moved, a)).toEqual({ start: a.start + added.length, end: a.end + added.length, how: 'quote' });
  });

  const quoted = 'kan arbejde 15 timer om ugen, og at du derfor';
  it.each([
    ['a line break', 'kan arbejde 15\ntimer om ugen, og at du derfor'],
    ['CRLF and trailing spaces', 'kan arbejde 15 timer om \r\nugen, og at du derfor'],
    ['a non-breaking space and double spaces', 'kan arbejde 15\u00a0timer  om ugen,  og at du derfor'],
    ['a soft hyphen', 'kan ar\u00adbejde 15 timer om ugen, og at du derfor'],
    ['a word hyphenated at a line end', 'kan ar-\nbejde 15 timer om ugen, og at du derfor'],
  ])('finds the quote in a copy with %s', (_, copy) => {
    const a = noteOn(LETTER, quoted);
    const text = edit(LETTER, quoted, copy);
    expect(anchorIn(text, a)).toEqual({ ...spanOf(text, copy), how: 'quote' });
  });

  it('finds words noted in a hyphenated copy in a clean one', () => {
    const hyphenated = edit(LETTER, 'kan arbejde 15 timer', 'kan ar-\nbejde 15 timer');
    const a = noteOn(hyphenated, 'kan ar-\nbejde 15 timer');
    expect(anchorIn(LETTER, a)).toEqual({ ...spanOf(LETTER, 'kan arbejde 15 timer'), how: 'quote' });
  });

  it('picks the occurrence of a repeated phrase whose context agrees, not the nearest one', () => {
    const phrase = 'Hvis du ikke møder op til samtalen,';
    const a = noteOn(LETTER, phrase, 1);
    const text = `Vi har også modtaget din ansøgning om tilskud til transport.\n\n${LETTER}`;
    const [first, second] = [spanOf(text, phrase, 0), spanOf(text, phrase, 1)];
    // The first occurrence now sits nearer the note's old place: only the context tells them apart.
    expect(Math.abs(first.start - a.start)).toBeLessThan(Math.abs(second.start - a.start));
    expect(anchorIn(text, a)).toEqual({ ...second, how: 'quote' });
  });

  it('does not take the same words at the old offsets when their context is another', () => {
    const phrase = 'Hvis du ikke møder op til samtalen,';
    const [first, second] = [spanOf(LETTER, phrase, 0), spanOf(LETTER, phrase, 1)];
    const a = noteOn(LETTER, phrase, 1);
    // Text as long as the gap between the two moves the first occurrence to the second's old place.
    const gap = second.start - first.start;
    const added = 'Vi har talt med din sagsbehandler om dine muligheder for at komme i arbejde. '.slice(0, gap - 1);
    const text = edit(LETTER, phrase, `${added} ${phrase}`);
    expect(text.slice(a.start, a.end)).toBe(a.exact);
    expect(anchorIn(text, a)).toEqual({ start: a.start + gap, end: a.end + gap, how: 'quote' });
  });

  it('picks the occurrence nearest the old place when the contexts are the same', () => {
    const block = 'Husk at medbringe dit sygesikringskort og billedlegitimation til mødet.\n';
    const letter = `Kære Hans\n\n${block.repeat(4)}\nMed venlig hilsen`;
    const a = noteOn(letter, 'dit sygesikringskort', 2);
    const text = `Side 1\n${letter}`;
    const [second, third] = [spanOf(text, 'dit sygesikringskort', 1), spanOf(text, 'dit sygesikringskort', 2)];
    const around = ({ start, end }: { start: number; end: number }) => text.slice(start - 40, end + 40);
    expect(around(second)).toBe(around(third));
    expect(anchorIn(text, a)).toEqual({ ...third, how: 'quote' });
  });

  it.each([
    ['a page number', '\nSide 2 af 3\n'],
    ['a running header with the page number', '\n\nJobcenter Aarhus · Sagsnr. 2025-1187 · Side 2 af 3\n\n'],
  ])('finds words split by %s at a page break', (_, header) => {
    const words = 'arbejde 15 timer om ugen';
    const a = noteOn(LETTER, words);
    const text = edit(LETTER, 'timer om ugen', `timer${header}om ugen`);
    expect(text).not.toContain(words);
    const found = anchorIn(text, a);
    expect(found).toEqual({ ...spanOf(text, `arbejde 15 timer${header}om ugen`), how: 'fuzzy' });
  });

  it('finds a quote with a few words changed, also far from its old place', () => {
    const quote = 'Vi lægger vægt på lægens udtalelse af 12. februar 2025';
    const a = noteOn(LETTER, quote);
    const changed = 'Vi lægger stor vægt på lægens udtalelse af 14. februar 2025';
    const text = edit(LETTER, quote, changed);
    expect(anchorIn(text, a)).toEqual({ ...spanOf(text, changed), how: 'fuzzy' });
    const added =
      'Vi har den 20. februar 2025 haft en samtale med dig, hvor du fortalte om dit helbred og om dine ' +
      'erfaringer fra dit tidligere arbejde som pædagogmedhjælper. Du fortalte også, at du gerne vil ' +
      'prøve at arbejde igen, hvis arbejdet kan tilrettelægges efter dine skånehensyn.\n\n';
    const moved = edit(text, 'Vi vurderer', `${added}Vi vurderer`);
    expect(anchorIn(moved, a)).toEqual({ ...spanOf(moved, changed), how: 'fuzzy' });
  });

  it('gives up on a near copy of the quote in another context', () => {
    const quote = 'Vi lægger vægt på lægens udtalelse af 12. februar 2025';
    const a = noteOn(LETTER, quote);
    const paragraph = LETTER.slice(LETTER.indexOf('Vi vurderer'), LETTER.indexOf('2025.\n') + 7);
    const elsewhere = `I sagen om sygedagpenge skrev vi: »${quote.replace('2025', '2024')}«. Den gælder ikke længere.\n`;
    expect(anchorIn(edit(LETTER, paragraph, elsewhere), a)).toBeNull();
  });

  it('gives up on a quote that has been rewritten', () => {
    const a = noteOn(LETTER, 'Vi lægger vægt på lægens udtalelse af 12. februar 2025');
    const text = edit(LETTER, 'Vi lægger vægt på lægens udtalelse', 'Vi har især set på speciallægens erklæring');
    expect(anchorIn(text, a)).toBeNull();
  });

  it('gives up on words that are gone, even when they occur elsewhere in another context', () => {
    const paragraph = LETTER.slice(LETTER.indexOf('Vi vurderer'), LETTER.indexOf('2025.\n') + 7);
    const text = edit(LETTER, paragraph, 'Du kan læse mere om fleksjob og ressourceforløb på borger.dk.\n');
    expect(anchorIn(text, noteOn(LETTER, 'kan arbejde 15 timer om ugen'))).toBeNull();
    expect(text).toContain('fleksjob');
    expect(anchorIn(text, noteOn(LETTER, 'fleksjob'))).toBeNull();
  });

  it('gives up in a different letter', () => {
    const other = 'Kære Hans\n\nDu har fået bevilget et fleksjob hos Aarhus Kommune med 15 timer om ugen fra den 1. maj.';
    expect(anchorIn(other, noteOn(LETTER, 'Du skal møde op til samtale på jobcentret hver fjerde uge'))).toBeNull();
  });
});

describe('anchorIn on a long letter', () => {
  // 200,000 characters of words in a fixed, non-repeating order.
  const words = ['du', 'skal', 'møde', 'op', 'til', 'samtale', 'på', 'jobcentret', 'ydelse', 'fleksjob', 'timer', 'ugen'];
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const parts: string[] = [];
  for (let n = 0; n < 200_000; ) n += (parts[parts.length] = `${words[next() % words.length]}${next() % 9 ? ' ' : '.\n'}`).length;
  const letter = parts.join('');

  // How fast this is belongs in a benchmark, not here: the work caps in anchor.ts bound it.
  it('finds a long quote with changes in a long letter, and gives up on a gone one', () => {
    const a = describeAnchor(letter, 100_000, 103_000);
    const changed = letter.slice(100_000, 101_500) + 'Side 2 af 3\n' + letter.slice(101_500, 103_000).replace('e', 'a');
    const text = `Ny indledning.\n\n${letter.slice(0, 100_000)}${changed}${letter.slice(103_000)}`;
    const found = anchorIn(text, a);
    expect(found?.how).toBe('fuzzy');
    expect(text.slice(found!.start, found!.end)).toBe(changed.trim());
    expect(anchorIn(letter.slice(0, 99_000) + letter.slice(104_000), a)).toBeNull();
  });
});

describe('anchorIn, for any text and selection', () => {
  const invisible = /[\s\u00ad]/;
  const trimmed = (text: string, s: number, e: number) => {
    while (s < e && invisible.test(text[s]!)) s++;
    while (e > s && invisible.test(text[e - 1]!)) e--;
    return { start: s, end: e };
  };
  const fold = (x: string) => x.replace(/[\s\u00ad]/g, '');
  const letters = ['a', 'b', 'æ', 'ø', ' ', ' ', '\n', '\u00a0', '\u00ad', ',', '§'];
  const textAndSelection = (units: string[]) =>
    fc
      .string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 300 })
      .chain((text) =>
        fc
          .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
          .map(([x, y]) => ({ text, s: Math.min(x, y), e: Math.max(x, y) })),
      );

  it('gets back the selection (trimmed) from an unchanged text', () => {
    fc.assert(
      fc.property(textAndSelection([...letters, '-']), ({ text, s, e }) => {
        const span = trimmed(text, s, e);
        if (span.start === span.end) {
          expect(() => describeAnchor(text, s, e)).toThrow(RangeError);
          return;
        }
        expect(anchorIn(text, describeAnchor(text, s, e))).toEqual({ ...span, how: 'exact' });
      }),
      { numRuns: 500 },
    );
  });

  it('finds the words again after a paragraph is put in front, at their place when the context is unique', () => {
    const head = '0123 4567\n\n';
    fc.assert(
      fc.property(textAndSelection(letters), ({ text, s, e }) => {
        const span = trimmed(text, s, e);
        fc.pre(span.start < span.end);
        const a = describeAnchor(text, s, e);
        const moved = head + text;
        const found = anchorIn(moved, a);
        expect(found).not.toBeNull();
        expect(fold(moved.slice(found!.start, found!.end))).toBe(fold(a.exact));
        const all = fold(moved);
        const withContext = fold(a.prefix + a.exact + a.suffix);
        if (all.indexOf(withContext) === all.lastIndexOf(withContext)) {
          expect(found).toEqual({ start: span.start + head.length, end: span.end + head.length, how: 'quote' });
        }
      }),
      { numRuns: 500 },
    );
  });
});
