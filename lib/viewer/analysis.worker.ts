// The analysis worker: wiring only. The letter's pages come in as they are read; the text is
// built and analysed here, off the page's thread (lib/viewer/analysisSession.ts).
import { setLanguage } from '../i18n/language';
import type { ToAnalysis } from './analysisProtocol';
import { AnalysisSession } from './analysisSession';

/** The worker's global scope, as far as it is used here (the DOM's types describe a window). */
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToAnalysis>) => void) | null;
};
const session = new AnalysisSession({ post: (message, transfer) => scope.postMessage(message, transfer), setLanguage, transfer: true });
scope.onmessage = (e) => session.handle(e.data);
