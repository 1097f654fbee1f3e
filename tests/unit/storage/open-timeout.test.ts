/** Issue 16 item 5: an open that never answers (no success, error or blocked) times out, and a retry works. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { listChecks, recordCheck } from '../../../app/storage/checks.ts';
import { openStorage, useOpenTimeout } from '../../../app/storage/db.ts';
import { aCheck, useFreshDatabase } from './fake-db.ts';
import { setLocale } from '../../../app/generated/paraglide/runtime.js';

useFreshDatabase();

let restoreTimeout: number | undefined;
afterEach(() => {
  if (restoreTimeout !== undefined) useOpenTimeout(restoreTimeout);
  restoreTimeout = undefined;
  vi.restoreAllMocks();
  setLocale('en', { reload: false });
});

/** Makes the next `count` calls of indexedDB.open return a request that never fires any event. */
function silenceOpens(count: number): void {
  const factory = indexedDB;
  const open = factory.open.bind(factory);
  let left = count;
  vi.spyOn(factory, 'open').mockImplementation((name, version) => {
    if (left <= 0) return open(name, version);
    left -= 1;
    return new IDBOpenDBRequest();
  });
}

describe('an open that never answers', () => {
  test('times out as unavailable with reason "timeout", and says so in words', async () => {
    restoreTimeout = useOpenTimeout(50);
    silenceOpens(1);
    const status = await openStorage();
    expect(status).toEqual({
      available: false,
      reason: 'timeout',
      message: expect.stringMatching(/did not answer within/),
    });
  });

  test("says it in the page's language", async () => {
    restoreTimeout = useOpenTimeout(1000);
    setLocale('de', { reload: false });
    silenceOpens(1);
    const status = await openStorage();
    expect(status).toMatchObject({
      reason: 'timeout',
      message:
        'Die Datenbank des Browsers hat nicht innerhalb von 1 Sekunde geantwortet, daher kann der Verlauf gerade weder gelesen noch gespeichert werden.',
    });
  });

  test('a write while the open hangs fails instead of waiting forever', async () => {
    restoreTimeout = useOpenTimeout(50);
    silenceOpens(1);
    await expect(recordCheck(aCheck({ port: 22 }))).rejects.toThrow(/did not answer/);
  });

  test('the next open tries again and works once the browser answers', async () => {
    restoreTimeout = useOpenTimeout(50);
    silenceOpens(1);
    expect((await openStorage()).available).toBe(false);
    expect(await openStorage()).toEqual({ available: true });
    await recordCheck(aCheck({ port: 22 }));
    expect(await listChecks(22)).toHaveLength(1);
  });
});
