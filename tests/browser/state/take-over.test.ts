/** Clicks that come before a prerendered page is taken over are kept and played again, in a real DOM. */
import { afterEach, expect, test } from 'vitest';
import { answers, holdEarlyClicks } from '../../../app/state/take-over.ts';
import { islands } from '../../../app/state/islands.ts';

afterEach(() => {
  document.body.replaceChildren();
  islands.framed = false;
  islands.live = new WeakSet();
});

/** An island wrapper (as Island.svelte writes it) holding `html`, in the page. */
function island(html: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'island svelte-x';
  wrapper.innerHTML = html;
  document.body.append(wrapper);
  return wrapper;
}

test('a button clicked before its island is taken over is clicked again once it is, once', () => {
  const wrapper = island('<button type="button">Copy</button>');
  const button = wrapper.querySelector('button')!;
  const held = holdEarlyClicks();
  button.click();
  let clicks = 0;
  button.addEventListener('click', () => clicks++);
  islands.live.add(wrapper);
  held.replay();
  expect(clicks).toBe(1);
  // Once played, nothing is kept any more.
  button.click();
  held.replay();
  expect(clicks).toBe(2);
});

test('a click the page already answers is not played again', () => {
  const wrapper = island('<button type="button">Copy</button>');
  islands.live.add(wrapper);
  const frame = document.createElement('button');
  frame.type = 'button';
  document.body.append(frame);
  islands.framed = true;
  expect(answers(wrapper.querySelector('button')!)).toBe(true);
  expect(answers(frame)).toBe(true);
  const held = holdEarlyClicks();
  wrapper.querySelector('button')!.click();
  frame.click();
  let clicks = 0;
  for (const b of document.querySelectorAll('button')) b.addEventListener('click', () => clicks++);
  held.replay();
  expect(clicks).toBe(0);
});

test('an island inside a live island waits for its own take-over', () => {
  const outer = island('<div class="island"><button type="button">Yes</button></div>');
  islands.live.add(outer);
  const inner = outer.querySelector<HTMLElement>('.island .island')!;
  expect(answers(inner.querySelector('button')!)).toBe(false);
  islands.live.add(inner);
  expect(answers(inner.querySelector('button')!)).toBe(true);
});

test('a choice ticked early is heard as a change; a form submit and a dropped hold are left alone', () => {
  const wrapper = island(
    '<input type="radio" name="os" value="linux" checked><input type="radio" name="os" value="windows">' +
      '<form><button>Search</button></form><button type="button">Copy</button>',
  );
  wrapper.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
  const windows = wrapper.querySelector<HTMLInputElement>('input[value="windows"]')!;
  const held = holdEarlyClicks();
  windows.click();
  wrapper.querySelector('form button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const changes: string[] = [];
  wrapper.addEventListener('change', (e) => changes.push((e.target as HTMLInputElement).value));
  let searches = 0;
  wrapper.querySelector('form button')!.addEventListener('click', () => searches++);
  // The page reset the choice as it took the island over; the replay ticks it again.
  wrapper.querySelector<HTMLInputElement>('input[value="linux"]')!.checked = true;
  held.replay();
  expect(changes).toEqual(['windows']);
  expect(windows.checked).toBe(true);
  expect(searches).toBe(0);

  const dropped = holdEarlyClicks();
  let copies = 0;
  const copy = wrapper.querySelector<HTMLButtonElement>('button[type="button"]')!;
  copy.click();
  copy.addEventListener('click', () => copies++);
  dropped.drop();
  dropped.replay();
  expect(copies).toBe(0);
});
