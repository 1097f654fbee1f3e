/**
 * Loads brand-new copies of the app's state singletons (platform, history, visits) and of the storage
 * layer, in a "browser" that says it runs the given user agent, on a brand-new fake IndexedDB.
 * Each test gets its own page load: nothing is chosen, restored or wired up yet.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, vi } from 'vitest';

/** Chrome on desktop Linux: detection says 'linux'. */
export const LINUX_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

let loaded: { closeStorage(): Promise<void> } | undefined;

afterEach(async () => {
  await loaded?.closeStorage();
  loaded = undefined;
  vi.unstubAllGlobals();
});

/** A fresh page load: the state and storage modules as the app would import them, nothing cached. */
export async function loadPage(userAgent = LINUX_USER_AGENT) {
  globalThis.indexedDB = new IDBFactory();
  // The only browser global the state modules read on import; Node 20 has no navigator.
  vi.stubGlobal('navigator', { userAgent, maxTouchPoints: 0 });
  vi.resetModules();
  const storage = await import('../../../app/storage/index.ts');
  const { platformState } = await import('../../../app/state/platform.svelte.ts');
  const { historyState } = await import('../../../app/state/history.svelte.ts');
  const visits = await import('../../../app/state/visits.ts');
  loaded = storage;
  return { storage, platformState, historyState, visits };
}
