import type { PersistenceState } from './types.ts';

/** The part of navigator.storage we use; a parameter so tests can pass a stand-in. */
export interface PersistenceManager {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

function defaultManager(): PersistenceManager | undefined {
  return (globalThis as { navigator?: { storage?: PersistenceManager } }).navigator?.storage;
}

/**
 * Asks the browser not to evict our data under storage pressure (it may decide silently,
 * for example from site engagement). Never rejects.
 */
export async function requestPersistence(
  manager: PersistenceManager | undefined = defaultManager(),
): Promise<PersistenceState> {
  if (!manager?.persist) return 'unsupported';
  try {
    if (manager.persisted && (await manager.persisted())) return 'persisted';
    return (await manager.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

/** Whether our data is already protected from eviction, without asking for it. */
export async function persistenceState(
  manager: PersistenceManager | undefined = defaultManager(),
): Promise<PersistenceState> {
  if (!manager?.persisted) return 'unsupported';
  try {
    return (await manager.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}
