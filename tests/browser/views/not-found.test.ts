import { afterEach, expect, test } from 'vitest';
import { mount, unmount, flushSync } from 'svelte';
import NotFoundView from '../../../app/views/NotFoundView.svelte';

let instance: Record<string, unknown> | undefined;
afterEach(() => {
  if (instance) void unmount(instance);
  instance = undefined;
  document.body.replaceChildren();
});

/** A fresh element in the page to mount into. */
function freshTarget(): HTMLElement {
  const target = document.createElement('div');
  document.body.append(target);
  return target;
}

test('the not-found view shows the message and a way back', () => {
  const target = freshTarget();
  instance = mount(NotFoundView, {
    target,
    props: { reason: 'bad-port', problem: { kind: 'port-too-large', number: '70000' } },
  });
  flushSync();
  expect(target.querySelector('h1')?.textContent).toBe('Not a valid port');
  expect(target.textContent).toContain('70000 is too large. Ports go from 0 to 65535.');
  expect(target.querySelector('a[href="/"]')?.textContent).toContain('home page');
});
