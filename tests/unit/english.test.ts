import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../lib/analyzeLetter';
import { buildKlageDraft } from '../../lib/klage/buildDraft';
import { fromPlainText } from '../../lib/text/fromPlainText';
import { DEFAULT_LANGUAGE, LANGUAGES, setLanguage, type Language } from '../../lib/i18n/language';
import { messageFiles, t } from '../../lib/i18n/t';
import { RULES_JSON, type RulesFile } from '../../lib/rules';
import { applyOverlay } from '../../lib/rules/overlay';
import { ENGLISH, rulesIn } from '../../lib/rules/prose';
import { at, PROSE, sourceTexts, UI_FILES } from '../plainDanishTexts';

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

  it('hold every UI text: none is left written in the code', () => {
    const left = UI_FILES().flatMap(sourceTexts).map((x) => `${x.file} ${x.field}: ${x.text}`);
    expect(left).toEqual([]);
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
  // The klage's own sentences stay Danish; how and where to send it is read in the checklist.
  TRANSLATED['klage.json'] = ['route.ways.*.says', 'route.defaultWays.*', 'route.address', 'route.or'];
  // The sender's short name fills {who} and {sender}: "kommunen", "the kommune".
  // The kind of sanction fills {type} in its explanation.
  TRANSLATED['sanctions.json'] = ['types.*.label'];
  // A source label that is a sentence to the reader, not the name of an act.
  TRANSLATED['explanations.json'] = [...(PROSE['explanations.json'] ?? []), 'deadline.sourceOther.label'];
  TRANSLATED['senders.json'] = [...(PROSE['senders.json'] ?? []), 'senders.*.short', 'unknownShort'];

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
          // A text that is only a {placeholder} ("{advice}") has no words of its own to translate.
          const ownWords = value.replace(/\{\w+\}/g, '').trim() !== '';
          if (typeof translated !== 'string' || (translated === value && ownWords)) missing.push(`rules/${file} ${field}`);
          else expect(placeholders(translated), `${file} ${field}`).toEqual(placeholders(value));
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('translates nothing but those texts: no pattern, name or number differs between the languages', () => {
    const patterns = Object.fromEntries(Object.entries(TRANSLATED).map(([file, paths]) => [file, paths.map((p) => new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '[^.]+')}$`))]));
    const differences = (a: unknown, b: unknown, path: string): string[] => {
      if (a === b) return [];
      if (a && b && typeof a === 'object' && typeof b === 'object') {
        return Object.keys(a).flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
      }
      return [path];
    };
    const outside: string[] = [];
    for (const [file, overlay] of Object.entries(ENGLISH)) {
      const danish = RULES_JSON[file as RulesFile];
      for (const path of differences(danish, applyOverlay(danish, overlay, file), '')) {
        if (!(patterns[file] ?? []).some((re) => re.test(path))) outside.push(`rules/en/${file} ${path}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('speaks Danish by default and knows two languages', () => {
    expect(DEFAULT_LANGUAGE).toBe('da');
    expect(LANGUAGES).toEqual(['da', 'en']);
  });
});

describe('the analysis in English', () => {
  const LETTERS = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'letters');
  const files = readdirSync(LETTERS).filter((f) => f.endsWith('.txt'));
  const analyze = (file: string, language: Language) => {
    setLanguage(language);
    try {
      return analyzeLetter(fromPlainText(readFileSync(join(LETTERS, file), 'utf8')), { file, received: null });
    } finally {
      setLanguage(DEFAULT_LANGUAGE);
    }
  };

  it.each(files)('%s: finds the same things, the same klagefrist and the same checklist points, said in English', (file) => {
    const da = analyze(file, 'da');
    const en = analyze(file, 'en');
    const facts = (r: typeof da) => r.findings.map((f) => [f.kind, f.start, f.end, f.ruleId]);
    expect(facts(en)).toEqual(facts(da));
    expect(en.appeal.deadline).toBe(da.appeal.deadline);
    expect(en.appeal.sendBy).toBe(da.appeal.sendBy);
    expect(en.letter.type).toBe(da.letter.type);
    expect(en.checklist.map((c) => c.id)).toEqual(da.checklist.map((c) => c.id));
    // The words differ: every explanation and checklist point is said anew.
    en.findings.forEach((f, i) => expect(f.explanation.why, `finding ${i}`).not.toBe(da.findings[i]?.explanation.why));
    en.checklist.forEach((c, i) => expect(c.title, c.id).not.toBe(da.checklist[i]?.title));
    // No Danish date in the English words.
    // (The letter's own words and the names of consolidated acts, "LBK nr. 1004 af 30. juni 2025", are quoted as they stand.)
    const own = (w: string, quoted: string) => w.split(quoted).join('').replace(/(?:LBK|lovbekendtgørelse) nr\. \d+ af \d{1,2}\. \p{L}+ \d{4}/gu, '');
    const words = [
      ...en.findings.flatMap((f) => [f.explanation.what, f.explanation.why, f.explanation.todo].map((w) => own(w, f.text))),
      ...en.checklist.flatMap((c) => [c.title, c.text]),
      ...en.appeal.steps,
      ...en.appeal.warnings,
    ];
    // The klage stays Danish, word for word, whatever language Brevtjek speaks: every point ticked, every request made.
    const draft = (report: typeof da) =>
      buildKlageDraft({
        report,
        letterText: report.file,
        checklist: {
          v: 1,
          letterId: 'x',
          points: Object.fromEntries(report.checklist.map((c) => [c.id, { done: true, comment: 'Min kommentar.' }])),
          own: [],
          updated: '2026-01-01T00:00:00.000Z',
        },
        notes: [],
        requests: ['aktindsigt', 'genvurdering', 'opsaettende-virkning', 'bisidder'],
        today: '2026-01-05',
      });
    setLanguage('en');
    try {
      expect(draft(en)).toBe(draft(da));
    } finally {
      setLanguage(DEFAULT_LANGUAGE);
    }
    expect(words.filter((w) => /\b\d{1,2}\. (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/.test(w))).toEqual([]);
  });
});
