import { t } from '../lib/i18n/t';
import { readAloud } from './useReadAloud';

/**
 * Reads a text aloud with the computer's own Danish voice, never one over the network (through
 * the viewer's Læs op, components/useReadAloud.ts; where the computer has no Danish voice of its
 * own nothing is said and the viewer tells why). Kept for callers of the old helper.
 */
export function speak(text: string): void {
  void readAloud.start('speak', t('speak.theText'), [{ text }]);
}

export const canSpeak = () => readAloud.supported;
