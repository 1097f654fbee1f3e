import { describe, expect, test } from 'vitest';
import { setLocale } from '../../../app/generated/paraglide/runtime.js';
import { setSetting } from '../../../app/storage/settings.ts';
import { deleteCheck, listChecks, recordCheck } from '../../../app/storage/checks.ts';
import { StorageInputError } from '../../../app/storage/errors.ts';
import { exportJson } from '../../../app/storage/export.ts';
import { setFeedback } from '../../../app/storage/feedback.ts';
import {
  clearHistory,
  deletePort,
  historyByPort,
  restoreHistory,
} from '../../../app/storage/history.ts';
import { importJson } from '../../../app/storage/import.ts';
import { getNote, setNote } from '../../../app/storage/notes.ts';
import { setPin } from '../../../app/storage/pins.ts';
import type { NewCheck } from '../../../app/storage/types.ts';
import { aCheck, useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

const names: Record<number, string> = { 22: 'ssh', 80: 'http', 443: 'https', 5432: 'postgresql' };
const nameOf = (port: number) => names[port];

async function seed(): Promise<void> {
  await recordCheck(aCheck({ port: 80, at: 1000 }));
  await recordCheck(aCheck({ port: 443, at: 2000 }));
  await recordCheck(
    aCheck({
      port: 443,
      at: 3000,
      protocol: 'udp',
      platform: 'macos',
      verdict: 'free',
      kind: 'paste',
    }),
  );
  await recordCheck(
    aCheck({ port: 5432, at: 4000, kind: 'copy', commandId: 'linux.ss.listening' }),
  );
  await recordCheck(aCheck({ port: 22, at: 500 }));
  await setPin(22, true);
  await setNote(80, 'The Nginx redirect');
}

describe('recordCheck and listChecks', () => {
  test('stores a check with an id and returns checks newest first', async () => {
    const first = await recordCheck(aCheck({ port: 80, at: 10 }));
    const second = await recordCheck(aCheck({ port: 443, at: 20, commandId: 'x' }));
    expect(second.id).toBeGreaterThan(first.id);
    expect(await listChecks()).toEqual([second, first]);
    expect(await listChecks(80)).toEqual([first]);
    expect(await listChecks(9)).toEqual([]);
  });

  test('fills in the time when none is given', async () => {
    const before = Date.now();
    const check = await recordCheck(aCheck({}));
    expect(check.at).toBeGreaterThanOrEqual(before);
    expect(check.at).toBeLessThanOrEqual(Date.now());
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['port too high', { port: 70000 }, 'port 70000 is outside 0–65535'],
    ['negative port', { port: -1 }, 'port -1 is outside 0–65535'],
    ['fractional port', { port: 80.5 }, 'port must be a whole number'],
    ['protocol', { protocol: 'sctp' }, 'protocol "sctp" is not "tcp" or "udp"'],
    ['kind', { kind: 'open' }, 'kind "open" is not'],
    ['empty platform', { platform: '' }, 'platform is empty'],
    ['negative time', { at: -5 }, 'at -5 is not a valid date'],
    ['NaN time', { at: Number.NaN }, 'at must be a time in milliseconds'],
    ['huge output', { output: 'x'.repeat(100_001) }, 'output is 100,001 characters long'],
  ])('rejects a bad check (%s) and stores nothing', async (_name, overrides, message) => {
    const error = await recordCheck(aCheck(overrides) as NewCheck).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageInputError);
    expect((error as Error).message).toContain(message);
    expect(await listChecks()).toEqual([]);
  });

  test("a refusal is the problem alone, in the page's language: the caller says what was not saved", async () => {
    setLocale('de', { reload: false });
    try {
      const refusal = (promise: Promise<unknown>) =>
        promise.then(
          () => 'accepted',
          (e: unknown) => (e instanceof StorageInputError ? e.message : String(e)),
        );
      const outside = 'Port 70000 liegt außerhalb von 0–65535';
      expect(await refusal(recordCheck(aCheck({ port: 70000 }) as NewCheck))).toBe(outside);
      expect(await refusal(setNote(70000, 'x'))).toBe(outside);
      expect(await refusal(setPin(70000, true))).toBe(outside);
      expect(await refusal(setFeedback(70000, true))).toBe(outside);
      expect(await refusal(setSetting('' as 'platform', 'x'))).toBe('key ist leer');
    } finally {
      setLocale('en', { reload: false });
    }
  });

  test('deleteCheck removes only that check', async () => {
    const keep = await recordCheck(aCheck({ at: 1 }));
    const drop = await recordCheck(aCheck({ at: 2 }));
    await deleteCheck(drop.id);
    await deleteCheck(drop.id);
    expect(await listChecks()).toEqual([keep]);
  });
});

describe('historyByPort', () => {
  test('groups per port, pinned first, then newest, with the last check details', async () => {
    await seed();
    const rows = await historyByPort();
    expect(rows.map((row) => [row.port, row.count, row.pinned, row.lastAt])).toEqual([
      [22, 1, true, expect.any(Number)],
      [5432, 1, false, 4000],
      [443, 2, false, 3000],
      [80, 1, false, 1000],
    ]);
    const https = rows.find((row) => row.port === 443);
    expect(https).toMatchObject({
      lastProtocol: 'udp',
      lastPlatform: 'macos',
      lastVerdict: 'free',
    });
    expect(rows.find((row) => row.port === 80)?.note?.text).toBe('The Nginx redirect');
  });

  test.each([
    ['', [22, 5432, 443, 80]],
    ['44', [443]],
    ['  HTTP ', [443, 80]],
    ['postgres', [5432]],
    ['nginx', [80]],
    ['2', [22, 5432]],
    ['nothing-matches', []],
  ])('filter %j matches port, name or note text', async (filter, ports) => {
    await seed();
    const rows = await historyByPort(filter, nameOf);
    expect(rows.map((row) => row.port)).toEqual(ports);
  });

  test('a port with only a note or feedback still shows, with no checks', async () => {
    await setNote(9999, 'remember this');
    await setFeedback(7, false);
    const rows = await historyByPort();
    expect(rows.map((row) => [row.port, row.count, row.lastProtocol])).toEqual(
      expect.arrayContaining([
        [9999, 0, undefined],
        [7, 0, undefined],
      ]),
    );
    expect(rows).toHaveLength(2);
  });
});

describe('deleting and undo', () => {
  test('deletePort removes its checks, note, pin and feedback, and can be undone', async () => {
    await seed();
    await setFeedback(80, true);
    await setPin(80, true);
    const before = await historyByPort();
    const removed = await deletePort(80);
    expect(removed.checks).toHaveLength(1);
    expect([removed.notes.length, removed.pins.length, removed.feedback.length]).toEqual([1, 1, 1]);
    const after = await historyByPort();
    expect(after.map((row) => row.port)).not.toContain(80);
    expect(after).toHaveLength(before.length - 1);
    await restoreHistory(removed);
    expect(await historyByPort()).toEqual(before);
  });

  test('clearHistory empties everything and restoreHistory brings it back with the same ids', async () => {
    await seed();
    await setFeedback(443, true);
    const checks = await listChecks();
    const rows = await historyByPort();
    const snapshot = await clearHistory();
    expect(await historyByPort()).toEqual([]);
    expect(await listChecks()).toEqual([]);
    const later = await recordCheck(aCheck({ port: 1, at: 99_999 }));
    await restoreHistory(snapshot);
    expect(await listChecks()).toEqual([later, ...checks]);
    expect((await historyByPort()).filter((row) => row.port !== 1)).toEqual(rows);
  });

  test('an undo after an import adds no duplicate and replaces nothing imported since', async () => {
    await seed();
    const exported = await exportJson();
    const snapshot = await clearHistory();
    const notes = exported.notes.map((note) => ({ ...note, text: 'from the file' }));
    await importJson(JSON.stringify({ ...exported, notes }));
    const imported = await listChecks();
    const rows = await historyByPort();
    await restoreHistory(snapshot);
    expect(await listChecks()).toEqual(imported);
    expect((await getNote(80))?.text).toBe('from the file');
    expect(await historyByPort()).toEqual(rows);
  });
});
