import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { StorageInputError } from './errors.ts';
import { checkPort } from './fields.ts';
import type { Pin } from './types.ts';

/** Pins or unpins a port; pinning an already pinned port keeps its original time. */
export function setPin(port: number, pinned: boolean): Promise<Pin | undefined> {
  const problem = checkPort(port);
  if (problem) return Promise.reject(new StorageInputError(problem));
  return withDatabase(async (db) => {
    const tx = db.transaction('pins', 'readwrite');
    if (!pinned) {
      await commit(tx.done, [tx.store.delete(port)]);
      return undefined;
    }
    const existing = await tx.store.get(port);
    const pin = existing ?? { port, pinnedAt: Date.now() };
    await commit(tx.done, existing ? [] : [tx.store.put(pin)]);
    return pin;
  });
}

/** Whether a port is pinned. */
export function isPinned(port: number): Promise<boolean> {
  return withDatabase(async (db) => (await db.getKey('pins', port)) !== undefined);
}
