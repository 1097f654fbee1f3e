/** The router leaves a link to another page to the browser while a prerendered page is taken over. */
import { afterEach, expect, test } from 'vitest';
import { router } from '../../../app/state/router.svelte.ts';
import { islands } from '../../../app/state/islands.ts';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  islands.on = false;
  document.body.replaceChildren();
});

/** Clicks a link to `href`; says whether the router took the click (the browser never follows it here). */
function routerTakes(href: string): boolean {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = 'a link';
  document.body.append(link);
  let taken = false;
  // After the router's listener (on the document): note what it did, and keep the test's page.
  const after = (event: Event) => {
    taken = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', after);
  link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
  window.removeEventListener('click', after);
  link.remove();
  return taken;
}

test('during the take-over a link to another page is the browser’s; a link within the page is not', () => {
  const start = location.pathname + location.search;
  stop = router.start();
  islands.on = true;
  expect(routerTakes('/port/22')).toBe(false);
  expect(location.pathname + location.search).toBe(start);
  expect(routerTakes('#main')).toBe(true);
  islands.on = false;
  const back = location.href;
  expect(routerTakes('/port/22')).toBe(true);
  expect(location.pathname).toBe('/port/22');
  history.replaceState(null, '', back);
});
