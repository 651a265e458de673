import { t } from '../lib/i18n/t';
import type { Finding, FindingKind } from '../lib/schema/report';

/** Each kind's messages in locales/: kinds.<name>.label and kinds.<name>.plural. */
const KIND_MESSAGE = { deadline: 'deadline', sanction: 'sanction', medical_quote: 'medicalQuote', law: 'law', appointment: 'appointment' } as const satisfies Record<FindingKind, string>;

/** A kind's label ("Frist") and plural ("Frister"), read in the language chosen each time they are used. */
const styleOf = (kind: FindingKind): { readonly label: string; readonly plural: string } => ({
  get label() {
    return t(`kinds.${KIND_MESSAGE[kind]}.label`);
  },
  get plural() {
    return t(`kinds.${KIND_MESSAGE[kind]}.plural`);
  },
});

/** How each kind of finding looks: one colour, one icon and one label, never colour alone. */
export const KIND_STYLE: Record<FindingKind, { readonly label: string; readonly plural: string }> = {
  deadline: styleOf('deadline'),
  sanction: styleOf('sanction'),
  medical_quote: styleOf('medical_quote'),
  law: styleOf('law'),
  appointment: styleOf('appointment'),
};

/** The order the panel lists the kinds in: what to act on first. */
export const KIND_ORDER: FindingKind[] = ['deadline', 'sanction', 'medical_quote', 'law', 'appointment'];

/** A highlight's accessible name: its kind, its words and what it is ("Frist: senest 4 uger … — Klagefrist: …"). */
export const highlightName = (f: Finding, text: string = f.text) => `${KIND_STYLE[f.kind].label}: ${text.replace(/\s+/g, ' ').trim()} — ${f.explanation.what}`;
