/**
 * WCAG 2.2 contrast: relative luminance and contrast ratio of sRGB colours, as
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio defines them, with the CSS colour forms the
 * viewer uses (hex, rgb()/rgba() in either syntax, a few names) and alpha compositing, so a
 * translucent highlight colour can be measured over the paper it lies on.
 */

/** A colour: r, g, b in 0–255, alpha in 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000', transparent: '#00000000' };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function channel(s: string): number {
  const t = s.trim();
  return clamp(t.endsWith('%') ? (parseFloat(t) * 255) / 100 : parseFloat(t), 0, 255);
}

function alpha(s: string | undefined): number {
  if (s === undefined) return 1;
  const t = s.trim();
  return clamp(t.endsWith('%') ? parseFloat(t) / 100 : parseFloat(t), 0, 1);
}

/** A CSS colour, or null for a form this does not read (a var(), a system colour, color-mix()). */
export function parseColor(input: string): Rgba | null {
  const s = (NAMED[input.trim().toLowerCase()] ?? input).trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return null;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s)?.[1];
  if (!fn) return null;
  // rgb(1, 2, 3) · rgba(1, 2, 3, 0.5) · rgb(1 2 3) · rgb(1 2 3 / 50%)
  const [rgb, slash] = fn.split('/');
  const parts = (rgb ?? '').split(/[\s,]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4 || (parts.length === 4 && slash !== undefined)) return null;
  const [r, g, b, a] = parts as [string, string, string, string | undefined];
  const values = { r: channel(r), g: channel(g), b: channel(b), a: alpha(slash ?? a) };
  return Object.values(values).some(Number.isNaN) ? null : values;
}

/** Like parseColor, but throws on a colour it cannot read (for tests and fixed palettes). */
export function color(input: string): Rgba {
  const c = parseColor(input);
  if (!c) throw new Error(`not a colour: ${input}`);
  return c;
}

/** `top` painted over `bottom` (normal blending, or multiply as `mix-blend-mode: multiply` does); the result is as opaque as `bottom`. */
export function over(top: Rgba, bottom: Rgba, mode: 'normal' | 'multiply' = 'normal'): Rgba {
  const mix = (t: number, b: number) => {
    const blended = mode === 'multiply' ? (t * b) / 255 : t;
    return blended * top.a + b * (1 - top.a);
  };
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: top.a + bottom.a * (1 - top.a) };
}

/** Colours listed from the top down (the first drawn last), flattened onto white where nothing under them is opaque. */
export function flatten(layers: Rgba[], base: Rgba = { r: 255, g: 255, b: 255, a: 1 }): Rgba {
  return layers.reduceRight((under, layer) => over(layer, under), base);
}

/** WCAG relative luminance, 0 (black) to 1 (white), of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours, 1 to 21; a translucent colour is first painted over `base` (white). */
export function contrast(a: Rgba | string, b: Rgba | string, base: Rgba = { r: 255, g: 255, b: 255, a: 1 }): number {
  const solid = (c: Rgba | string) => {
    const v = typeof c === 'string' ? color(c) : c;
    return v.a < 1 ? over(v, base) : v;
  };
  const [la, lb] = [luminance(solid(a)), luminance(solid(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
