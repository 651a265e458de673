/** Reads a text aloud with the computer's own Danish voice (no network). */
export function speak(text: string): void {
  if (typeof speechSynthesis === 'undefined') return;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = 'da-DK';
  u.rate = 0.9;
  speechSynthesis.speak(u);
}

export const canSpeak = () => typeof speechSynthesis !== 'undefined';
