/** The platform choice's wiring to storage: a choice is saved whenever it was made. */
import { describe, expect, test } from 'vitest';
import { loadPage } from './fresh-state.ts';

describe('platformState', () => {
  test('detection decides until something is chosen or restored', async () => {
    const { platformState } = await loadPage();
    expect(platformState.os).toBe('linux');
  });

  test('a platform chosen before storage is wired up is saved once it is', async () => {
    const { storage, platformState, historyState } = await loadPage();
    platformState.choose('freebsd');
    expect(platformState.os).toBe('freebsd');
    await historyState.connectPlatform();
    expect(await storage.getSetting('platform')).toBe('freebsd');
    expect(platformState.os).toBe('freebsd');
  });

  test('a platform chosen after storage is wired up is saved', async () => {
    const { storage, platformState, historyState } = await loadPage();
    await historyState.connectPlatform();
    platformState.choose('windows');
    await expect.poll(() => storage.getSetting('platform')).toBe('windows');
  });
});
