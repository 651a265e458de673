import type { Finding, FindingKind } from '../lib/schema/report';

/** How each kind of finding looks: one colour, one icon and one label, never colour alone. */
export const KIND_STYLE: Record<FindingKind, { label: string; plural: string }> = {
  deadline: { label: 'Frist', plural: 'Frister' },
  sanction: { label: 'Grund til sanktion', plural: 'Grunde til sanktion' },
  medical_quote: { label: 'Citat fra lægepapir', plural: 'Citater fra lægepapirer' },
  law: { label: 'Lovhenvisning', plural: 'Lovhenvisninger' },
  appointment: { label: 'Møde', plural: 'Møder og samtaler' },
};

/** The order the panel lists the kinds in: what to act on first. */
export const KIND_ORDER: FindingKind[] = ['deadline', 'sanction', 'medical_quote', 'law', 'appointment'];

/** A highlight's accessible name: its kind, its words and what it is ("Frist: senest 4 uger … — Klagefrist: …"). */
export const highlightName = (f: Finding, text: string = f.text) => `${KIND_STYLE[f.kind].label}: ${text.replace(/\s+/g, ' ').trim()} — ${f.explanation.what}`;
