import { t, type MessageKey } from '../lib/i18n/t';
import type { NOTE_TAGS } from '../lib/storage/records';

/** The tags offered, saved as their Danish words: shown in the language chosen. */
const TAG_MESSAGE = {
  'spørg på mødet': 'notesPanel.tags.askAtMeeting',
  uenig: 'notesPanel.tags.disagree',
  'fejl i fakta': 'notesPanel.tags.factError',
  vigtigt: 'notesPanel.tags.important',
} as const satisfies Record<(typeof NOTE_TAGS)[number], MessageKey>;

/** A note's tag as shown: one of NOTE_TAGS in the language chosen, the user's own as written. */
export const noteTagText = (tag: string): string =>
  Object.prototype.hasOwnProperty.call(TAG_MESSAGE, tag) ? t(TAG_MESSAGE[tag as keyof typeof TAG_MESSAGE]) : tag;
