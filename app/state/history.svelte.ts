import type { NewCheck, PortHistory, StorageStatus } from '../storage/index.ts';
import { database, messageOf } from './database.svelte.ts';

export { messageOf };

/** What a write to the history did: it was saved, or it was not and `reason` says why, in words. */
export type WriteOutcome = { ok: true } | { ok: false; reason: string };

/** Why nothing can be saved while storage is unavailable (its status says what the browser did). */
function unavailableReason(status: StorageStatus | undefined): string {
  const why = status && !status.available ? ` ${status.message}` : '';
  return `history is not available in this browser.${why}`;
}

/**
 * The verbs components use on the local history (record, feedback) and what the shell shows about
 * it; the storage handle itself stays in app/state (`database`).
 */
class HistoryState {
  /** The unfiltered history rows, read while the app was idle; dropped on every write. */
  private prefetched: PortHistory[] | undefined;

  get status(): StorageStatus | undefined {
    return database.status;
  }

  /** Set when a write failed (for example a full disk); shown beside the page, nothing is lost. */
  get lastError(): string {
    return database.lastError;
  }

  /** True when another tab opened a newer version and this tab must reload. */
  get outdated(): boolean {
    return database.outdated;
  }

  /**
   * Records a check and says whether it was saved. Never rejects: a failed write also becomes the
   * shell's notice; storage that is unavailable (no IndexedDB, refused, blocked) only the outcome
   * reports, since the history page already says so.
   */
  async record(check: NewCheck): Promise<WriteOutcome> {
    try {
      const m = await database.open();
      if (!database.available) return { ok: false, reason: unavailableReason(database.status) };
      this.prefetched = undefined;
      await m.recordCheck(check);
      database.lastError = '';
      return { ok: true };
    } catch (error) {
      const reason = messageOf(error);
      database.lastError = `This check was not saved to your history: ${reason}`;
      return { ok: false, reason };
    }
  }

  /** The stored answer to "Was this page helpful?" for a port, or null (none, or no storage). */
  async feedbackOf(port: number): Promise<boolean | null> {
    const m = await database.open();
    return database.available ? ((await m.getFeedback(port))?.helpful ?? null) : null;
  }

  /** Stores the answer for a port (null removes it); rejects with a readable reason when it cannot. */
  async setFeedback(port: number, helpful: boolean | null): Promise<void> {
    const m = await database.open();
    if (!database.available) throw new Error('history is not available in this browser');
    await m.setFeedback(port, helpful);
  }

  /** Reads the history rows ahead of time, so the history page can show them at once. */
  async prefetchHistory(): Promise<void> {
    try {
      const m = await database.open();
      if (database.available) this.prefetched = await m.historyByPort();
    } catch {
      this.prefetched = undefined;
    }
  }

  /** Takes the prefetched rows (once): the page shows them while it reads the current ones. */
  takePrefetched(): PortHistory[] | undefined {
    const rows = this.prefetched;
    this.prefetched = undefined;
    return rows;
  }
}

/** The app's single history state. */
export const historyState = new HistoryState();
