/** The start-up sequence: idle work (restore the platform, notices), then settled work. */
import { afterEach, expect, test, vi } from 'vitest';
import { loadPage } from './fresh-state.ts';

afterEach(() => vi.useRealTimers());

test('idle restores the remembered platform; settled comes after the load event and a wait', async () => {
  const { storage, platformState } = await loadPage();
  await storage.setSetting('platform', 'freebsd');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const idle: (() => void)[] = [];
  let onLoad: (() => void) | undefined;
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('document', { readyState: 'loading' });
  vi.stubGlobal('addEventListener', (type: string, run: () => void) => {
    if (type === 'load') onLoad = run;
  });
  const { startUp, startup } = await import('../../../app/state/startup.svelte.ts');

  startUp();
  expect(startup.idle).toBe(false);
  expect(platformState.os).toBe('linux');
  idle.shift()?.();
  expect(startup.idle).toBe(true);
  await vi.waitFor(() => expect(platformState.os).toBe('freebsd'));

  // Settled: nothing before the page's load event, then a 2 s wait and one more idle moment.
  await vi.waitFor(() => expect(idle.length).toBeGreaterThan(0)); // the history read-ahead
  idle.shift()?.();
  expect(startup.settled).toBe(false);
  await vi.waitFor(() => expect(onLoad).toBeDefined());
  onLoad?.();
  vi.advanceTimersByTime(1999);
  expect(idle).toHaveLength(0);
  vi.advanceTimersByTime(1);
  expect(idle).toHaveLength(1);
  idle.shift()?.();
  await vi.waitFor(() => expect(startup.settled).toBe(true));
});
