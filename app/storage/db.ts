import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import { m } from '../generated/paraglide/messages.js';
import { StorageUnavailableError, toStorageError } from './errors.ts';
import { DB_NAME, DB_VERSION, upgradeSchema } from './schema.ts';
import type { PortwiseDB } from './schema.ts';
import type { StorageStatus } from './types.ts';

/** The typed database handle; only modules in app/storage ever see one. */
export type PortwiseDatabase = IDBPDatabase<PortwiseDB>;

/** Told that another tab opened a newer schema (or deleted the database: newVersion null). */
export type VersionChangeListener = (newVersion: number | null) => void;

/** How long our own open may wait for an older tab to let go before we give up. */
const BLOCKED_TIMEOUT_MS = 4000;

/**
 * How long an open may take at all: a broken browser profile can leave the request unanswered
 * (neither success, error nor blocked), and the page must not wait on it forever.
 */
export const OPEN_TIMEOUT_MS = 10_000;

let databaseName = DB_NAME;
let openTimeoutMs = OPEN_TIMEOUT_MS;
let connection: Promise<PortwiseDatabase> | undefined;
let outdatedMessage: string | undefined;
const versionListeners = new Set<VersionChangeListener>();

/** Opens the database if needed and says whether history can be saved; never rejects. */
export async function openStorage(): Promise<StorageStatus> {
  try {
    await getDatabase();
    return { available: true };
  } catch (error) {
    if (error instanceof StorageUnavailableError) {
      return { available: false, reason: error.reason, message: error.message };
    }
    return { available: false, reason: 'error', message: String(error) };
  }
}

/** The shared connection, opened on first use; rejects with StorageUnavailableError. */
export function getDatabase(): Promise<PortwiseDatabase> {
  if (outdatedMessage) {
    return Promise.reject(new StorageUnavailableError('outdated', outdatedMessage));
  }
  if (!connection) {
    const opening = connect();
    connection = opening;
    // A failed open must not stick: the next call tries again (the other tab may have closed).
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
  }
  return connection;
}

/** Runs work against the database, turning IndexedDB failures into our typed errors. */
export async function withDatabase<T>(work: (db: PortwiseDatabase) => Promise<T>): Promise<T> {
  const db = await getDatabase();
  try {
    return await work(db);
  } catch (error) {
    // Another tab's upgrade may close our connection mid-call; say why rather than InvalidStateError.
    if (outdatedMessage)
      throw new StorageUnavailableError('outdated', outdatedMessage, { cause: error });
    throw toStorageError(error);
  }
}

/** Subscribes to "a newer version was opened elsewhere"; returns the unsubscribe function. */
export function onVersionChange(listener: VersionChangeListener): () => void {
  versionListeners.add(listener);
  return () => versionListeners.delete(listener);
}

/** Closes the connection and forgets cached state, so tests (and a reset) start clean. */
export async function closeStorage(): Promise<void> {
  const current = connection;
  connection = undefined;
  outdatedMessage = undefined;
  if (current) {
    const db = await current.catch(() => undefined);
    db?.close();
  }
}

/** Sets how long an open may take before it counts as failed (tests shorten it); returns the old value. */
export function useOpenTimeout(ms: number): number {
  const previous = openTimeoutMs;
  openTimeoutMs = ms;
  return previous;
}

/** The name storage opens (a worker given it opens the same database as the page). */
export function currentDatabaseName(): string {
  return databaseName;
}

/** Points storage at another database name; browser test files share one origin and run in parallel. */
export async function useDatabaseName(name: string): Promise<void> {
  await closeStorage();
  databaseName = name;
}

function connect(): Promise<PortwiseDatabase> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(new StorageUnavailableError('unsupported', m.pg_storage_unsupported()));
  }
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    let opening: Promise<PortwiseDatabase>;
    const seconds = Math.round(openTimeoutMs / 1000);
    const deadline = setTimeout(() => {
      gaveUp = true;
      clearTimeout(timer);
      reject(new StorageUnavailableError('timeout', m.pg_storage_timeout({ count: seconds })));
    }, openTimeoutMs);
    try {
      opening = openDB<PortwiseDB>(databaseName, DB_VERSION, {
        upgrade: upgradeSchema,
        blocked() {
          timer ??= setTimeout(() => {
            gaveUp = true;
            clearTimeout(deadline);
            reject(new StorageUnavailableError('blocked', m.pg_storage_blocked()));
          }, BLOCKED_TIMEOUT_MS);
        },
        blocking(_currentVersion, newVersion, event) {
          // Close at once so the other tab's upgrade is not blocked by us.
          (event.target as IDBDatabase).close();
          connection = undefined;
          if (newVersion !== null) {
            outdatedMessage = m.pg_storage_updated_elsewhere();
          }
          for (const listener of versionListeners) listener(newVersion);
        },
        terminated() {
          connection = undefined;
        },
      });
    } catch (error) {
      // Some private modes make indexedDB.open itself throw instead of failing the request.
      clearTimeout(deadline);
      reject(describeOpenFailure(error));
      return;
    }
    opening.then(
      (db) => {
        clearTimeout(timer);
        clearTimeout(deadline);
        // An answer after we gave up is closed: the caller was already told, and may retry.
        if (gaveUp) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        clearTimeout(deadline);
        reject(describeOpenFailure(error));
      },
    );
  });
}

function describeOpenFailure(error: unknown): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'VersionError') {
    return new StorageUnavailableError('outdated', m.pg_storage_outdated(), { cause: error });
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new StorageUnavailableError('error', m.pg_storage_refused(), { cause: error });
  }
  const mapped = toStorageError(error);
  if (mapped instanceof Error && !(mapped instanceof StorageUnavailableError)) {
    return new StorageUnavailableError(
      'error',
      m.pg_storage_open_failed({ reason: mapped.message }),
      {
        cause: error,
      },
    );
  }
  return mapped;
}
