import { joinSentences } from '../core/ports/query.ts';
import { m } from '../generated/paraglide/messages.js';
import type { NewCheck, PortHistory, StorageStatus } from '../storage/index.ts';
import { database, messageOf } from './database.svelte.ts';
import { pendingChecks, queueCheck, unqueueCheck } from './history-queue.ts';
import type { PendingCheck } from './history-queue.ts';

export { messageOf };

/** What a write to the history did: it was saved, or it was not and `reason` says why, in words. */
export type WriteOutcome = { ok: true } | { ok: false; reason: string };

/** Whether storage refused the check itself (a bad field), so retrying it can never succeed. */
function isInputError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'StorageInputError';
}

/** Why nothing can be saved while storage is unavailable (its status says what the browser did). */
function unavailableReason(status: StorageStatus | undefined): string {
  return joinSentences([
    m.pg_history_unavailable_short(),
    status && !status.available ? status.message : undefined,
  ]);
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
   * reports, since the history page already says so. Before anything else (synchronously) the check
   * is queued in localStorage, so leaving the page before the write is done does not lose it.
   */
  async record(check: NewCheck): Promise<WriteOutcome> {
    const stamped: PendingCheck = { ...check, at: check.at ?? Date.now() };
    // Pasted output can be large; a paste is saved on request and its outcome shown, so not queued.
    if (stamped.output === undefined) queueCheck(stamped);
    try {
      const storage = await database.open();
      if (!database.available) {
        // Without IndexedDB at all the queue would only grow; a refusal or a block may pass.
        if (database.status?.available === false && database.status.reason === 'unsupported')
          unqueueCheck(stamped);
        return { ok: false, reason: unavailableReason(database.status) };
      }
      this.prefetched = undefined;
      await storage.recordCheckOnce(stamped);
      unqueueCheck(stamped);
      database.lastError = '';
      return { ok: true };
    } catch (error) {
      if (isInputError(error)) unqueueCheck(stamped);
      const reason = messageOf(error);
      database.lastError = m.pg_check_not_saved({ reason });
      return { ok: false, reason };
    }
  }

  /**
   * Stores the checks an earlier page queued but was left before writing (start-up calls it when
   * idle); one already stored is skipped, one that is not a valid check dropped. Resolves to how
   * many were stored.
   */
  async flushPending(): Promise<number> {
    const queued = pendingChecks();
    if (queued.length === 0) return 0;
    try {
      const m = await database.open();
      if (!database.available) return 0;
      let stored = 0;
      for (const check of queued) {
        try {
          if (await m.recordCheckOnce(check)) stored += 1;
          unqueueCheck(check);
        } catch (error) {
          if (isInputError(error)) unqueueCheck(check);
        }
      }
      if (stored > 0) {
        this.prefetched = undefined;
        database.changed();
      }
      return stored;
    } catch {
      return 0;
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
