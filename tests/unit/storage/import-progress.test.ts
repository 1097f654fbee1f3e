/** Issue 16 item 4: a large import reports progress and can be cancelled; long lists are read a page at a time. */
import { describe, expect, test } from 'vitest';
import { listChecks, recordCheck } from '../../../app/storage/checks.ts';
import { historyByPort } from '../../../app/storage/history.ts';
import { importJson, ImportCancelledError } from '../../../app/storage/import.ts';
import { aCheck, useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

const START = 1_750_000_000_000;

function file(checks: number, port = 8080): string {
  return JSON.stringify({
    format: 'portwise-history',
    schemaVersion: 1,
    exportedAt: '2025-10-01T12:00:00.000Z',
    checks: Array.from({ length: checks }, (_, i) => aCheck({ port, at: START + i * 1000 })),
    notes: [],
    pins: [],
    feedback: [],
    settings: [],
  });
}

describe('import progress and cancel', () => {
  test('progress is reported per 1,000 checks written and at the end', async () => {
    const seen: [number, number][] = [];
    await importJson(file(2500), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  test('a cancel while checks are being written leaves the database as it was', async () => {
    await recordCheck(aCheck({ port: 22, at: START }));
    const controller = new AbortController();
    const importing = importJson(file(3000), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1000) controller.abort();
      },
    });
    await expect(importing).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await listChecks()).toHaveLength(1);
    expect((await historyByPort()).map((row) => [row.port, row.count])).toEqual([[22, 1]]);
  });
});

describe('listChecks with a limit', () => {
  test('a port with more checks than are sorted in memory gives its newest, newest first', async () => {
    await importJson(file(1500));
    await recordCheck(aCheck({ port: 22, at: START + 5 }));
    const newest = await listChecks(8080, 50);
    expect(newest.map((check) => check.at)).toEqual(
      Array.from({ length: 50 }, (_, i) => START + (1499 - i) * 1000),
    );
    expect(await listChecks(22, 50)).toHaveLength(1);
  });
});
