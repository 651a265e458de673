import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compileRegex, withExplicitClasses } from '../../lib/text/compileRegex';

/*
 * compileRegex writes the letter and digit classes of a case-insensitive pattern as explicit Latin
 * ranges and drops the `u` flag where it can, so that V8 compiles it faster. On a Danish letter
 * every pattern the engine compiles must match exactly as `new RegExp(source, flags)` would: the
 * test records each pattern the engine builds and compares both on the test letters, on the same
 * letters in capitals, and on random Latin text.
 */

const recorded = vi.hoisted(() => [] as Array<{ source: string; flags: string }>);
vi.mock('../../lib/text/compileRegex', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lib/text/compileRegex')>();
  return {
    ...original,
    compileRegex: (source: string, flags = '') => {
      recorded.push({ source, flags });
      return original.compileRegex(source, flags);
    },
  };
});

const lettersDir = join(import.meta.dirname, '..', 'letters');
const letters = readdirSync(lettersDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(lettersDir, f), 'utf8'));

const matches = (re: RegExp, text: string) => {
  const global = re.flags.includes('g') ? re : new RegExp(re.source, `${re.flags}g`);
  return [...text.matchAll(global)].map((m) => [m.index, ...m]);
};

describe('withExplicitClasses', () => {
  it('writes \\p{L} as ranges alone and inside a class, and leaves an escaped backslash, \\P{L} and other properties', () => {
    expect(withExplicitClasses('\\p{L}+')).toMatch(/^\[A-Za-z.*\]\+$/u);
    expect(withExplicitClasses('(?<![\\p{L}\\d])')).toMatch(/^\(\?<!\[A-Za-z.*\\d\]\)$/u);
    expect(withExplicitClasses('\\\\p{L}')).toBe('\\\\p{L}');
    expect(withExplicitClasses('\\P{L}\\p{Sc}')).toBe('\\P{L}\\p{Sc}');
  });

  it('keeps `u` where the pattern still needs it, drops it where not, keeps \\p{Lu} where case counts, and leaves a pattern without `u` alone', () => {
    expect(compileRegex('\\p{L}+frist', 'giu').flags).toBe('gi');
    expect(compileRegex('\\P{L}frist', 'iu').flags).toBe('iu');
    expect(compileRegex('\\p{L}+', 'u').flags).toBe('');
    expect(compileRegex('\\p{Lu}\\p{L}+', 'u').source).toMatch(/^\\p\{Lu\}\[A-Za-z/u);
    expect(compileRegex('\\p{L}+', 'g').source).toBe('\\p{L}+');
    expect(compileRegex('😀', 'iu').flags).toBe('iu');
  });
});

describe('compileRegex matches as new RegExp on Latin text', async () => {
  const { analyzeLetter } = await import('../../lib/analyzeLetter');
  const { fromPlainText } = await import('../../lib/text/fromPlainText');
  const { findTerms } = await import('../../lib/glossary/findTerms');
  const { findCaseFacts } = await import('../../lib/klage/caseFacts');
  const { compileSpeechRules } = await import('../../lib/speech/earText');
  const { rules } = await import('../../lib/rules');
  compileSpeechRules(rules.speech);
  for (const text of letters.slice(0, 8)) {
    analyzeLetter(fromPlainText(text), { file: 'letter.txt', received: '2026-06-01' });
    findTerms(text);
    findCaseFacts(text);
  }
  const unicode = [...new Map(recorded.filter((r) => r.flags.includes('u')).map((r) => [`${r.flags}/${r.source}`, r])).values()];
  const caseless = unicode.filter((r) => r.flags.includes('i'));

  it('records the engine’s patterns', () => {
    expect(caseless.length).toBeGreaterThan(150);
    expect(unicode.length - caseless.length).toBeGreaterThan(20);
    expect(caseless.filter((r) => compileRegex(r.source, r.flags).flags.includes('u')).length).toBeLessThan(caseless.length / 4);
  });

  it('finds the same matches in the test letters, and in them in capitals', () => {
    const texts = [...letters, ...letters.slice(0, 10).map((t) => t.toLocaleUpperCase('da'))];
    const differing = unicode.filter(({ source, flags }) => {
      const plain = new RegExp(source, flags);
      const compiled = compileRegex(source, flags);
      return texts.some((t) => JSON.stringify(matches(plain, t)) !== JSON.stringify(matches(compiled, t)));
    });
    expect(differing.map((r) => r.source.slice(0, 80))).toEqual([]);
  });

  it('finds the same matches in random Latin text', () => {
    const alphabet = [...'abcdefghijklmnopqrstuvwxyzæøåéüößłşğčřžőŁŞČŽABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÉÜÖ0123456789½²§.,;:-–"„“”»«\'()/ \n'];
    const words = ['frist', 'klage', 'uger', 'senest', 'stk.', 'nr.', 'lægen', 'skriver', 'ifølge', 'kontanthjælp', 'sanktion', '§ 13'];
    const piece = fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...words));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        for (const { source, flags } of unicode) {
          expect(matches(compileRegex(source, flags), text)).toEqual(matches(new RegExp(source, flags), text));
        }
      }),
      { numRuns: 60 },
    );
  });
});
