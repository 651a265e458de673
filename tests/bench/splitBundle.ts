/**
 * Splits built scripts into our code, our data and node_modules by their sourcemaps (the bench
 * build, tests/bench/wxt.bench.config.ts, has hidden ones); without a sourcemap, by file name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './makeLetters';

export interface Split {
  /** Bytes of ours: code and data. */
  own: number;
  /** Bytes of our code (lib, components, entrypoints), by the sourcemap. */
  ownCode: number;
  /** Bytes of our JSON data (rules, locales), inlined without a sourcemap and recognised by its strings. */
  ownData: number;
  /** Bytes from node_modules. */
  deps: number;
  /** Bytes of the bundler's own glue and of code no map covers and that is not recognised as our data. */
  other: number;
  /** How the split was made. */
  method: 'sourcemap' | 'estimate by file name';
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes one segment of a sourcemap's mappings (base64 VLQ). */
function vlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

type Owner = 'own' | 'ownData' | 'deps' | 'other';
function ownerOf(source: string): Owner {
  if (/[\\/]node_modules[\\/]/.test(source)) return 'deps';
  const path = relative(ROOT, source);
  return /^(lib|components|entrypoints|rules|locales|public)[\\/]/.test(path) ? 'own' : 'other';
}

/** Every string in our JSON data (rules/, locales/), which the bundle inlines with no sourcemap. */
function ownDataText(): string {
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  const walk = (dir: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      if (f.isDirectory()) walk(join(dir, f.name));
      else if (f.name.endsWith('.json')) collect(JSON.parse(readFileSync(join(dir, f.name), 'utf8')));
    }
  };
  ['rules', 'locales'].map((d) => join(ROOT, d)).filter(existsSync).forEach(walk);
  return strings.join('\n');
}

/** Is this unmapped stretch of the bundle our inlined JSON? Its first long plain string literal is one of our data strings. */
function isOwnData(text: string, data: string): boolean {
  const literal = /[`"']([^`"'\\$]{30,})[`"']/.exec(text)?.[1];
  return literal !== undefined && data.includes(literal);
}

interface Range {
  from: number;
  to: number;
  /** Index into the map's sources, or -1 where no source is mapped. */
  source: number;
}

/**
 * Splits one built script by its sourcemap into UTF-8 bytes of our code, node_modules and the
 * rest. A stretch with no mapping inside one module (a long string literal) belongs to that module;
 * one between modules is our JSON data if it holds our data's strings (JSON modules get no
 * mappings), else the bundler's glue.
 */
function splitByMap(file: string, map: { sources: string[]; sourceRoot?: string; mappings: string }, data: string): Record<Owner, number> {
  const owners = map.sources.map((s) => ownerOf(resolve(dirname(file), map.sourceRoot ?? '', s)));
  const lines = readFileSync(file, 'utf8').split('\n');
  const mappings = map.mappings.split(';');
  const out: Record<Owner, number> = { own: 0, ownData: 0, deps: 0, other: 0 };
  let source = 0;
  lines.forEach((line, i) => {
    const ranges: Range[] = [];
    let col = 0;
    let current = -1;
    for (const seg of mappings[i] ? (mappings[i] as string).split(',') : []) {
      const [dCol = 0, dSource] = vlq(seg);
      ranges.push({ from: col, to: col + dCol, source: current });
      col += dCol;
      if (dSource !== undefined) source += dSource;
      current = dSource === undefined ? -1 : source;
    }
    ranges.push({ from: col, to: line.length, source: current });
    ranges.forEach((r, k) => {
      const bytes = Buffer.byteLength(line.slice(r.from, r.to));
      if (r.source >= 0) out[owners[r.source] ?? 'other'] += bytes;
      else {
        const before = ranges.slice(0, k).reverse().find((x) => x.source >= 0)?.source;
        const after = ranges.slice(k + 1).find((x) => x.source >= 0)?.source;
        if (before !== undefined && before === after) out[owners[before] ?? 'other'] += bytes;
        else if (bytes >= 200 && isOwnData(line.slice(r.from, r.to), data)) out.ownData += bytes;
        else out.other += bytes;
      }
    });
    if (i < lines.length - 1) out.other += 1;
  });
  return out;
}

/** Splits built scripts into ours and node_modules (by sourcemap; without one, by file name). */
export function split(dir: string, scripts: string[], notes: string[]): Split {
  const out: Split = { own: 0, ownCode: 0, ownData: 0, deps: 0, other: 0, method: 'sourcemap' };
  const unmapped: string[] = [];
  const data = ownDataText();
  for (const file of scripts) {
    const path = join(dir, file);
    const bytes = statSync(path).size;
    if (/pdf\.worker/.test(file)) out.deps += bytes; // copied from pdfjs-dist as it is
    else if (existsSync(`${path}.map`)) {
      const parts = splitByMap(path, JSON.parse(readFileSync(`${path}.map`, 'utf8')) as Parameters<typeof splitByMap>[1], data);
      out.ownCode += parts.own;
      out.ownData += parts.ownData;
      out.deps += parts.deps;
      out.other += parts.other;
    } else {
      unmapped.push(file);
      out.ownCode += bytes;
      out.method = 'estimate by file name';
    }
  }
  out.own = out.ownCode + out.ownData;
  if (unmapped.length) notes.push(`no sourcemap for ${unmapped.join(', ')}: counted as our code (an upper bound); only the pdf.js worker is known by its name to be node_modules`);
  return out;
}

