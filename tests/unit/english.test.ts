import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, Language, setLanguage } from '../../lib/i18n/language';
import { messageFiles, t } from '../../lib/i18n/t';
import { RULES_JSON, type RulesFile } from '../../lib/rules';
import { applyOverlay } from '../../lib/rules/overlay';
import { ENGLISH, rulesIn } from '../../lib/rules/prose';
import { at, PROSE } from '../plainDanishTexts';

/** Issue 9: English as the second language. Every message and every explanatory rules text in both. */
type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]): [string, string][] => (typeof v === 'string' ? [[prefix + k, v]] : leaves(v, `${prefix}${k}.`)));
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('message files (locales/)', () => {
  const da = new Map(leaves(messageFiles.da));
  const en = new Map(leaves(messageFiles.en));

  it('have the same messages in Danish and English, with the same {values}', () => {
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
    for (const [key, text] of da) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('use keys the browser accepts as message names, and no $ (the browser reads it as a placeholder)', () => {
    for (const [key, text] of [...da, ...en]) {
      expect(key, key).toMatch(/^[A-Za-z0-9_.]+$/);
      expect(text, key).not.toMatch(/\$/);
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('fills values, picks the plural form, and falls back to Danish for a message English lacks', () => {
    expect(t('displaySettings.theme.dark', {}, 'da')).toBe('Mørk');
    expect(t('displaySettings.theme.dark', {}, 'en')).toBe('Dark');
    setLanguage('en');
    try {
      expect(t('displaySettings.theme.dark')).toBe('Dark');
    } finally {
      setLanguage(DEFAULT_LANGUAGE);
    }
    expect(t('displaySettings.theme.dark')).toBe('Mørk');
    // A key no file has is shown as the key, so a missing message is seen, not blank.
    expect(t('no.such.key' as never)).toBe('no.such.key');
  });
});

describe('English rules texts (rules/en/)', () => {
  /** What must be in English: every explanatory field, and each glossary word's meaning. The klage's own sentences stay Danish. */
  const TRANSLATED: Record<string, string[]> = { ...PROSE, 'glossary.json': ['terms.*.meaning'] };
  delete TRANSLATED['klage.json'];

  it('lays a translation over text only, never over a pattern, a number or a missing key', () => {
    const base = { id: 'x', text: 'Dansk', pattern: 'a|b', n: 2, items: [{ id: 'a', why: 'Fordi' }] };
    expect(applyOverlay(base, { text: 'English', items: [{ id: 'a', why: 'Because' }] }, 'test')).toEqual({
      ...base,
      text: 'English',
      items: [{ id: 'a', why: 'Because' }],
    });
    expect(() => applyOverlay(base, { n: 3 }, 'test')).toThrow(/only a text/);
    expect(() => applyOverlay(base, { textt: 'typo' }, 'test')).toThrow(/not in the Danish file/);
    expect(() => applyOverlay(base, { items: [{ id: 'b', why: 'No' }] }, 'test')).toThrow(/no item b/);
  });

  it('builds the English rules with the same schemas, and the same patterns as the Danish', () => {
    const en = rulesIn('en');
    const da = rulesIn('da');
    expect(en.glossary.map((g) => g.forms)).toEqual(da.glossary.map((g) => g.forms));
    expect(en.deadlines).toEqual(da.deadlines);
    expect(en.letterTypes.types.map((x) => x.id)).toEqual(da.letterTypes.types.map((x) => x.id));
  });

  it('has an English text, with the same {values}, for every Danish explanatory text', () => {
    const missing: string[] = [];
    for (const [file, paths] of Object.entries(TRANSLATED)) {
      const danish = RULES_JSON[file as RulesFile] as never;
      const overlay = ENGLISH[file as RulesFile];
      const english = (overlay === undefined ? danish : applyOverlay(danish, overlay, file)) as never;
      for (const path of paths) {
        const enValues = new Map(at(english, path));
        for (const [field, value] of at(danish, path)) {
          if (typeof value !== 'string' || field.split('.').includes('$comment')) continue;
          const translated = enValues.get(field);
          if (typeof translated !== 'string' || translated === value) missing.push(`rules/${file} ${field}`);
          else expect(placeholders(translated), `${file} ${field}`).toEqual(placeholders(value));
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('speaks Danish by default and knows two languages', () => {
    expect(DEFAULT_LANGUAGE).toBe('da');
    expect(Language.options).toEqual(['da', 'en']);
  });
});
