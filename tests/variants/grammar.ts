/**
 * Grammar tables for the variation harness (npm run eval:variants): Danish sentences built
 * from parts, with the span each one should yield. Written from the language, not from the
 * rules in rules/: each table is one dimension a letter can vary along.
 */

export interface Variant {
  /** Which pattern of the language this variant exercises. */
  pattern: string;
  kind: 'sanction' | 'medical_quote';
  /** The letter text. */
  text: string;
  /** The spans the analyzer should find (none for a negative variant). */
  expected: string[];
}

const DECISIONS = [
  'Vi har besluttet at foretage fradrag i din kontanthjælp.',
  'Du får fradrag i din kontanthjælp på 1.200 kr.',
  'Vi trækker 900 kr. i din hjælp for marts 2026.',
  'Din hjælp bliver sat ned med 500 kr. om måneden.',
  'Jobcentret har besluttet at nedsætte din uddannelseshjælp.',
];

const DATES = ['den 3. marts 2026', 'tirsdag den 3. marts 2026 kl. 10.00', 'd. 3/3'];

/** One breach in its subordinate form (after "fordi", "at") and its main-clause form. */
interface Breach {
  name: string;
  sub: (d: string) => string;
  main: (d: string) => string;
  /** Main clause with the time first (V2: the verb second, the subject after it). */
  v2: (d: string) => string;
}

const BREACHES: Breach[] = [
  { name: 'udeblev', sub: (d) => `du udeblev fra din jobsamtale ${d}`, main: (d) => `Du udeblev fra din jobsamtale ${d}`, v2: (d) => `${cap(d)} udeblev du fra din jobsamtale` },
  { name: 'mødte ikke', sub: (d) => `du ikke mødte op til samtalen ${d}`, main: (d) => `Du mødte ikke op til samtalen ${d}`, v2: (d) => `${cap(d)} mødte du ikke op til samtalen` },
  { name: 'gav ikke besked', sub: (d) => `du ikke gav besked om dit fravær ${d}`, main: (d) => `Du gav ikke besked om dit fravær ${d}`, v2: (d) => `${cap(d)} gav du ikke besked om dit fravær` },
  { name: 'afslog', sub: (d) => `du afslog et tilbud om virksomhedspraktik ${d}`, main: (d) => `Du afslog et tilbud om virksomhedspraktik ${d}`, v2: (d) => `${cap(d)} afslog du et tilbud om virksomhedspraktik` },
  { name: 'sagde nej', sub: (d) => `du sagde nej til et job som lagermedarbejder ${d}`, main: (d) => `Du sagde nej til et job som lagermedarbejder ${d}`, v2: (d) => `${cap(d)} sagde du nej til et job som lagermedarbejder` },
  { name: 'har ikke søgt', sub: () => 'du ikke har søgt job i februar 2026', main: () => 'Du har ikke søgt job i februar 2026', v2: () => 'I februar 2026 har du ikke søgt job' },
  { name: 'CV', sub: () => 'du ikke har registreret dit CV på Jobnet', main: () => 'Du har ikke registreret dit CV på Jobnet', v2: () => 'På Jobnet har du ikke registreret dit CV' },
  { name: 'booking', sub: () => 'du ikke bookede din samtale inden fristen', main: () => 'Du bookede ikke din samtale inden fristen', v2: () => 'Inden fristen bookede du ikke din samtale' },
  { name: 'uden at', sub: (d) => `du forlod praktikken ${d} uden at give besked`, main: (d) => `Du forlod praktikken ${d} uden at give besked`, v2: (d) => `${cap(d)} forlod du praktikken uden at give besked` },
  { name: 'sagt op', sub: () => 'du selv har sagt dit job op', main: () => 'Du har selv sagt dit job op', v2: () => 'Selv har du sagt dit job op' },
  { name: 'passiv: der er ikke registreret', sub: (d) => `der ikke er registreret fremmøde i dit tilbud ${d}`, main: (d) => `Der er ikke registreret fremmøde i dit tilbud ${d}`, v2: (d) => `${cap(d)} er der ikke registreret fremmøde i dit tilbud` },
  { name: 'joblog viser kun', sub: () => 'din joblog kun viser én ansøgning i februar 2026', main: () => 'Din joblog viser kun én ansøgning i februar 2026', v2: () => 'I februar 2026 viser din joblog kun én ansøgning' },
  { name: 'tredje person', sub: (d) => `Peter ikke mødte op i sit tilbud ${d}`, main: (d) => `Peter mødte ikke op i sit tilbud ${d}`, v2: (d) => `${cap(d)} mødte Peter ikke op i sit tilbud` },
  { name: 'for sent (først)', sub: (d) => `du først bookede din samtale ${d}`, main: (d) => `Du bookede først din samtale ${d}`, v2: (d) => `${cap(d)} bookede du først din samtale` },
];

/** The polite form some letters use: De, Dem, Deres for du, dig, din. */
const polite = (s: string) =>
  s.replace(/(?<![\p{L}])[Dd]u(?![\p{L}])/gu, 'De').replace(/(?<![\p{L}])[Dd]i(?:n|t|ne)(?![\p{L}])/gu, 'Deres').replace(/(?<![\p{L}])dig(?![\p{L}])/gu, 'Dem');

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How a letter states the reason: the frame around one breach, and the span it should yield. */
const REASON_FRAMES: Array<{ name: string; make: (b: Breach, d: string) => { text: string; span: string } }> = [
  { name: 'fordi', make: (b, d) => ({ text: `Vi har truffet afgørelsen, fordi ${b.sub(d)}.`, span: b.sub(d) }) },
  { name: 'da', make: (b, d) => ({ text: `Det gør vi, da ${b.sub(d)}.`, span: b.sub(d) }) },
  { name: 'idet', make: (b, d) => ({ text: `Fradraget sker, idet ${b.sub(d)}.`, span: b.sub(d) }) },
  { name: 'Årsagen er, at', make: (b, d) => ({ text: `Årsagen er, at ${b.sub(d)}.`, span: b.sub(d) }) },
  { name: 'lagt vægt på, at', make: (b, d) => ({ text: `Vi har lagt vægt på, at ${b.sub(d)}.`, span: b.sub(d) }) },
  { name: 'Begrundelse:', make: (b, d) => ({ text: `Begrundelse: ${b.main(d)}.`, span: b.main(d) }) },
  { name: 'hovedsætning', make: (b, d) => ({ text: `${b.main(d)}.`, span: b.main(d) }) },
  { name: 'V2', make: (b, d) => ({ text: `${b.v2(d)}.`, span: b.v2(d) }) },
  { name: 'punktliste', make: (b, d) => ({ text: `Vi har lagt vægt på følgende:\n- ${b.main(d)}\n- Du var indkaldt skriftligt.`, span: b.main(d) }) },
  { name: 'nummereret liste', make: (b, d) => ({ text: `Vi har lagt vægt på, at:\n1) ${b.sub(d)},\n2) du var vejledt om reglerne.`, span: b.sub(d) }) },
  { name: 'selv om', make: (b, d) => ({ text: `${b.main(d)}, selv om vi bad dig om det den 1. marts 2026.`, span: `${b.main(d)}, selv om vi bad dig om det den 1. marts 2026` }) },
  { name: 'selvom (argument)', make: (b, d) => ({ text: `${b.main(d)}, selvom det var inden for dit fagområde.`, span: b.main(d) }) },
  { name: 'lægger til grund, at', make: (b, d) => ({ text: `Vi lægger derfor til grund, at ${b.sub(d)}.`, span: b.sub(d) }) },
  { name: 'De-form', make: (b, d) => ({ text: polite(`Afgørelsen er truffet, idet ${b.sub(d)}.`), span: polite(b.sub(d)) }) },
];

/** Sentences that name a breach but give no reason for this sanction. */
const NOT_REASONS: Array<{ name: string; make: (b: Breach, d: string) => string }> = [
  { name: 'advarsel: hvis', make: (b, d) => `Hvis ${b.sub(d).replace(/^du /, 'du igen ')}, kan vi nedsætte din hjælp.` },
  { name: 'advarsel: V1', make: () => 'Udebliver du igen fra en samtale uden rimelig grund, kan vi stoppe din hjælp.' },
  { name: 'borgerens forklaring', make: (b, d) => `Du har forklaret, at ${b.sub(d)}, fordi du var syg.` },
  { name: 'rimelig grund', make: () => 'Vi vurderer, at du ikke havde en rimelig grund til at udeblive.' },
  { name: 'historie', make: () => 'Du fik sidste år et fradrag, fordi du udeblev fra en samtale den 4. marts 2025.' },
  { name: 'pligt', make: () => 'Du skal møde op til alle samtaler og give besked, hvis du er syg.' },
  { name: 'status bagefter', make: () => 'Du er ikke til rådighed fra og med den 13. januar 2026.' },
  { name: 'kontakt genoprettet', make: (_b, d) => `Du kontaktede os først ${d}.` },
];

const SOURCES = ['Din læge', 'Speciallægen', 'Kommunens lægekonsulent', 'Psykologen', 'Overlægen på Regionshospitalet Viborg', 'Sundhedskoordinatoren'];
const VERBS = ['skriver', 'vurderer', 'konkluderer', 'beskriver', 'oplyser', 'anbefaler', 'bekræfter'];
const PLACES = ['', ' i statusattesten af 3. marts 2026', ' den 2. februar 2026', ' i sin erklæring'];
const CONTENTS = ['du har en moderat depression', 'du kan arbejde 10 timer om ugen', 'din prognose er uafklaret'];

/** How a letter reports a medical statement. */
const MEDICAL_FRAMES: Array<{ name: string; make: (s: string, v: string, p: string, c: string) => { text: string; spans: string[] } }> = [
  { name: 'kilde verbum, at', make: (s, v, p, c) => ({ text: `${s} ${v}${p}, at ${c}.`, spans: [c] }) },
  { name: 'og at', make: (s, v, p, c) => ({ text: `${s} ${v}${p}, at ${c}, og at du bør have en fast kontaktperson.`, spans: [c, 'du bør have en fast kontaktperson'] }) },
  { name: 'pronomen', make: (s, v, p, c) => ({ text: `Vi har talt med ${s.toLowerCase().replace(/^din /, 'din ')}. Hun ${v}${p}, at ${c}.`, spans: [c] }) },
  { name: 'fremgår', make: (_s, _v, _p, c) => ({ text: `Det fremgår af lægeattesten, at ${c}.`, spans: [c] }) },
  { name: 'citat efter kolon', make: (s, _v, p, c) => ({ text: `${s} skriver${p}:\n„${cap(c)}.“`, spans: [cap(c)] }) },
  { name: 'citat i sætning', make: (s, v, p, c) => ({ text: `${s} ${v}${p}: „${cap(c)}“.`, spans: [cap(c)] }) },
  { name: 'verbum før kilde', make: (s, v, p, c) => ({ text: `Vi har fået en ny statusattest. Heri ${v} ${s.charAt(0).toLowerCase()}${s.slice(1)}${p}, at ${c}.`, spans: [c] }) },
  { name: 'af erklæringen', make: (s, _v, _p, c) => ({ text: `${s} har skrevet en erklæring. Det fremgår af erklæringen, at ${c}.`, spans: [c] }) },
  { name: 'række af at', make: (s, v, p, c) => ({ text: `${s} ${v}${p}, at ${c}, at du sover dårligt, og at du bør have ro.`, spans: [c, 'du sover dårligt', 'du bør have ro'] }) },
  { name: 'afsnit efter kolon', make: (s, _v, p, c) => ({ text: `${s} skriver${p}:\n\n${cap(c)}. Det er uændret.\n\nVi har lagt vægt på det.`, spans: [`${cap(c)}. Det er uændret.`] }) },
  { name: 'tabel', make: (s, _v, _p, c) => ({ text: `Kilde | Dato | Vurdering\n${s} | 03.03.2026 | ${cap(c)}\nPraktikvejleder | 04.03.2026 | Mødte stabilt\nFysioterapeut | 05.03.2026 | Kan gå 2 km`, spans: [cap(c), 'Kan gå 2 km'] }) },
];

const NOT_MEDICAL: Array<{ name: string; make: (s: string, c: string) => string }> = [
  { name: 'lægen har ikke skrevet', make: (_s, c) => `Din læge har ikke skrevet, at ${c}.` },
  { name: 'borgerens egne ord', make: (_s, c) => `Du har selv oplyst, at ${c}.` },
  { name: 'attest uden indhold', make: () => 'Vi har modtaget en lægeattest fra din læge den 3. marts 2026.' },
  { name: 'vores vurdering', make: (s, c) => `${s} har skrevet en erklæring. Erklæringen ændrer ikke vores vurdering af, at ${c}.` },
];

/** All variants, each in a small letter: a decision, then the sentence, in prose. */
export function variants(): Variant[] {
  const out: Variant[] = [];
  BREACHES.forEach((b, i) => {
    const decision = DECISIONS[i % DECISIONS.length] as string;
    for (const d of DATES) {
      for (const f of REASON_FRAMES) {
        const { text, span } = f.make(b, d);
        out.push({ pattern: `sanction: ${f.name}`, kind: 'sanction', text: `${decision}\n\n${text}`, expected: [span] });
        out.push({ pattern: `sanction: ${b.name}`, kind: 'sanction', text: `${decision}\n\n${text}`, expected: [span] });
      }
      for (const n of NOT_REASONS) out.push({ pattern: `ikke grund: ${n.name}`, kind: 'sanction', text: `${decision}\n\n${n.make(b, d)}`, expected: [] });
    }
  });
  for (const s of SOURCES) for (const v of VERBS) for (const p of PLACES) for (const c of CONTENTS) {
    for (const f of MEDICAL_FRAMES) {
      const { text, spans } = f.make(s, v, p, c);
      out.push({ pattern: `medical: ${f.name}`, kind: 'medical_quote', text, expected: spans });
      out.push({ pattern: `medical verb: ${v}`, kind: 'medical_quote', text, expected: spans });
    }
  }
  for (const s of SOURCES) for (const c of CONTENTS) for (const n of NOT_MEDICAL) out.push({ pattern: `ikke citat: ${n.name}`, kind: 'medical_quote', text: n.make(s, c), expected: [] });
  return out;
}

/** The same variant laid out as a PDF's text can come: hard-wrapped at `width`, with a page footer in the middle. */
export function wrapped(text: string, width: number): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    let cur = '';
    for (const word of line.split(' ')) {
      if (cur && `${cur} ${word}`.length > width) {
        lines.push(cur);
        cur = word;
      } else cur = cur ? `${cur} ${word}` : word;
    }
    lines.push(cur);
  }
  return lines.join('\n');
}
