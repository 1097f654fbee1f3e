/** The history state's wiring: the remembered platform is restored, and visits carry it. */
import { describe, expect, test } from 'vitest';
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
