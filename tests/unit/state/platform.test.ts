/** The platform choice owns its setting: it restores it and saves every explicit choice itself. */
import { describe, expect, test } from 'vitest';
import { loadPage } from './fresh-state.ts';

describe('platformState', () => {
  test('detection decides until something is chosen or restored', async () => {
    const { platformState } = await loadPage();
    expect(platformState.os).toBe('linux');
  });

  test('a platform chosen before anything was restored is saved', async () => {
    const { storage, platformState } = await loadPage();
    platformState.choose('freebsd');
    expect(platformState.os).toBe('freebsd');
    await expect.poll(() => storage.getSetting('platform')).toBe('freebsd');
    await platformState.restore();
    expect(platformState.os).toBe('freebsd');
  });

  test('a platform chosen after the restore is saved', async () => {
    const { storage, platformState } = await loadPage();
    await platformState.restore();
    platformState.choose('windows');
    await expect.poll(() => storage.getSetting('platform')).toBe('windows');
  });

  test('restores the platform remembered from an earlier visit', async () => {
    const { storage, platformState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    await platformState.restore();
    expect(platformState.os).toBe('macos');
  });

  test('a remembered value that is no platform is ignored', async () => {
    const { storage, platformState } = await loadPage();
    await storage.setSetting('platform', 'solaris');
    await platformState.restore();
    expect(platformState.os).toBe('linux');
  });

  test('a remembered choice never overrides a choice made on this page', async () => {
    const { storage, platformState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    platformState.choose('windows');
    await platformState.restore();
    expect(platformState.os).toBe('windows');
    await expect.poll(() => storage.getSetting('platform')).toBe('windows');
  });

  test('a remembered choice never overrides a choice made while it is being read', async () => {
    const { storage, platformState } = await loadPage();
    await storage.setSetting('platform', 'macos');
    const restoring = platformState.restore();
    platformState.choose('windows');
    await restoring;
    expect(platformState.os).toBe('windows');
    await expect.poll(() => storage.getSetting('platform')).toBe('windows');
  });

  test('restoring twice reads once (later calls share the first)', async () => {
    const { platformState } = await loadPage();
    expect(platformState.restore()).toBe(platformState.restore());
  });
});
