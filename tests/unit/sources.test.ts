import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/rules';
import type { LegalSource } from '../../lib/rules/schemas';
import benefitsJson from '../../rules/benefits.json';
import checklistJson from '../../rules/checklist.json';
import explanationsJson from '../../rules/explanations.json';
import letterTypesJson from '../../rules/letter-types.json';
import sendersJson from '../../rules/senders.json';

// Issue 6, item 8: every provision that an explanation, a checklist point or a frist cites
// must be one rules/provisions.json knows (with its plain-Danish note and how well it is
// checked), so no text in rules/ can cite a § nobody has looked at.

/** Every object of the shape { law, paragraph, label } anywhere in a rules file. */
function sourcesIn(value: unknown, path: string, out: Array<{ path: string; source: LegalSource }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => sourcesIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('law' in o && 'paragraph' in o && 'label' in o) out.push({ path, source: o as unknown as LegalSource });
    else for (const [k, v] of Object.entries(o)) sourcesIn(v, `${path}.${k}`, out);
  }
  return out;
}

const files = { 'benefits.json': benefitsJson, 'checklist.json': checklistJson, 'explanations.json': explanationsJson, 'letter-types.json': letterTypesJson, 'senders.json': sendersJson };
const known = new Set(rules.provisions.map((p) => `${p.law} § ${p.paragraph}`));

describe('legal sources in rules/', () => {
  for (const [file, json] of Object.entries(files)) {
    it(`${file}: every cited provision is known to rules/provisions.json`, () => {
      const cited = sourcesIn(json, file).filter(({ source }) => source.law && source.paragraph);
      expect(cited.length).toBeGreaterThan(0);
      const unknown = cited.filter(({ source }) => !known.has(`${source.law} § ${source.paragraph}`)).map(({ path, source }) => `${path}: ${source.law} § ${source.paragraph}`);
      expect(unknown).toEqual([]);
    });
  }

  it('sanction kinds cite known provisions', () => {
    const unknown = rules.sanctions.types.filter((t) => t.paragraph && !known.has(`${t.law} § ${t.paragraph}`)).map((t) => t.id);
    expect(unknown).toEqual([]);
  });

  it('a label names the paragraph it cites', () => {
    for (const [file, json] of Object.entries(files)) {
      for (const { path, source } of sourcesIn(json, file)) {
        if (!source.paragraph) continue;
        const written = source.paragraph.replace(/^(\d+)([a-z])$/, '$1 $2');
        expect(source.label, `${path}`).toContain(written);
      }
    }
  });

  it('every act links to its own text, not a front page', () => {
    for (const act of rules.acts) {
      expect(act.url, act.id).not.toMatch(/^https:\/\/www\.retsinformation\.dk\/?$/);
      for (const v of act.versions) expect(v.url, `${act.id} ${v.ref}`).toMatch(/^https:\/\/[^/]+\/.+/);
    }
  });

  it("each act's versions follow each other without overlap", () => {
    for (const act of rules.acts) {
      act.versions.forEach((v, i) => {
        const next = act.versions[i + 1];
        if (next) expect(v.to !== null && v.to < next.from, `${act.id}: ${v.ref} then ${next.ref}`).toBe(true);
      });
    }
  });
});
