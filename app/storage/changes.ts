/**
 * Tells other tabs that the history changed, so a list they show is read again instead of going
 * stale. Every committed write announces itself (commit.ts); a tab never hears its own messages.
 */

/** The BroadcastChannel name every tab (and the import worker) shares. */
export const CHANGES_CHANNEL = 'portwise-history';

/** What is posted: only that something changed; listeners read what they need again. */
export interface HistoryChange {
  type: 'history-changed';
}

let channel: BroadcastChannel | null | undefined;

/** This context's one channel (null where BroadcastChannel is missing), so it never hears itself. */
function sharedChannel(): BroadcastChannel | null {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : null;
  // Node (the unit tests) would otherwise stay alive for the open channel.
  (channel as { unref?: () => void } | null)?.unref?.();
  return channel;
}

/** Announces a committed write to the other tabs; never throws (a closed channel says nothing). */
export function announceChange(): void {
  try {
    sharedChannel()?.postMessage({ type: 'history-changed' } satisfies HistoryChange);
  } catch {
    // Nothing to tell when the channel cannot post: the other tabs read again on their next visit.
  }
}

/** Calls `listener` whenever another tab (or a worker) commits a write; returns the unsubscribe. */
export function onHistoryChange(listener: () => void): () => void {
  const listening = sharedChannel();
  if (!listening) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    if ((event.data as Partial<HistoryChange> | null)?.type === 'history-changed') listener();
  };
  listening.addEventListener('message', onMessage);
  return () => listening.removeEventListener('message', onMessage);
}
