import { z } from 'zod';

/**
 * What Brevtjek keeps about a letter on the user's own computer (IndexedDB), one zod schema per
 * record shape. Shared by storage, the klage draft, export/import and the views. Every record
 * carries `v`, the version of its shape; `lib/storage/migrations.ts` brings older ones up to date.
 */

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant, as `new Date().toISOString()` writes it. */
export const Instant = z.string().datetime();

/** A letter's key: the SHA-256 of its bytes (a PDF or .txt) or of its text (pasted), in hex. */
export const LetterId = z.string().regex(/^[0-9a-f]{64}$/);
export type LetterId = z.infer<typeof LetterId>;

/** A person a bisidder keeps letters for ("Sag"): a name or initials the user chooses. */
export const Sag = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  created: Instant,
});
export type Sag = z.infer<typeof Sag>;

/** What "Mine breve" shows of a letter without opening it. */
export const LetterSummary = z.object({
  senderName: z.string().nullable(),
  label: z.string(),
  /** The letter's own subject line or heading ("Afgørelse om fradrag i din kontanthjælp"). */
  subject: z.string().nullable(),
  date: IsoDate.nullable(),
  /** The day to send a klage by, where one can be counted. */
  klagefrist: IsoDate.nullable(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

/** A letter as version 1 stored it; kept to read old data (`migrations.ts` brings it up to date). */
export const SavedLetterV1 = z.object({
  v: z.literal(1),
  id: LetterId,
  name: z.string().min(1),
  /** The letter itself, so it opens again after a reload or a browser restart. */
  format: z.enum(['pdf', 'text']),
  bytes: z.instanceof(Uint8Array),
  /** The day the letter reached the user's Digital Post, as the user gave it. */
  received: IsoDate.nullable(),
  sagId: z.string().nullable(),
  summary: LetterSummary,
  added: Instant,
  opened: Instant,
});
export type SavedLetterV1 = z.infer<typeof SavedLetterV1>;

/** A browser notification the user asked for, `daysBefore` days before the letter's klagefrist. */
export const Reminder = z.object({ daysBefore: z.number().int().min(0).max(60) });
export type Reminder = z.infer<typeof Reminder>;

export const SavedLetter = SavedLetterV1.extend({
  v: z.literal(2),
  /** The reminder chosen for this letter's klagefrist; null: none. */
  reminder: Reminder.nullable(),
});
export type SavedLetter = z.infer<typeof SavedLetter>;

/**
 * Where a note sits in the letter's text, as the W3C Web Annotation model anchors text: the
 * exact words with some words before and after (TextQuoteSelector) and their offsets
 * (TextPositionSelector), so the note finds its words again in another copy of the letter.
 */
export const TextAnchor = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextAnchor = z.infer<typeof TextAnchor>;

export const Note = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  letterId: LetterId,
  /** The words the note is about; null for a note on the whole letter. */
  anchor: TextAnchor.nullable(),
  /** A tag: one of NOTE_TAGS or the user's own. */
  tag: z.string().trim().max(40).nullable(),
  text: z.string().max(10_000),
  created: Instant,
  updated: Instant,
});
export type Note = z.infer<typeof Note>;

/** The tags a note can have without typing one. */
export const NOTE_TAGS = ['spørg på mødet', 'uenig', 'fejl i fakta', 'vigtigt'] as const;

/** How far a checklist point has been worked through. */
export const PointState = z.object({
  done: z.boolean(),
  comment: z.string().max(10_000),
});
export type PointState = z.infer<typeof PointState>;

/** A point the user adds to the checklist. */
export const OwnPoint = PointState.extend({ id: z.string().min(1), title: z.string().trim().min(1).max(300) });
export type OwnPoint = z.infer<typeof OwnPoint>;

export const ChecklistState = z.object({
  v: z.literal(1),
  letterId: LetterId,
  /** By checklist item id (rules/checklist.json). */
  points: z.record(z.string(), PointState),
  own: z.array(OwnPoint),
  updated: Instant,
});
export type ChecklistState = z.infer<typeof ChecklistState>;

/** What a klage may ask for besides a new decision. */
export const KlageRequest = z.enum(['aktindsigt', 'genvurdering', 'opsaettende-virkning', 'bisidder']);
export type KlageRequest = z.infer<typeof KlageRequest>;

export const KlageDraft = z.object({
  v: z.literal(1),
  letterId: LetterId,
  text: z.string().max(200_000),
  requests: z.array(KlageRequest),
  updated: Instant,
});
export type KlageDraft = z.infer<typeof KlageDraft>;

/**
 * Citat-tjek (issue 10): a medical statement the user held the letter's quotes against, kept as its
 * text (not its file), so the check is there again after a reload. Its own record, so a statement
 * that cannot be read never costs the letter.
 */
export const SavedStatement = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  letterId: LetterId,
  /** The file's name, or the words the user pasted it as. */
  name: z.string().trim().min(1).max(300),
  /** The statement's text as read (a text layer, a text file, pasted, or recognised and corrected by the user). */
  text: z.string().min(1).max(2_000_000),
  /** Recognised from images (OCR): its words may be misread. */
  ocr: z.boolean(),
  /** Its pages in the file it came from. */
  pages: z.number().int().nonnegative().max(10_000),
  added: Instant,
  updated: Instant,
});
export type SavedStatement = z.infer<typeof SavedStatement>;
