import { afterEach, expect, test } from 'vitest';
import { mount, unmount, flushSync } from 'svelte';
import EphemeralTable from '../../../app/components/EphemeralTable.svelte';
import NotFoundView from '../../../app/views/NotFoundView.svelte';
import { ephemeralMembership } from '../../../app/core/ports/ephemeral.ts';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  document.body.replaceChildren();
});

function render<P extends Record<string, unknown>>(
  component: Parameters<typeof mount>[0],
  props: P,
): HTMLElement {
  const target = document.createElement('div');
  document.body.append(target);
  const instance = mount(component, { target, props });
  flushSync();
  cleanup = () => void unmount(instance);
  return target;
}

test('the ephemeral table puts the user OS first and marks membership', () => {
  const el = render(EphemeralTable, {
    port: 61000,
    rows: ephemeralMembership(61000, 'windows'),
    userOs: 'windows',
  });
  const rows = [...el.querySelectorAll('tbody tr')];
  expect(rows.length).toBe(7);
  expect(rows[0]?.textContent).toContain('Windows');
  expect(rows[0]?.classList.contains('mine')).toBe(true);
  expect(rows[0]?.textContent).toContain('your system');
  const linux = rows.find((r) => r.querySelector('th')?.textContent?.startsWith('Linux'));
  expect(linux?.textContent).toContain('Not ephemeral');
  expect(linux?.querySelector('a')?.getAttribute('href')).toBe('/range/32768-60999');
  expect(getComputedStyle(el.querySelector('table') as Element).borderCollapse).toBe('collapse');
});

test('the not-found view shows the message and a way back', () => {
  const el = render(NotFoundView, { reason: 'bad-port', message: 'Ports go from 0 to 65535.' });
  expect(el.querySelector('h1')?.textContent).toBe('Not a valid port');
  expect(el.textContent).toContain('Ports go from 0 to 65535.');
  expect(el.querySelector('a[href="/"]')?.textContent).toContain('home page');
});
