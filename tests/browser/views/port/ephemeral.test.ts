import { afterEach, expect, test } from 'vitest';
import { mount, unmount, flushSync } from 'svelte';
import EphemeralTable from '../../../../app/views/port/Ephemeral.svelte';
import { ephemeralMembership } from '../../../../app/core/ports/ephemeral.ts';

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

test('the ephemeral table puts the user OS first and marks membership', () => {
  const target = freshTarget();
  instance = mount(EphemeralTable, {
    target,
    props: { port: 61000, rows: ephemeralMembership(61000, 'windows'), userOs: 'windows' },
  });
  flushSync();
  const rows = [...target.querySelectorAll('tbody tr')];
  expect(rows.length).toBe(7);
  expect(rows[0]?.textContent).toContain('Windows');
  expect(rows[0]?.classList.contains('mine')).toBe(true);
  expect(rows[0]?.textContent).toContain('your system');
  const linux = rows.find((r) => r.querySelector('th')?.textContent?.startsWith('Linux'));
  expect(linux?.textContent).toContain('Not ephemeral');
  expect(linux?.querySelector('a')?.getAttribute('href')).toBe('/range/32768-60999');
  expect(getComputedStyle(target.querySelector('table') as Element).borderCollapse).toBe(
    'collapse',
  );
});

test('only your system shows until you ask for all of them, and the button says which', () => {
  const target = freshTarget();
  instance = mount(EphemeralTable, {
    target,
    props: { port: 50000, rows: ephemeralMembership(50000, 'macos'), userOs: 'macos' },
  });
  flushSync();
  const shown = () =>
    [...target.querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((r) => !r.hidden);
  expect(shown().map((r) => r.querySelector('th')?.textContent?.trim())).toEqual([
    'macOS and iOSyour system',
  ]);
  const button = target.querySelector('button.all') as HTMLButtonElement;
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(button.textContent).toBe('Show all 7 systems');
  button.click();
  flushSync();
  expect(shown()).toHaveLength(7);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(button.textContent).toBe('Show only your system');
});
