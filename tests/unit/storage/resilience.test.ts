import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { listChecks, recordCheck } from '../../../app/storage/checks.ts';
import { closeStorage, openStorage } from '../../../app/storage/db.ts';
import {
  isQuotaError,
  StorageFullError,
  StorageUnavailableError,
  toStorageError,
} from '../../../app/storage/errors.ts';
import { exportJson } from '../../../app/storage/export.ts';
import { historyByPort } from '../../../app/storage/history.ts';
import { importJson } from '../../../app/storage/import.ts';
import { setNote } from '../../../app/storage/notes.ts';
import { aCheck, useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError and toStorageError', () => {
  test.each<[string, boolean, unknown]>([
    ['QuotaExceededError', true, quota()],
    ['Firefox name', true, { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
    ['legacy code 22', true, { name: 'Error', code: 22 }],
    ['a bare AbortError', false, new DOMException('aborted', 'AbortError')],
    ['abort wrapping quota as cause', true, new Error('Transaction aborted', { cause: quota() })],
    [
      'abort event whose target failed on quota',
      true,
      { name: 'AbortError', target: { error: quota() } },
    ],
    ['plain abort', false, { name: 'AbortError', target: { error: null } }],
    ['null', false, null],
    ['a string', false, 'QuotaExceededError'],
  ])('%s → quota? %s', (_name, expected, error) => {
    expect(isQuotaError(error)).toBe(expected);
    expect(toStorageError(error) instanceof StorageFullError).toBe(expected);
  });

  test('other DOM errors become StorageUnavailableError; programming errors pass through', () => {
    const unknown = toStorageError(new DOMException('boom', 'UnknownError'));
    expect(unknown).toBeInstanceOf(StorageUnavailableError);
    expect((unknown as StorageUnavailableError).reason).toBe('error');
    const bug = new TypeError('x is undefined');
    expect(toStorageError(bug)).toBe(bug);
  });
});

/** Makes the Nth and later writes fail with a quota error, the way a full disk does. */
function failWritesAfter(allowed: number): void {
  const proto = IDBObjectStore.prototype as unknown as Record<
    'add' | 'put',
    (...args: unknown[]) => unknown
  >;
  let writes = 0;
  for (const method of ['add', 'put'] as const) {
    const original = proto[method];
    vi.spyOn(proto, method).mockImplementation(function (
      this: { _rawObjectStore: { storeRecord: unknown } },
      ...args
    ) {
      writes += 1;
      if (writes <= allowed) return original.apply(this, args);
      // fake-indexeddb binds storeRecord when the request is made; failing it aborts the transaction.
      const raw = this._rawObjectStore;
      const storeRecord = raw.storeRecord;
      raw.storeRecord = () => {
        throw quota();
      };
      try {
        return original.apply(this, args);
      } finally {
        raw.storeRecord = storeRecord;
      }
    });
  }
}

describe('quota exceeded', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('recordCheck rejects with StorageFullError and keeps what was stored', async () => {
    const kept = await recordCheck(aCheck({ at: 1 }));
    failWritesAfter(0);
    const error = await recordCheck(aCheck({ at: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/^Storage is full/);
    vi.restoreAllMocks();
    expect(await listChecks()).toEqual([kept]);
  });

  test('an import that runs out of space half-way changes nothing', async () => {
    await recordCheck(aCheck({ port: 1, at: 1 }));
    await setNote(1, 'keep me');
    const before = await exportJson();
    const incoming = {
      ...before,
      checks: Array.from({ length: 50 }, (_, index) => aCheck({ port: 100 + index, at: index })),
      notes: [{ port: 1, text: 'overwritten?', updatedAt: Date.now() + 1000 }],
    };
    failWritesAfter(25);
    await expect(importJson(JSON.stringify(incoming))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    const after = await exportJson();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});

describe('IndexedDB missing or failing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('no IndexedDB: openStorage reports it, functions reject with StorageUnavailableError', async () => {
    await closeStorage();
    vi.stubGlobal('indexedDB', undefined);
    const status = await openStorage();
    expect(status).toMatchObject({ available: false, reason: 'unsupported' });
    expect(status.available || status.message).toMatch(/IndexedDB/);
    const error = await historyByPort().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    await expect(recordCheck(aCheck({}))).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  test('a refused open (private mode) is reported as an error with a message', async () => {
    await closeStorage();
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    });
    const status = await openStorage();
    expect(status).toMatchObject({ available: false, reason: 'error' });
    expect(status.available || status.message).toMatch(/refused to open storage/);
  });

  test('a failed open is retried on the next call', async () => {
    await closeStorage();
    const real = indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    expect((await openStorage()).available).toBe(false);
    vi.stubGlobal('indexedDB', real);
    expect(await openStorage()).toEqual({ available: true });
  });
});
