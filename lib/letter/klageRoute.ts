import { rules } from '../rules';
import { prose } from '../rules/prose';
import type { SenderId } from '../rules/schemas';
import { compileRegex } from '../text/compileRegex';

/** Where a klage goes and how, as far as the letter says. */
export interface KlageRoute {
  /** Who should have the klage: the name the klagevejledning gives, else the sender's. */
  recipient: string | null;
  /** The recipient's postal address, where the letter gives it ("Rådhustorvet 4, 8700 Horsens"). */
  address: string | null;
  /** How one can klage, in words to follow "Du kan klage": "i Digital Post eller ved at ringe". */
  ways: string;
}

const r = rules.klage.route;
const recipientPatterns = r.recipient.map((p) => ({ re: compileRegex(p.pattern, 'iu'), weak: p.weak ?? false }));
const forwarding = compileRegex(r.forwarding, 'iu');
const klageinstans = compileRegex(r.klageinstans, 'u');
const namePattern = compileRegex(r.name, 'u');
const sameAsSender = compileRegex(r.sameAsSender, 'iu');
const orgLine = compileRegex(r.orgLine, 'iu');
const postcode = compileRegex(r.postcode, 'u');
const street = compileRegex(r.street, 'iu');
const personName = compileRegex(rules.klage.subject.personName, 'u');
const cellGap = compileRegex(rules.klage.subject.cellGap, 'gu');
const ways = r.ways.map((w) => ({ re: compileRegex(w.pattern, 'iu'), says: w.says, mode: w.mode }));
const generic = new Set(Object.values(r.generic));
const waySentence = compileRegex(r.waySentence, 'iu');
const notWaySentence = compileRegex(r.notWaySentence, 'iu');

const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
/** A name written in capitals reads in name case: "VEJLE KOMMUNE" → "Vejle Kommune", "ØSTERSØ A-KASSE" → "Østersø A-kasse". */
const nameCase = (name: string) =>
  name === name.toUpperCase() && /\p{Lu}{4}/u.test(name)
    ? name.replace(/\S+/gu, (w) => (w.length <= 3 ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    : name;

/** The paragraphs that speak of a klage: where a letter says where and how to send one. */
const klageParagraphs = (text: string) => text.split(/\n\s*\n/).map(oneLine).filter((p) => /\bklag/iu.test(p));

function namedRecipient(paragraphs: string[]): { name: string | null } | null {
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)).filter((s) => !forwarding.test(s));
  for (const { re, weak } of recipientPatterns) {
    for (const sentence of sentences) {
      const m = re.exec(sentence);
      if (!m) continue;
      const said = m.groups?.name;
      // "til os", "til kommunen", "til mig": only a name with a capital letter is another recipient.
      const name = said === undefined ? null : (namePattern.exec(said)?.[0] ?? null);
      if (weak && (name === null || klageinstans.test(name))) continue;
      return { name: name === null || sameAsSender.test(name) ? null : nameCase(name) };
    }
  }
  return null;
}

/** The cells of a line: the columns of a letterhead, the parts of a "·" footer, the parts of "Gade 1, 8000 By". */
const cellsOf = (line: string) =>
  line
    .split(cellGap)
    .flatMap((c) => {
      const at = c.search(/,\s*(?:DK-?)?\d{4}\s+\p{Lu}/u);
      return at > 0 ? [c.slice(0, at), c.slice(at + 1)] : [c];
    })
    .map((c) => c.trim())
    .filter((c) => c !== '');

/** A postal address and the lines of its block (the organisation's names above it). */
export interface SenderAddress {
  address: string;
  block: string[];
}

/**
 * The sender's postal address: a street (or Postboks) and a postcode with a town, in a block of
 * lines that also names an organisation ("Jobcenter Horsens"). Read upwards from the postcode, a
 * blank line or a person's name ends the block: that is the citizen's own address, not the sender's.
 */
export function findSenderAddress(text: string): SenderAddress | null {
  const lines = text.split('\n');
  const head = lines.slice(0, 30).map((l, i) => ({ l, i }));
  const foot = lines.slice(-12).map((l, i) => ({ l, i: Math.max(0, lines.length - 12) + i }));
  for (const { l, i } of [...head, ...foot]) {
    const cells = cellsOf(l);
    const at = cells.findIndex((c) => postcode.test(c));
    if (at < 0) continue;
    const town = (cells[at] as string).replace(/\.+$/, '');
    // The street: the cell before on the same line, else the line above.
    const above = i > 0 ? cellsOf(lines[i - 1] as string) : [];
    const sameLine = at > 0 && street.test(cells[at - 1] as string);
    const streetCell = sameLine ? (cells[at - 1] as string) : above.length === 1 && street.test(above[0] as string) ? (above[0] as string) : null;
    if (!streetCell) continue;
    const block = sameLine ? cells.slice(0, at - 1) : [];
    for (let j = i - (sameLine ? 1 : 2); j >= 0 && j >= i - 6; j--) {
      const line = (lines[j] as string).trim();
      const lineCells = cellsOf(line);
      // "Jobcenter Horsens" is shaped like a person's name; a name with no organisation word is the citizen's.
      if (line === '' || (personName.test(line) && !lineCells.some((c) => orgLine.test(c)))) break;
      block.unshift(...lineCells);
    }
    if (block.some((c) => orgLine.test(c))) return { address: `${streetCell}, ${town}`, block };
  }
  return null;
}

function waysOf(paragraphs: string[], sender: SenderId | null): string {
  // Only sentences that say how to klage: not "the letter was sent to your digital postkasse".
  const text = paragraphs
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .filter((s) => waySentence.test(s) && !notWaySentence.test(s))
    .join(' ');
  const found = ways.flatMap((w, i) => {
    const m = w.re.exec(text);
    return m ? [{ i, says: w.says, url: m.groups?.url ?? '', mode: w.mode }] : [];
  });
  // "skriftligt via Digital Post": the bare "skriftligt" is not said where a written way is named.
  const named = new Set(found.filter((w) => !generic.has(w.says)).map((w) => w.mode));
  // Said in the language Brevtjek speaks: the same way, by its place in the list.
  const words = prose().klage.route;
  const said = [
    ...new Set(found.filter((w) => !(generic.has(w.says) && named.has(w.mode))).map((w) => (words.ways[w.i]?.says ?? w.says).replace('{url}', w.url))),
  ];
  if (said.length === 0) {
    const key = sender === 'kommune' || sender === 'udbetaling-danmark' || sender === 'a-kasse' ? sender : 'other';
    return words.defaultWays[key];
  }
  return said.length === 1 ? (said[0] as string) : `${said.slice(0, -1).join(', ')} ${words.or} ${said.at(-1) as string}`;
}

/**
 * Where the klage goes and how: the recipient the klagevejledning names (a klage goes to the
 * authority that decided, retssikkerhedslovens § 66; the letter may name a unit), its address
 * where the letter gives the sender's, and the ways the letter offers, else the usual ones.
 * `printed` is the letter as printed, line by line (a letterhead is not run into one line there).
 */
export function findKlageRoute(text: string, sender: { id: SenderId | null; name: string | null }, printed = text): KlageRoute {
  const paragraphs = klageParagraphs(text);
  const named = namedRecipient(paragraphs);
  const recipient = named?.name ?? (sender.name === null ? null : nameCase(sender.name));
  const found = findSenderAddress(printed);
  // The address is given only where it is the recipient's: the sender's own, or a unit its letterhead names.
  const names = [sender.name, ...(found?.block ?? [])].filter((n): n is string => n !== null).map((n) => n.toLowerCase());
  const wanted = named?.name?.toLowerCase() ?? null;
  const isRecipients = wanted === null || names.some((n) => n.includes(wanted) || wanted.includes(n));
  return { recipient, address: found && isRecipients ? found.address : null, ways: waysOf(paragraphs, sender.id) };
}
