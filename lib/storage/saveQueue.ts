import { t } from '../i18n/t';

/** Whether what the user has typed is safely on disk. */
export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'failed'; message: string; retryInMs: number };

/** The message for a failed write, in the language Brevtjek speaks now: a full disk, or storage the browser blocks. */
export function saveFailureMessage(e: unknown): string {
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return t(name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'saveQueue.fullDisk' : 'saveQueue.blocked');
}

/**
 * Writes that must not be lost. The newest value for each key is kept in memory until it is
 * on disk; a failed write (a full disk, a blocked database) is retried with a growing pause,
 * and the status says so (in Danish or English). Nothing typed is dropped while the page is open.
 */
export class SaveQueue {
  private pending = new Map<string, () => Promise<void>>();
  private running = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<(s: SaveStatus) => void>();
  status: SaveStatus = { state: 'saved' };

  constructor(private readonly pauses = [1000, 3000, 10_000, 30_000]) {}

  onStatus(listener: (s: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues `write` under `key`; a later write under the same key replaces one not yet done. */
  save(key: string, write: () => Promise<void>): void {
    this.pending.set(key, write);
    if (!this.timer) void this.flush();
  }

  /** Whether something is not yet on disk. */
  get unsaved(): boolean {
    return this.pending.size > 0 || this.running;
  }

  /** Writes everything queued now; resolves when all is on disk or a write failed. */
  async flush(): Promise<void> {
    if (this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = true;
    this.set({ state: 'saving' });
    try {
      while (this.pending.size > 0) {
        const [key, write] = this.pending.entries().next().value as [string, () => Promise<void>];
        this.pending.delete(key);
        try {
          await write();
        } catch (e) {
          // Keep it, unless a newer value came while it was written.
          if (!this.pending.has(key)) this.pending.set(key, write);
          const retryInMs = this.pauses[Math.min(this.failures, this.pauses.length - 1)] ?? 30_000;
          this.failures++;
          this.set({ state: 'failed', message: saveFailureMessage(e), retryInMs });
          this.timer = setTimeout(() => {
            this.timer = null;
            void this.flush();
          }, retryInMs);
          return;
        }
      }
      this.failures = 0;
      this.set({ state: 'saved' });
    } finally {
      this.running = false;
    }
  }

  /** Drops every write not yet done: the user asked Brevtjek to forget this letter. */
  discard(): void {
    this.pending.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.failures = 0;
    this.set({ state: 'saved' });
  }

  private set(s: SaveStatus) {
    this.status = s;
    for (const l of this.listeners) l(s);
  }
}
