/**
 * Every text a person reads or hears in Brevtjek, for the plain-Danish test
 * (tests/unit/plainDanish.test.ts): the explanatory texts in rules/*.json, field by field,
 * and the UI messages in the code, found with the TypeScript compiler API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { countWords } from '../lib/text/lix';

export interface PlainText {
  /** The file, relative to the project. */
  file: string;
  /** Where in the file: a JSON path, or a line and what the text is. */
  field: string;
  /** The text as a person reads it, its {placeholders} filled with a typical value. */
  text: string;
}

const ROOT = join(import.meta.dirname, '..');

/**
 * A typical value for each {placeholder}. A placeholder that stands for a legal source label,
 * an act's name or the letter's own words gets a short value: those are not Brevtjek's words
 * to measure. Dates as a person reads them (formatDanishDate).
 */
export const TYPICAL: Record<string, string> = {
  date: 'torsdag den 10. juli 2025',
  legal: 'torsdag den 10. juli 2025',
  stated: 'mandag den 7. juli 2025',
  received: 'fredag den 13. juni 2025',
  letter: 'tirsdag den 3. juni 2025',
  days: '10',
  period: '4 uger',
  count: '3',
  kind: 'partshøring',
  type: 'fradrag',
  who: 'Kommunen',
  sender: 'kommunen',
  recipient: 'Jobcenter Vejle',
  name: 'Jobcenter Vejle',
  address: 'Skolegade 1, 7100 Vejle',
  number: '2025-01234',
  subject: 'Fradrag i kontanthjælp',
  url: 'borger.dk',
  // Legal source labels and act names: not measured, so the shortest value that reads.
  label: '§ 37',
  paragraph: '37',
  act: 'loven',
  title: 'lov',
  source: '§ 67',
  ref: 'LBK nr. 1084',
  // The letter's own words, quoted.
  text: 'inden 4 uger',
  exact: 'Du mødte ikke op',
  quotes: '»Du mødte ikke op«',
  // The words a Citat-tjek flag is about (lib/citat/explain.ts), quoted from the statement.
  words: '»kun i kortere perioder«',
  // Citat-tjek: the decision's quote, the statement's passage.
  quote: 'kan arbejde 4 timer',
  statement: 'Hun kan arbejde 4 timer om dagen.',
  // What the viewer fills in its own messages.
  daysLeft: 'Der er 10 dage tilbage.',
  practice: 'sanktioner 2024',
};

/** Fills {placeholders}: first the field's own values, then the typical ones. */
export function fill(text: string, values: Record<string, string> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? TYPICAL[k] ?? m).replace(/\s+/g, ' ').trim();
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, 'rules', file), 'utf8')) as Json;

/** The values at a path with `*` for every key or index: [[concrete path, value]]. */
export function at(data: Json, path: string): [string, Json][] {
  let found: [string, Json][] = [['', data]];
  for (const key of path.split('.')) {
    found = found.flatMap(([p, v]) => {
      if (v === null || typeof v !== 'object') return [];
      const entries: [string, Json][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
      const picked = key === '*' ? entries : entries.filter(([k]) => k === key);
      return picked.map(([k, x]) => [p ? `${p}.${k}` : k, x] as [string, Json]);
    });
  }
  return found;
}

/**
 * Which fields of each rules file are prose a person reads (see each file's zod schema in
 * lib/rules): explanations, advice, checklist points, the klage's sentences. Patterns, ids,
 * examples, legal source labels (`source.label`), act titles and names are left out.
 */
export const PROSE: Record<string, string[]> = {
  'explanations.json': ['law.*', 'principle.*', 'decree.*', 'deadline.*', 'appointment.*', 'medical_quote.*', 'sanction.*', 'appeal.*'],
  'checklist.json': ['groups.*.title', 'points.*.title', 'points.*.text', 'points.*.why'],
  'letter-types.json': ['types.*.label', 'types.*.why', 'ownWordsWin', 'unsure', 'unsureLabel', 'notALetter.label', 'notALetter.why'],
  'benefits.json': ['regimes.*.rimeligGrund.text', 'regimes.*.vejledningFoer.text', 'regimes.*.missedMeeting.text'],
  'senders.json': ['senders.*.klage.text'],
  'provisions.json': ['provisions.*.text'],
  'acts.json': ['acts.*.about', 'acts.*.versions.*.note'],
  // Only an 'usikker' day's note is shown (in the klagefrist's warning); a helligdag's is a source note.
  'holidays.json': ['days.*.note'],
  'klage.json': [
    'draft.*',
    'draft.medical.intro',
    'draft.medical.quote',
    'draft.medical.quoteNoSource',
    'draft.medical.ask',
    'checklist.points.*.lead',
    'notes.tags.*.quote',
    'notes.tags.*.says',
    'notes.tags.*.ifNoText',
    'requests.sentences.*',
    'route.ways.*.says',
    'route.generic.*',
    'route.defaultWays.*',
    'route.address',
  ],
  // The Citat-tjek's flags (lib/citat/explain.ts): what, why and what to do; the topics fill {topic}.
  'citat.json': ['texts.*.what', 'texts.*.why', 'texts.*.todo', 'unsure', 'topics.items.*.name'],
};

/** Fields that are patterns, not prose, inside the groups above. */
const NOT_PROSE = new Set(['klage.json:draft.titleLine']);

/** What a field's {placeholders} are filled with where the typical value would read wrong. */
function valuesFor(file: string): Record<string, string> {
  const klage = readJson('klage.json');
  const provision = (at(readJson('provisions.json'), 'provisions.15.text')[0]?.[1] as string | undefined) ?? '';
  switch (file) {
    case 'checklist.json':
      return {
        address: fill(at(klage, 'route.address')[0]?.[1] as string),
        ways: at(klage, 'route.defaultWays.kommune')[0]?.[1] as string,
      };
    case 'explanations.json':
      return { note: provision, source: 'din læge' };
    case 'klage.json':
      return { date: '10. juli 2025', text: 'Hun kan ikke arbejde', source: 'min læge' };
    case 'citat.json':
      return { topic: 'hvor meget du kan arbejde' };
    default:
      return {};
  }
}

type Regime = { id: string; rimeligGrund: { text: string }; vejledningFoer: { text: string } | null };

/**
 * The advice a text takes from each regime (rules/benefits.json), by regime: a checklist point
 * with `regimeAdvice` ({advice}, left out where the regime has none), the sanction's why.
 */
function regimeValues(file: string, field: string): [string, Record<string, string>][] {
  const regimes = (readJson('benefits.json') as { regimes: Regime[] }).regimes;
  if (file === 'explanations.json') return regimes.map((r) => [r.id, { rimeligGrund: r.rimeligGrund.text, vejledning: r.vejledningFoer?.text ?? '' }]);
  const point = at(readJson(file), field.replace(/\.\w+$/, ''))[0]?.[1] as { regimeAdvice?: 'rimeligGrund' | 'vejledningFoer' } | undefined;
  const key = point?.regimeAdvice;
  if (!key) return [];
  return regimes.flatMap((r): [string, Record<string, string>][] => {
    const advice = r[key];
    return advice ? [[r.id, { advice: advice.text }]] : [];
  });
}

export function rulesTexts(): PlainText[] {
  const out: PlainText[] = [];
  for (const [file, paths] of Object.entries(PROSE)) {
    const data = readJson(file);
    const values = valuesFor(file);
    for (const path of paths) {
      for (const [field, value] of at(data, path)) {
        if (typeof value !== 'string' || field.split('.').includes('$comment') || NOT_PROSE.has(`${file}:${field}`)) continue;
        if (file === 'holidays.json' && (at(data, field.replace(/\.note$/, '.kind'))[0]?.[1] as string) !== 'usikker') continue;
        // A text that takes a regime's advice is read with each regime's.
        const perRegime = /\{(advice|rimeligGrund|vejledning)\}/.test(value) ? regimeValues(file, field) : [];
        if (perRegime.length > 0) for (const [regime, v] of perRegime) out.push({ file: `rules/${file}`, field: `${field} (${regime})`, text: fill(value, { ...values, ...v }) });
        else out.push({ file: `rules/${file}`, field, text: fill(value, values) });
      }
    }
  }
  return out;
}

/** Elements whose text runs on inside the sentence around them. */
const INLINE = new Set(['strong', 'em', 'b', 'i', 'q', 'span', 'a', 'code', 'abbr', 'kbd', 'mark', 'small', 'time', 'cite', 'u', 's', 'sub', 'sup']);
/** JSX attributes a person reads or hears (a screen reader reads aria-label). */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext', 'label']);
/** Calls whose strings are no UI: selectors, ids, events, logs. */
const NOT_UI_CALLS = /^(?:printOnly|useLetterPrint|console\.\w+|document\.\w+|\w+\.querySelector(?:All)?|\w+\.getElementById|\w+\.(?:add|remove)EventListener|\w+\.(?:get|set|remove)Attribute|\w+\.classList\.\w+|\w+\.matchMedia|matchMedia|\w+\.getItem|\w+\.setItem|new URL|import)$/;
/** Danish words that tell a string is a sentence, not an id or a class name. */
const DANISH = /(?:^|[^\p{L}])(?:og|at|du|dig|din|dit|dine|det|der|den|er|en|et|i|på|til|for|af|med|ikke|kan|har|som|om|fra|så|eller|brevet|kommunen|klage|fristen|skal|vil|hvis|når|her|igen|vi)(?=$|[^\p{L}])|[æøåÆØÅ]/iu;
const FILLER = '3';
/** A filled-in value is marked (with private-use characters) while the text is built, so a text of values only is not taken for the code's own words. */
const mark = (value: string) => `\uE000${value}\uE001`;
const own = (text: string) => text.replace(/\uE000[^\uE001]*\uE001/g, '');
const unmark = (text: string) => text.replace(/[\uE000\uE001]/g, '');

/** A typical value for a JSX or template expression, from how it is computed. */
function filler(expr: ts.Node, sf: ts.SourceFile): string {
  // "${a ? ` på ${periodText(p)}` : ''}": the text where the condition holds.
  if (ts.isConditionalExpression(expr)) {
    const yes = expr.whenTrue;
    if (ts.isStringLiteral(yes) || ts.isNoSubstitutionTemplateLiteral(yes)) return mark(yes.text);
    if (ts.isTemplateExpression(yes)) return mark(yes.templateSpans.reduce((t, span) => t + filler(span.expression, sf) + span.literal.text, yes.head.text));
  }
  const code = expr.getText(sf);
  if (/formatDanishDate\(/.test(code)) return mark(/,\s*false\)/.test(code) ? '10. juli 2025' : (TYPICAL.date ?? FILLER));
  if (/periodText\(/.test(code)) return mark(TYPICAL.period ?? FILLER);
  return mark(FILLER);
}

const tagOf = (node: ts.JsxElement | ts.JsxSelfClosingElement) => (ts.isJsxElement(node) ? node.openingElement.tagName : node.tagName).getText();
/** Whether a JSX element's text runs on inside its parent's sentence. */
const isInline = (node: ts.JsxElement | ts.JsxSelfClosingElement) => INLINE.has(tagOf(node));

export function sourceTexts(file: string): PlainText[] {
  const code = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: PlainText[] = [];
  const consumed = new Set<ts.Node>();
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  /** Only text with words of its own: an element that shows a rules text ({c.why}) is measured in rules/. */
  const push = (n: ts.Node, what: string, marked: string) => {
    const text = unmark(marked).replace(/\s+/g, ' ').trim();
    if (text && /\p{L}/u.test(own(marked))) out.push({ file, field: `line ${line(n)} ${what}`, text });
  };

  /** A string or template literal, its ${expressions} filled (marked). */
  const literal = (n: ts.Node): string | null => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isTemplateExpression(n)) return n.templateSpans.reduce((t, span) => t + filler(span.expression, sf) + span.literal.text, n.head.text);
    if (ts.isParenthesizedExpression(n)) return literal(n.expression);
    return null;
  };

  /** The text of a JSX element's children: inline elements run on, other elements break the sentence ("\n"). */
  const flatten = (children: ts.NodeArray<ts.JsxChild>): string => {
    let text = '';
    for (const c of children) {
      if (ts.isJsxText(c)) {
        // Indentation between JSX lines is nothing; a line break inside a text is a space.
        if (!c.containsOnlyTriviaWhiteSpaces) text += c.text.replace(/\s+/g, ' ');
      } else if (ts.isJsxExpression(c)) {
        if (!c.expression) continue;
        const lit = literal(c.expression);
        if (lit !== null) consumed.add(c.expression);
        text += lit ?? filler(c.expression, sf);
      } else if ((ts.isJsxElement(c) || ts.isJsxSelfClosingElement(c)) && isInline(c)) {
        if (ts.isJsxElement(c)) text += flatten(c.children);
      } else text += '\n';
    }
    return text;
  };

  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n)) return;
    if (ts.isCallExpression(n) && NOT_UI_CALLS.test(n.expression.getText(sf))) return;
    if (ts.isNewExpression(n) && NOT_UI_CALLS.test(`new ${n.expression.getText(sf)}`)) return;
    // A block element, or an inline one that stands alone (in a condition), is measured; an inline one in a block runs on.
    const inBlock = !!n.parent && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent));
    if ((ts.isJsxElement(n) && (!isInline(n) || !inBlock)) || ts.isJsxFragment(n)) {
      const tag = ts.isJsxElement(n) ? `<${tagOf(n)}>` : '<>';
      for (const part of flatten(n.children).split('\n')) push(n, tag, part);
    }
    if (ts.isJsxAttribute(n)) {
      const name = n.name.getText(sf);
      const init = n.initializer;
      const expr = init && ts.isJsxExpression(init) ? init.expression : init;
      const lit = expr ? literal(expr) : null;
      if (READ_ATTRIBUTES.has(name) && expr && lit !== null) {
        consumed.add(expr);
        push(n, name, lit);
        return;
      }
      // className, id, href, …: no text to read; an expression in it may hold one (onClick).
      if (!READ_ATTRIBUTES.has(name) && lit !== null) return;
    }
    if ((ts.isStringLiteral(n) || ts.isTemplateExpression(n) || ts.isNoSubstitutionTemplateLiteral(n)) && !consumed.has(n)) {
      const parent = n.parent;
      const isKey = (ts.isPropertyAssignment(parent) && parent.name === n) || ts.isElementAccessExpression(parent) || ts.isComputedPropertyName(parent);
      const lit = literal(n);
      if (!isKey && lit !== null && DANISH.test(own(lit))) push(n, 'string', lit);
      if (ts.isTemplateExpression(n)) for (const span of n.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * The code that shows or says text to a person: the viewer's components, the content script
 * and the context menu, and the messages lib/ words for them (why a letter or a file cannot be
 * read, the steps of the klagefrist, a reminder, a full disk).
 */
export const UI_FILES = (): string[] => [
  ...['components', 'entrypoints', 'entrypoints/viewer'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => `${dir}/${f}`),
  ),
  'lib/errors.ts',
  'lib/dates/klagefrist.ts',
  'lib/reminders/schedule.ts',
  'lib/storage/caseFile.ts',
  'lib/storage/saveQueue.ts',
  'lib/export/annotatedPdf.ts',
];

/** What a message's {values} are filled with where the typical value would read wrong. */
const MESSAGE_VALUES: Record<string, Record<string, string>> = {
  'klagefrist.uncertainOn': { name: 'grundlovsdag', note: '' },
  'klagefrist.uncertainDay': { name: 'juleaftensdag', note: '' },
  // A letter's or a sag's name.
  'caseTransfer.conflict.': { name: 'Mit brev' },
};
const messageValues = (key: string) => Object.entries(MESSAGE_VALUES).find(([k]) => key === k || (k.endsWith('.') && key.startsWith(k)))?.[1] ?? {};

type Messages = { [key: string]: string | Messages };
/** Every message in a message file (locales/da.json), each plural form on its own: [key, text]. */
export function messagesOf(file = 'locales/da.json'): [string, string][] {
  const walk = (tree: Messages, prefix: string): [string, string][] =>
    Object.entries(tree).flatMap(([k, v]): [string, string][] => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : walk(v, `${prefix}${k}.`)));
  return walk(JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Messages, '');
}

/** The UI's words: every Danish message in locales/da.json, and any Danish text still written in the code (there should be none). */
export function uiTexts(): PlainText[] {
  return [
    ...messagesOf()
      // A label of a few words around a value ("Klagefrist: {date}") is a label, not a sentence to measure.
      .filter(([, text]) => countWords(text.replace(/\{\w+\}/g, '')).length >= 5)
      .map(([key, text]) => ({ file: 'locales/da.json', field: key, text: fill(text, messageValues(key)).replace(/\{\w+\}/g, FILLER) })),
    ...UI_FILES().flatMap(sourceTexts),
  ];
}
