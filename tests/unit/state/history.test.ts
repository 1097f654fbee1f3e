/** The history state's wiring: the remembered platform is restored, and visits carry it. */
import { describe, expect, test } from 'vitest';
import { loadPage } from './fresh-state.ts';

describe('historyState.connectPlatform', () => {
  test('restores the platform remembered from an earlier visit', async () => {
    const { storage, platformState, historyState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    await historyState.connectPlatform();
    expect(platformState.os).toBe('macos');
  });

  test('a remembered choice never overrides a choice made on this page', async () => {
    const { storage, platformState, historyState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    platformState.choose('windows');
    await historyState.connectPlatform();
    expect(platformState.os).toBe('windows');
    expect(await storage.getSetting('platform')).toBe('windows');
  });

  test('a remembered choice never overrides a choice made while it is being read', async () => {
    const { storage, platformState, historyState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    const connecting = historyState.connectPlatform();
    platformState.choose('windows');
    await connecting;
    expect(platformState.os).toBe('windows');
    await expect.poll(() => storage.getSetting('platform')).toBe('windows');
  });
});

describe('historyState.recordView', () => {
  test('a visit is recorded with the restored platform', async () => {
    const { storage, platformState, historyState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    expect(platformState.detected.platform).toBe('linux');
    await historyState.recordView(8080, 'tcp');
    const checks = await storage.listChecks(8080);
    expect(checks).toMatchObject([
      { port: 8080, protocol: 'tcp', kind: 'view', platform: 'macos' },
    ]);
    expect(historyState.lastError).toBe('');
  });

  test('a visit before anything was remembered is recorded with the detected platform', async () => {
    const { storage, historyState } = await loadPage();
    await historyState.recordView(22, 'tcp');
    expect(await storage.listChecks(22)).toMatchObject([{ platform: 'linux', kind: 'view' }]);
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
