/** The history state's wiring: the remembered platform is restored, and visits carry it. */
import { describe, expect, test, vi } from 'vitest';
import { loadPage } from './fresh-state.ts';

describe('recordVisit', () => {
  test('a visit is recorded with the restored platform', async () => {
    const { storage, platformState, visits, historyState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    expect(platformState.detected.platform).toBe('linux');
    await visits.recordVisit(8080, 'tcp');
    const checks = await storage.listChecks(8080);
    expect(checks).toMatchObject([
      { port: 8080, protocol: 'tcp', kind: 'view', platform: 'macos' },
    ]);
    expect(historyState.lastError).toBe('');
  });

  test('a visit before anything was remembered is recorded with the detected platform', async () => {
    const { storage, visits } = await loadPage();
    await visits.recordVisit(22, 'udp');
    expect(await storage.listChecks(22)).toMatchObject([
      { platform: 'linux', kind: 'view', protocol: 'udp' },
    ]);
  });

  test('recording a check never waits on the platform: history only stores the field', async () => {
    const { storage, historyState, platformState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    await historyState.record({ port: 53, protocol: 'udp', platform: 'windows', kind: 'copy' });
    expect(await storage.listChecks(53)).toMatchObject([{ platform: 'windows' }]);
    // Nothing restored the platform on the way.
    expect(platformState.os).toBe('linux');
  });
});

describe('the feedback verbs components call instead of the storage handle', () => {
  test('feedbackOf reads what setFeedback stored, per port, and null removes it', async () => {
    const { storage, historyState } = await loadPage();
    expect(await historyState.feedbackOf(443)).toBeNull();
    await historyState.setFeedback(443, true);
    await historyState.setFeedback(80, false);
    expect(await historyState.feedbackOf(443)).toBe(true);
    expect(await historyState.feedbackOf(80)).toBe(false);
    expect((await storage.getFeedback(443))?.helpful).toBe(true);
    await historyState.setFeedback(443, null);
    expect(await historyState.feedbackOf(443)).toBeNull();
  });
});

describe('historyState.record reports its real outcome (issue 16 item 1)', () => {
  test('a stored check is ok', async () => {
    const { historyState } = await loadPage();
    expect(
      await historyState.record({ port: 22, protocol: 'tcp', platform: 'linux', kind: 'view' }),
    ).toEqual({ ok: true });
  });

  test('without IndexedDB it is not saved, "not available in this browser"', async () => {
    const { historyState } = await loadPage();
    vi.stubGlobal('indexedDB', undefined);
    const outcome = await historyState.record({
      port: 22,
      protocol: 'tcp',
      platform: 'linux',
      kind: 'paste',
    });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(/not available in this browser.*IndexedDB/);
  });

  test('a write that throws is not saved, and the reason names the failure', async () => {
    const { historyState } = await loadPage();
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      if (args[1] === 'readwrite') throw new DOMException('Injected failure.', 'UnknownError');
      return transaction.apply(this, args);
    });
    const outcome = await historyState.record({
      port: 22,
      protocol: 'tcp',
      platform: 'linux',
      kind: 'paste',
    });
    vi.restoreAllMocks();
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('Injected failure.') });
    expect(historyState.lastError).toContain('was not saved');
  });
});
