import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { color, contrast, flatten, luminance, over, parseColor } from '../../lib/viewer/contrast';

describe('the WCAG contrast helper', () => {
  it('reads the colour forms the viewer uses', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#1d4f91')).toEqual({ r: 29, g: 79, b: 145, a: 1 });
    expect(parseColor('#00000080')?.a).toBeCloseTo(0.502, 3);
    expect(parseColor('rgb(25 135 84 / 0.2)')).toEqual({ r: 25, g: 135, b: 84, a: 0.2 });
    expect(parseColor('rgba(255, 193, 7, 0.38)')).toEqual({ r: 255, g: 193, b: 7, a: 0.38 });
    expect(parseColor('rgb(0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 1 });
    expect(parseColor('rgb(100% 0% 0% / 50%)')).toEqual({ r: 255, g: 0, b: 0, a: 0.5 });
    expect(parseColor('transparent')?.a).toBe(0);
    for (const bad of ['var(--x)', 'Highlight', '#12', 'rgb(1 2)', 'hsl(0 0% 0%)']) expect(parseColor(bad), bad).toBeNull();
  });

  it('gives the luminance and ratios WCAG gives', () => {
    expect(luminance(color('#000'))).toBe(0);
    expect(luminance(color('#fff'))).toBe(1);
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBe(1);
    // Known pairs: #767676 on white is the lightest grey with 4.5:1; the old focus ring was 1.6:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffbf47', '#ffffff')).toBeCloseTo(1.6, 1);
    expect(contrast('#1d4f91', '#ffffff')).toBeCloseTo(8.14, 1);
    // Order does not matter.
    expect(contrast('#ffffff', '#1d4f91')).toBe(contrast('#1d4f91', '#ffffff'));
  });

  it('paints translucent colours over what is under them, normally or multiplied', () => {
    const half = color('rgb(0 0 0 / 0.5)');
    expect(over(half, color('#fff'))).toMatchObject({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(over(color('rgb(255 0 0 / 1)'), color('#808080'), 'multiply')).toMatchObject({ r: 128, g: 0, b: 0 });
    expect(flatten([color('rgb(255 255 255 / 0.5)'), color('#000')])).toMatchObject({ r: 127.5 });
    expect(flatten([color('transparent')])).toMatchObject({ r: 255, g: 255, b: 255 });
    // A translucent colour is measured over white by default.
    expect(contrast('rgb(0 0 0 / 0.5)', '#fff')).toBeCloseTo(contrast('#808080', '#fff'), 1);
  });
});

// The palettes as the viewer's CSS defines them: viewer.css's :root, then components/a11y.css per theme.
const root = resolve(import.meta.dirname, '..', '..');
const css = (file: string) => readFileSync(join(root, 'components', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties declared in the rule with exactly this selector. */
function block(source: string, selector: string): Record<string, string> {
  for (const m of source.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (m[1]!.trim() !== selector) continue;
    return Object.fromEntries([...m[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((d) => [d[1]!, d[2]!.trim()]));
  }
  throw new Error(`no rule ${selector}`);
}

type Palette = Record<string, string>;
const resolveVars = (p: Palette): Palette =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.replace(/var\((--[\w-]+)\)/g, (_, name: string) => p[name] ?? name)]));

const viewer = css('viewer.css');
const a11y = css('a11y.css');
const base = { ...block(viewer, ':root'), ...block(a11y, ":root[data-theme]") };
const ui: Record<string, Palette> = {
  light: resolveVars(base),
  dark: resolveVars({ ...base, ...block(a11y, ":root[data-theme='dark']") }),
  contrast: resolveVars({ ...base, ...block(a11y, ":root[data-theme='contrast']") }),
};
// The letter's paper (.page, .text-letter) in each theme.
const paper: Record<string, Palette> = {
  light: ui.light!,
  dark: resolveVars({ ...ui.dark!, ...block(a11y, ":root[data-theme='dark'] :is(.page, .text-letter)") }),
  contrast: resolveVars({ ...ui.contrast!, ...block(a11y, ":root[data-theme='contrast'] :is(.page, .text-letter)") }),
};
const KINDS = [
  ['law', 'law-bg'],
  ['deadline', 'deadline-bg'],
  ['medical', 'medical-bg'],
  ['sanction', 'sanction-bg'],
  ['appointment', 'appointment-bg'],
] as const;

/** Every measurement, printed once so the numbers can be reported. */
const measured: string[] = [];
function ratio(what: string, a: string, b: string, min: number) {
  const r = contrast(a, b);
  measured.push(`${what}: ${r.toFixed(2)}`);
  expect(r, `${what} (${a} on ${b})`).toBeGreaterThanOrEqual(min);
}

describe.each(['light', 'dark', 'contrast'])('the %s theme', (theme) => {
  const p = ui[theme]!;
  const solid = (name: string, under = p['--paper']!) => {
    const c = color(p[name]!);
    return c.a < 1 ? flatten([c], color(under)) : c;
  };
  const hex = (c: ReturnType<typeof color>) => `rgb(${c.r} ${c.g} ${c.b})`;
  // The backgrounds the panels, bars and the page around the letter have.
  const surfaces = ['--paper', '--desk', '--bar', '--chosen', '--warn-bg', '--error-bg', '--done-bg'].map((n) => [n, hex(solid(n))] as const);

  it('has a focus ring of at least 3:1 on every surface, and against its inner ring', () => {
    for (const [name, bg] of surfaces) ratio(`${theme} focus on ${name}`, p['--focus']!, bg, 3);
    ratio(`${theme} focus against its inner ring`, p['--focus']!, p['--focus-inner']!, 3);
    ratio(`${theme} chosen highlight ring on paper`, p['--selected-ring']!, p['--paper']!, 3);
  });

  it('has text of at least 4.5:1 and controls of at least 3:1', () => {
    for (const [name, bg] of surfaces) {
      ratio(`${theme} text on ${name}`, p['--ink']!, bg, 4.5);
      ratio(`${theme} muted text on ${name}`, p['--muted']!, bg, 4.5);
    }
    for (const name of ['--paper', '--desk', '--bar', '--chosen']) ratio(`${theme} links on ${name}`, p['--accent']!, hex(solid(name)), 4.5);
    ratio(`${theme} button text on a button`, p['--accent-ink']!, p['--accent']!, 4.5);
    ratio(`${theme} field border on paper`, p['--field-line']!, p['--paper']!, 3);
    for (const [kind] of KINDS) ratio(`${theme} ${kind} colour in the panel`, p[`--${kind}`]!, p['--paper']!, 4.5);
  });

  it('keeps the highlights on the letter paper readable, their colours at least 3:1 and the focus ring visible on them', () => {
    const q = paper[theme]!;
    ratio(`${theme} paper: focus ring on paper`, q['--focus']!, q['--paper']!, 3);
    ratio(`${theme} paper: chosen highlight ring on paper`, q['--selected-ring']!, q['--paper']!, 3);
    ratio(`${theme} paper: letter text`, q['--ink']!, q['--paper']!, 4.5);
    for (const [kind, bg] of KINDS) {
      // A PDF's highlight is multiplied over the page image; a text letter's is painted over the paper.
      for (const mode of ['multiply', 'normal'] as const) {
        const under = hex(over(color(q[`--${bg}`]!), color(q['--paper']!), mode));
        ratio(`${theme} paper: text on ${kind} (${mode})`, q['--ink']!, under, 4.5);
        ratio(`${theme} paper: ${kind} colour on its highlight (${mode})`, q[`--${kind}`]!, under, 3);
        ratio(`${theme} paper: focus ring on ${kind} (${mode})`, q['--focus']!, under, 3);
      }
      ratio(`${theme} paper: ${kind} colour on paper`, q[`--${kind}`]!, q['--paper']!, 3);
    }
  });
});

describe('the measurements', () => {
  it('are listed (BREVTJEK_SHOW_CONTRAST=1 prints them)', () => {
    expect(measured.length).toBeGreaterThan(100);
    if (process.env.BREVTJEK_SHOW_CONTRAST) console.log(measured.join('\n'));
  });
});
