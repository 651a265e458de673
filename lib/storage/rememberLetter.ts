import { findSubject } from '../klage/caseFacts';
import type { Report } from '../schema/report';
import type { BrevtjekDb } from './db';
import { letterIdOf, loadLetter, saveLetter } from './letterStore';
import type { LetterSummary, SavedLetter } from './records';

/** What "Mine breve" shows of a letter, from its analysis. */
export function summaryOf(report: Report, letterText: string): LetterSummary {
  return {
    senderName: report.letter.senderName,
    label: report.letter.label,
    subject: findSubject(letterText),
    date: report.letter.date,
    klagefrist: report.appeal.sendBy ?? report.appeal.deadline,
  };
}

/**
 * Saves an opened letter (its bytes, so it opens again after a reload or a restart) and
 * returns its key. A letter saved before keeps its notes, Sag and first-added time.
 */
export async function rememberLetter(
  db: BrevtjekDb,
  letter: { name: string; format: SavedLetter['format']; bytes: Uint8Array; received: string | null; report: Report; text: string },
): Promise<string> {
  const id = await letterIdOf(letter.bytes);
  const before = await loadLetter(db, id);
  const now = new Date().toISOString();
  await saveLetter(db, {
    v: 2,
    id,
    name: letter.name,
    format: letter.format,
    bytes: new Uint8Array(letter.bytes),
    received: letter.received ?? before?.received ?? null,
    sagId: before?.sagId ?? null,
    summary: summaryOf(letter.report, letter.text),
    added: before?.added ?? now,
    opened: now,
    reminder: before?.reminder ?? null,
  });
  return id;
}
