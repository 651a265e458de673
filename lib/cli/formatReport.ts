import type { CitatFlagKind, StatementCheck } from '../schema/statementCheck';
import { formatDanishDate } from '../dates/calendar';
import type { Finding, FindingKind, Report } from '../schema/report';
import type { TextWarning } from '../text/types';

const HEADINGS: Record<FindingKind, string> = {
  law: 'Lovhenvisninger',
  deadline: 'Frister',
  appointment: 'Møder og samtaler',
  medical_quote: 'Citater fra lægepapirer',
  sanction: 'Grunde til sanktion',
};

function fields(f: Finding): string {
  switch (f.kind) {
    case 'law':
      return f.law ? `  [${f.law}${f.paragraph ? ` § ${f.paragraph}` : ''}]` : '  [lov ikke nævnt]';
    case 'deadline':
      // The day to act by, as a person reads it: "[torsdag den 10. juli 2025]".
      return `${f.appeal ? '  [klagefrist]' : ''}${f.date ? `  [${formatDanishDate(f.date)}]` : ''}${f.resolvedDate && !f.date ? `  [= ${formatDanishDate(f.resolvedDate)}]` : ''}`;
    case 'sanction':
      return `  [${f.sanctionType ?? 'sanktion'}${f.amount ? `, ${f.amount}` : ''}]`;
    case 'medical_quote':
      return `  [${f.source}]`;
    default:
      return '';
  }
}

/** What a warning about the letter's text tells the reader (lib/text/types.ts TextWarning). */
export const TEXT_WARNINGS: Record<TextWarning, string> = {
  'replacement-chars': 'Nogle tegn i teksten kunne ikke læses (vist som \uFFFD). Tjek datoer, frister og citater mod brevet selv.',
  'nul-chars': 'Teksten indeholdt nul-tegn, som Brevtjek har fjernet: filen er måske gemt i en anden tegnkodning. Tjek teksten mod brevet selv.',
};

/** The warnings about the letter's text, one line each. */
export const textWarningLines = (warnings: readonly TextWarning[]): string[] => warnings.map((w) => `OBS: ${TEXT_WARNINGS[w]}`);

/**
 * The report as plain text for a terminal: what the letter is, the klagefrist, findings by kind, the checklist;
 * with `textWarnings` (DocumentText.warnings), what in the letter's text could not be read.
 */
export function formatReport(r: Report, textWarnings: readonly TextWarning[] = []): string {
  const out: string[] = [];
  out.push(`Brevtjek: ${r.file} (${r.pages} ${r.pages === 1 ? 'side' : 'sider'})`);
  out.push(`${r.letter.label}${r.letter.date ? `, dateret ${formatDanishDate(r.letter.date)}` : ''}`);
  const about = [r.letter.senderName && `Fra ${r.letter.senderName}`, r.letter.benefitLabel].filter(Boolean).join(' · ');
  if (about) out.push(about);
  if (r.ocr) {
    const pages = r.ocr.pages.length === 1 ? `side ${r.ocr.pages[0]}` : `side ${r.ocr.pages.join(', ')}`;
    out.push(`Teksten er læst med OCR (${pages}; sikkerhed ${Math.round(r.ocr.confidence)} %): ord kan være læst forkert. Tjek citater mod brevet selv.`);
  }
  out.push(...textWarningLines(textWarnings));
  out.push('');
  out.push(
    r.appeal.deadline
      ? `KLAGEFRIST: ${formatDanishDate(r.appeal.sendBy ?? r.appeal.deadline)}${r.appeal.sendBy && r.appeal.sendBy !== r.appeal.deadline ? ` (brevets egen dag; efter loven ${formatDanishDate(r.appeal.deadline)})` : ''}${r.appeal.certain ? '' : ' (Brevtjek er ikke helt sikker, se OBS)'}`
      : r.appeal.basis === 'needs-received-date'
        ? 'KLAGEFRIST: ja, men Brevtjek mangler datoen, brevet kom (brug --received ÅÅÅÅ-MM-DD)'
        : 'KLAGEFRIST: ingen',
  );
  for (const s of r.appeal.steps) out.push(`  ${s}`);
  if (r.appeal.route) out.push(`  ${r.appeal.route.text} (${r.appeal.route.source.label})`);
  for (const w of r.appeal.warnings) out.push(`  OBS: ${w}`);
  for (const kind of Object.keys(HEADINGS) as FindingKind[]) {
    const list = r.findings.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    out.push('', `${HEADINGS[kind]} (${list.length})`);
    for (const f of list) out.push(`  s. ${f.page}: ${f.text.replace(/\s+/g, ' ')}${fields(f)}`);
  }
  if (r.statement) out.push('', ...citatLines(r.statement));
  out.push('', 'Tjekliste til klagen');
  r.checklist.forEach((c, i) => {
    out.push(`  ${i + 1}. ${c.title}${c.attention ? ' (!)' : ''}`);
    out.push(`     ${c.text}`);
    for (const line of c.lines) out.push(`     - »${line.text}«`);
    out.push(`     Hvorfor: ${c.why} Kilde: ${c.source.label}.`);
    if (c.practice) out.push(`     Ankestyrelsen har set fejl her: ${c.practice}.`);
  });
  if (r.pagesWithoutText.length) out.push('', `Sider uden tekst (scannet?): ${r.pagesWithoutText.join(', ')}`);
  return out.join('\n');
}

const FLAG_NAME: Record<CitatFlagKind, string> = {
  'not-found': 'IKKE FUNDET',
  changed: 'ÆNDRET',
  'left-out': 'UDELADT',
  'not-mentioned': 'IKKE NÆVNT',
};
const one = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Citat-tjek as text: each quote, where the statement says it, its flags; what the decision does not mention. */
function citatLines(c: StatementCheck): string[] {
  const out = [`Citat-tjek mod ${c.statement.file}${c.statement.kind ? ` (${c.statement.kind})` : ''}${c.statement.ocr ? ', læst med OCR: ord kan være læst forkert' : ''}`];
  for (const q of c.quotes) {
    out.push(`  »${one(q.quote)}«`);
    out.push(q.match ? `     I erklæringen: »${one(q.context?.text ?? q.match.text)}«` : '     Ikke fundet i erklæringen.');
    for (const f of q.flags) out.push(`     ${FLAG_NAME[f.kind]}${f.words.length ? `: ${f.words.map((w) => `»${w}«`).join(', ')}` : ''}. ${f.explanation.what}`);
  }
  if (c.unmentioned.length) {
    out.push('  Lægen skriver også (ikke nævnt i afgørelsen):');
    for (const u of c.unmentioned) out.push(`     - »${one(u.text)}«`);
  }
  return out;
}
