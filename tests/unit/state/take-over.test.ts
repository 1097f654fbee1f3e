/** When a prerendered page is taken over: at once for a reader who needs a change, else on intent. */
import { expect, test } from 'vitest';
import { firstIntent, needsChangeNow, INTENT_EVENTS } from '../../../app/state/take-over.ts';

test('a Linux reader without a query sees the page as built: no change is needed', () => {
  expect(needsChangeNow('', 'linux', null)).toBe(false);
  expect(needsChangeNow('?', 'linux', null)).toBe(false);
  expect(needsChangeNow('', 'linux', 'linux')).toBe(false);
  // A macOS reader who chose Linux earlier sees the build's Linux page too.
  expect(needsChangeNow('', 'macos', 'linux')).toBe(false);
});

test('another platform, detected or chosen earlier, or a query, needs the change at once', () => {
  expect(needsChangeNow('', 'macos', null)).toBe(true);
  expect(needsChangeNow('', 'windows', null)).toBe(true);
  expect(needsChangeNow('', 'linux', 'freebsd')).toBe(true);
  expect(needsChangeNow('?os=linux', 'linux', null)).toBe(true);
  expect(needsChangeNow('?proto=udp', 'linux', null)).toBe(true);
});

test('the first sign of use resolves, and then every listener is gone', async () => {
  const added: string[] = [];
  const removed: string[] = [];
  const target = new EventTarget();
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (type, listener, options) => {
    added.push(type);
    add(type, listener, options);
  };
  target.removeEventListener = (type, listener, options) => {
    removed.push(type);
    remove(type, listener, options);
  };
  let resolved = false;
  const intent = firstIntent(target).then(() => (resolved = true));
  await Promise.resolve();
  expect(resolved).toBe(false);
  expect(added).toEqual([...INTENT_EVENTS]);
  target.dispatchEvent(new Event('scroll'));
  await Promise.resolve();
  expect(resolved).toBe(false);
  target.dispatchEvent(new Event('keydown'));
  await intent;
  expect(resolved).toBe(true);
  expect(removed.sort()).toEqual([...INTENT_EVENTS].sort());
});
