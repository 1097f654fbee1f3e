import { afterEach, expect, test, vi } from 'vitest';
import { openStorage } from '../../../app/storage/db.ts';
import { DB_NAME } from '../../../app/storage/schema.ts';
import { useFreshDatabase } from './fake-db.ts';

// Pretend this build ships schema 2, so an older tab holding version 1 open can block our open.
vi.mock(import('../../../app/storage/schema.ts'), async (importOriginal) => {
  const original = await importOriginal();
  return {
    ...original,
    DB_VERSION: 2,
    upgradeSchema: (db, oldVersion, _newVersion, tx) =>
      original.upgradeSchema(db, oldVersion, 1, tx),
  };
});

useFreshDatabase();

afterEach(() => {
  vi.useRealTimers();
});

/** An old tab: holds version 1 open and ignores requests to close it. */
function openStubbornOldTab(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('checks');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

test('an older tab that never lets go: openStorage gives up with "blocked", then recovers', async () => {
  const oldTab = await openStubbornOldTab();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const status = openStorage();
  // Two timers: the open's own deadline (OPEN_TIMEOUT_MS) and, once the old tab blocks it, the
  // wait for that tab to let go.
  await vi.waitFor(() => expect(vi.getTimerCount()).toBe(2));
  await vi.advanceTimersByTimeAsync(5000);
  const blocked = await status;
  expect(blocked).toMatchObject({ available: false, reason: 'blocked' });
  expect(blocked.available || blocked.message).toMatch(/Another Portwise tab/);
  vi.useRealTimers();

  oldTab.close();
  expect(await openStorage()).toEqual({ available: true });
});

test('an older tab that closes in time: the open just waits', async () => {
  const oldTab = await openStubbornOldTab();
  const status = openStorage();
  setTimeout(() => oldTab.close(), 50);
  expect(await status).toEqual({ available: true });
});
