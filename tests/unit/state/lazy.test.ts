/** The memoised loader behind every `{#await}` of a chunk. */
import { expect, test } from 'vitest';
import { lazy, ready } from '../../../app/state/lazy.svelte.ts';

test('nothing loads until the first call, and every call shares one load', async () => {
  let loads = 0;
  const chunk = lazy(async () => ++loads);
  expect(loads).toBe(0);
  expect(chunk.loaded).toBe(false);
  const first = chunk();
  expect(chunk()).toBe(first);
  expect(await first).toBe(1);
  expect(chunk.loaded).toBe(true);
  expect(await chunk()).toBe(1);
  expect(loads).toBe(1);
});

test('a failed load says so, and the next call tries again', async () => {
  let attempt = 0;
  const chunk = lazy(async () => {
    attempt += 1;
    if (attempt === 1) throw new Error('offline');
    return 'code';
  });
  await expect(chunk()).rejects.toThrow('offline');
  expect(chunk.failed).toBe(true);
  expect(chunk.loaded).toBe(false);
  expect(await chunk()).toBe('code');
  expect(chunk.failed).toBe(false);
  expect(chunk.loaded).toBe(true);
});

test('ready() hands markup the value itself once loaded, so {#await} renders at once', async () => {
  const chunk = lazy(async () => ({ name: 'Commands' }));
  const before = ready(chunk);
  expect(before).toBeInstanceOf(Promise);
  expect(chunk.value).toBeUndefined();
  const loaded = await before;
  expect(chunk.value).toBe(loaded);
  // The same object, not a promise: the server, hydration and the browser all render it at once.
  expect(ready(chunk)).toBe(loaded);
});
