/**
 * The app's one connection to the storage layer, private to app/state: history, settings and the
 * history page reach IndexedDB through `database.open()`; views and components never do (ESLint).
 */
import type { StorageStatus } from '../storage/index.ts';

export type StorageModule = typeof import('../storage/index.ts');

/** Describes any thrown value in one sentence for a notice. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class Database {
  status = $state<StorageStatus | undefined>(undefined);
  /** Set when a write failed (for example a full disk); shown beside the page, nothing is lost. */
  lastError = $state('');
  /** True when another tab opened a newer version and this tab must reload. */
  outdated = $state(false);
  private module: Promise<StorageModule> | undefined;

  /** Loads the storage module (off the first paint) and opens the database, once. */
  open(): Promise<StorageModule> {
    this.module ??= import('../storage/index.ts').then(async (m) => {
      this.status = await m.openStorage();
      m.onVersionChange(() => (this.outdated = true));
      if (this.status.available === false && this.status.reason === 'outdated')
        this.outdated = true;
      return m;
    });
    return this.module;
  }

  /**
   * Tries to open the database again after it was unavailable (an open that timed out, a tab that
   * blocked it, a refusal that may have passed), and updates `status` with the answer.
   */
  async reopen(): Promise<void> {
    const m = await this.open();
    if (this.available) return;
    this.status = undefined;
    this.status = await m.openStorage();
  }

  private listeners = new Set<() => void>();

  /**
   * Calls `listener` when this tab wrote to the history behind the page's back (start-up storing
   * queued checks); other tabs' writes arrive on storage's BroadcastChannel, which never echoes
   * this tab's own. Returns the unsubscribe.
   */
  onLocalChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells this tab's listeners that the history changed. */
  changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Whether the database is usable (after `open()` resolved). */
  get available(): boolean {
    return this.status?.available === true;
  }
}

/** The app's single storage connection. */
export const database = new Database();
