/** The build's side of the islands (app/state/islands.ts): each island's render goes into its slot. */
import { afterEach, expect, test } from 'vitest';
import { fillIslands, islandSlot, islands } from '../../../app/state/islands.ts';
import type { IslandSlot } from '../../../app/state/islands.ts';

afterEach(() => {
  islands.slots.clear();
});

/** Notes an island as Island.svelte does on the build, and returns its marker. */
function note(name: string): string {
  const number = islands.next++;
  islands.slots.set(number, { component: () => ({}), props: { name } } as unknown as IslandSlot);
  return islandSlot(number);
}

test('each island is rendered into its own slot, islands inside islands too, and then forgotten', () => {
  const page = `<main>${note('commands')}<p>text</p>${note('feedback')}</main>`;
  const inner = new Map<string, string>();
  const filled = fillIslands(page, (slot) => {
    const name = String(slot.props.name);
    // The commands' own render has the paste box as an island of its own.
    if (name === 'commands') {
      const marker = note('answer');
      inner.set(name, marker);
      return `<section>commands ${marker}</section>`;
    }
    return `<section>${name}</section>`;
  });
  expect(filled).toBe(
    '<main><section>commands <section>answer</section></section><p>text</p><section>feedback</section></main>',
  );
  expect(islands.slots.size).toBe(0);
});

test('a page render whose island has no slot is an error, not a page without that section', () => {
  note('lost');
  expect(() => fillIslands('<main></main>', () => '<section></section>')).toThrow(/no slot/);
});

test('the markers of two islands never collide, so a render that contains "$" is kept as it is', () => {
  const first = note('a');
  const second = note('b');
  expect(first).not.toBe(second);
  expect(fillIslands(`${first}|${second}`, (slot) => `$&${String(slot.props.name)}$1`)).toBe(
    '$&a$1|$&b$1',
  );
});
