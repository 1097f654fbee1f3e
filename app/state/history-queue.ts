/**
 * A small queue of checks in localStorage ('portwise.pending-checks'). A check goes in the moment
 * it is recorded, synchronously, and comes out once IndexedDB has it; a page left before that
 * (the storage code still loading, the database still opening) leaves it here, and the next
 * start-up stores it (`historyState.flushPending`). Storage's recordCheckOnce never stores it twice.
 */
import type { NewCheck } from '../storage/index.ts';

/** A check with its time fixed, so the queued copy and the stored one are recognisably the same. */
export type PendingCheck = NewCheck & { at: number };

const KEY = 'portwise.pending-checks';
/** Checks kept at most: the oldest give way, so a browser whose database never opens stays small. */
const MAX_PENDING = 100;

/** The same event, by the fields a page records: port, kind, command and time. */
export function sameCheck(a: PendingCheck, b: PendingCheck): boolean {
  return (
    a.port === b.port &&
    a.kind === b.kind &&
    (a.commandId ?? null) === (b.commandId ?? null) &&
    a.at === b.at
  );
}

/** The queued checks (none when localStorage is missing, refused or holds something else). */
export function pendingChecks(): PendingCheck[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? (list as PendingCheck[]) : [];
  } catch {
    return [];
  }
}

function save(list: readonly PendingCheck[]): void {
  try {
    if (list.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(list.slice(-MAX_PENDING)));
  } catch {
    // No localStorage (or it is full): the check is still written to IndexedDB, just not queued.
  }
}

/** Queues a check; synchronous, so it is done before the click that made it returns. */
export function queueCheck(check: PendingCheck): void {
  save([...pendingChecks(), check]);
}

/** Takes a check out of the queue once it is stored (or can never be). */
export function unqueueCheck(check: PendingCheck): void {
  const list = pendingChecks();
  const left = list.filter((queued) => !sameCheck(queued, check));
  if (left.length !== list.length) save(left);
}
