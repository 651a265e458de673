import type { ToAnalysis } from './analysisProtocol';

/**
 * The analysis worker itself (lib/viewer/analysis.worker.ts), apart from the rest of the
 * analysis, so the viewer can start it first thing (entrypoints/viewer/prewarm.ts), before its
 * own code has loaded: the worker then loads and compiles the rules while the page loads, the
 * letter is fetched and pdf.js opens it. This module imports nothing that runs.
 */
let spare: Worker | null = null;
/** Workers that failed (their script did not load): one started ahead may fail before anyone listens. */
const failed = new WeakSet<Worker>();

/** A new analysis worker, told to get ready. */
export function newAnalysisWorker(): Worker {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('error', () => failed.add(worker));
  worker.postMessage({ type: 'warm' } satisfies ToAnalysis);
  return worker;
}

/** Starts a worker ahead of the letter; the next letter's analysis takes it. */
export function prewarmAnalysis(): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    spare = newAnalysisWorker();
  } catch {
    spare = null;
  }
}

/** The worker started ahead (unless it failed), or a new one. */
export function takeAnalysisWorker(): Worker {
  if (spare && failed.has(spare)) spare.terminate();
  const worker = spare && !failed.has(spare) ? spare : newAnalysisWorker();
  spare = null;
  return worker;
}
