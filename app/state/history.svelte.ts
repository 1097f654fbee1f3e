import type { NewCheck, PortHistory, StorageStatus } from '../storage/index.ts';
import { database, messageOf } from './database.svelte.ts';

export { messageOf };

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

  /** Records a check; failures become a visible message and never break the page. */
  async record(check: NewCheck): Promise<void> {
    try {
      const m = await database.open();
      if (!database.available) return;
      this.prefetched = undefined;
      await m.recordCheck(check);
      database.lastError = '';
    } catch (error) {
      database.lastError = `This check was not saved to your history: ${messageOf(error)}`;
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
