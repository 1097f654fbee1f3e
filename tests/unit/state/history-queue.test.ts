/**
 * Issue 16 item 6: a check is queued in localStorage the moment it is recorded, so one whose
 * write was cut short by leaving the page is stored at the next start-up, exactly once.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadPage } from './fresh-state.ts';

const KEY = 'portwise.pending-checks';
let store: Map<string, string>;

beforeEach(() => {
  store = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, String(value)),
    removeItem: (key: string) => void store.delete(key),
  });
});

const queued = () => JSON.parse(store.get(KEY) ?? '[]') as { port: number; at: number }[];
const copy = (at: number) => ({
  port: 5432,
  protocol: 'tcp' as const,
  platform: 'linux',
  kind: 'copy' as const,
  commandId: 'linux-ss-listener-tcp',
  at,
});

describe('the pending-checks queue', () => {
  test('record queues the check before it waits for anything, and clears it once stored', async () => {
    const { historyState, storage } = await loadPage();
    const recording = historyState.record(copy(1_750_000_000_000));
    expect(queued()).toMatchObject([{ port: 5432, at: 1_750_000_000_000 }]);
    expect(await recording).toEqual({ ok: true });
    expect(queued()).toEqual([]);
    expect(await storage.listChecks(5432)).toHaveLength(1);
  });

  test('a check queued by a page that was left is stored at start-up; one already stored is skipped', async () => {
    const { historyState, storage } = await loadPage();
    await storage.recordCheck(copy(1_750_000_000_000));
    store.set(KEY, JSON.stringify([copy(1_750_000_000_000), copy(1_750_000_060_000)]));
    expect(await historyState.flushPending()).toBe(1);
    expect((await storage.listChecks(5432)).map((check) => check.at)).toEqual([
      1_750_000_060_000, 1_750_000_000_000,
    ]);
    expect(queued()).toEqual([]);
    expect(await historyState.flushPending()).toBe(0);
    expect(await storage.listChecks(5432)).toHaveLength(2);
  });

  test('a queued entry that is not a valid check is dropped, not retried forever', async () => {
    const { historyState, storage } = await loadPage();
    store.set(KEY, JSON.stringify([{ ...copy(1_750_000_000_000), port: 70_000 }, copy(1)]));
    expect(await historyState.flushPending()).toBe(1);
    expect(queued()).toEqual([]);
    expect(await storage.listChecks()).toHaveLength(1);
  });
});

describe('the history page and queued checks', () => {
  test('a page that read the list before start-up stored a queued check reads it again', async () => {
    const { historyState } = await loadPage();
    const { HistoryPage } = await import('../../../app/state/history-page.svelte.ts');
    store.set(KEY, JSON.stringify([copy(1_750_000_000_000)]));
    const page = new HistoryPage();
    await page.load();
    expect(page.rows).toEqual([]);
    const stop = page.follow();
    expect(await historyState.flushPending()).toBe(1);
    await vi.waitFor(() => expect(page.rows.map((r) => r.port)).toEqual([5432]));
    stop();
  });
});
