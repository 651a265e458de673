/**
 * A translation laid over a rules file: the same shape, holding only the texts it translates.
 * Objects are matched key by key, arrays item by item (by `id` where the items have one, else by
 * place). Only a text may be replaced, so a translation can never change what the analysis
 * matches: a pattern, a number or a list of forms in an overlay is an error, and so is a key or
 * id the Danish file does not have (a typo would otherwise leave the Danish text silently).
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown) => (isObject(v) && typeof v.id === 'string' ? v.id : undefined);

export function applyOverlay(base: unknown, overlay: unknown, where: string): unknown {
  if (typeof overlay === 'string') {
    if (typeof base !== 'string') throw new Error(`${where}: only a text can be translated`);
    return overlay;
  }
  if (Array.isArray(overlay)) {
    if (!Array.isArray(base)) throw new Error(`${where}: not a list in the Danish file`);
    const byId = base.some((b) => idOf(b) !== undefined);
    if (!byId) {
      if (overlay.length > base.length) throw new Error(`${where}: more items than the Danish file`);
      return base.map((b: unknown, i) => (i < overlay.length ? applyOverlay(b, overlay[i], `${where}.${i}`) : b));
    }
    const translated = new Map<string, unknown>();
    for (const o of overlay) {
      const id = idOf(o);
      if (id === undefined) throw new Error(`${where}: an item without id`);
      if (!base.some((b) => idOf(b) === id)) throw new Error(`${where}: no item ${id} in the Danish file`);
      translated.set(id, o);
    }
    return base.map((b: unknown) => {
      const o = translated.get(idOf(b) ?? '');
      return o === undefined ? b : applyOverlay(b, o, `${where}.${idOf(b)}`);
    });
  }
  if (isObject(overlay)) {
    if (!isObject(base)) throw new Error(`${where}: not an object in the Danish file`);
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(overlay)) {
      if (key === '$comment') continue;
      if (key === 'id') {
        if (value !== base.id) throw new Error(`${where}: id ${String(value)} is not ${String(base.id)}`);
        continue;
      }
      if (!(key in base)) throw new Error(`${where}.${key}: not in the Danish file`);
      out[key] = applyOverlay(base[key], value, `${where}.${key}`);
    }
    return out;
  }
  throw new Error(`${where}: only a text can be translated`);
}
