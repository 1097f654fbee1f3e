import { afterAll, beforeEach, expect, test, vi } from 'vitest';
import {
  historyByPort,
  onVersionChange,
  openStorage,
  recordCheck,
} from '../../../app/storage/index.ts';
import { closeStorage, useDatabaseName } from '../../../app/storage/db.ts';
import { DB_NAME } from '../../../app/storage/schema.ts';
import { deleteDatabase } from '../../fixtures/db/load-fixture.ts';

const name = 'portwise-browser-test-version';

beforeEach(async () => {
  await useDatabaseName(name);
  await deleteDatabase(indexedDB, name);
});

afterAll(async () => {
  await closeStorage();
  await deleteDatabase(indexedDB, name);
  await useDatabaseName(DB_NAME);
});

/** Opens the database the way a newer Portwise in another tab would. */
function openNewerVersion(version: number, onBlocked: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onblocked = onBlocked;
    request.onupgradeneeded = () => request.result.createObjectStore(`added-in-v${version}`);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

test('a newer version in another tab is not blocked, and this tab is told to reload', async () => {
  await recordCheck({ port: 22, protocol: 'tcp', platform: 'linux', kind: 'view' });
  const told = vi.fn();
  const stop = onVersionChange(told);
  const blocked = vi.fn();
  const newer = await openNewerVersion(2, blocked);
  expect(newer.version).toBe(2);
  expect(blocked).not.toHaveBeenCalled();
  expect(told).toHaveBeenCalledExactlyOnceWith(2);

  await expect(historyByPort()).rejects.toMatchObject({
    name: 'StorageUnavailableError',
    reason: 'outdated',
  });
  expect(await openStorage()).toMatchObject({ available: false, reason: 'outdated' });
  newer.close();
  stop();
});

test('opening after another tab upgraded reports "outdated" instead of failing obscurely', async () => {
  const newer = await openNewerVersion(3, () => undefined);
  newer.close();
  const status = await openStorage();
  expect(status).toMatchObject({ available: false, reason: 'outdated' });
  expect(status.available || status.message).toMatch(/reload/);
});

test('an unsubscribed listener is not called', async () => {
  expect(await openStorage()).toEqual({ available: true });
  const told = vi.fn();
  onVersionChange(told)();
  const newer = await openNewerVersion(2, () => undefined);
  newer.close();
  expect(told).not.toHaveBeenCalled();
});
