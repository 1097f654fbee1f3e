/** Gives every test a brand-new fake IndexedDB and a storage layer with no cached connection. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeStorage } from '../../../app/storage/db.ts';

/** Registers the per-test reset; call once at the top of a test file. */
export function useFreshDatabase(): void {
  beforeEach(async () => {
    await closeStorage();
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    await closeStorage();
  });
}

/** A check with sensible defaults, for tests that only care about a field or two. */
export function aCheck<T extends object>(overrides: T) {
  return {
    port: 443,
    protocol: 'tcp' as const,
    platform: 'linux',
    kind: 'view' as const,
    ...overrides,
  };
}
