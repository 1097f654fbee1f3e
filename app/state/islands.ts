/**
 * How a prerendered port page is taken over: in parts, each in a task of its own.
 *
 * Hydrating a whole port page at once held a phone's main thread for one long task (250–400 ms at
 * Lighthouse's 4× slowed CPU), which is most of what kept its performance score under 100. So the
 * page's sections are islands (`components/Island.svelte`): the build renders each on its own
 * (`fillIslands`) into a wrapper in the page; the browser's hydration of the page leaves the
 * wrapper's HTML as it is, and each island is then hydrated as a root of its own, one per task
 * (`hydrateIslands`), with props that follow the page's. Once taken over an island is an ordinary
 * part of the page: it follows the platform, the protocol and later ports like any other.
 *
 * Pages built in the browser (no prerendered HTML, or any page after the first) have no islands:
 * `islands.on` is false and each section renders in place.
 */
import type { Component } from 'svelte';
import { nextTask } from './startup.svelte.ts';

/** An island met by the build's render: what to render into its slot. */
export interface IslandSlot {
  // The islands' components take different props; each slot keeps its own pair.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: Component<any>;
  props: Record<string, unknown>;
}

class Islands {
  /** True while the first render builds a prerendered page in parts (on the build and in the browser). */
  on = false;
  /** The build: the islands of the page being rendered, by number (`islandSlot(n)` marks each). */
  slots = new Map<number, IslandSlot>();
  /** The build: the number the next island gets (never reused, so islands inside islands work). */
  next = 0;
  /** The browser: islands waiting to be hydrated, in page order. */
  waiting: (() => void)[] = [];
  /** The browser: the wrappers of the islands taken over so far (app/state/take-over.ts). */
  live = new WeakSet<Element>();
  /** The browser: whether the page's frame (all but its islands) is taken over. */
  framed = false;
}

/** The page's single island state. */
export const islands = new Islands();

/** The marker the build's render leaves where island `index` goes. */
export function islandSlot(index: number): string {
  return `<!--portwise-island-${index}-->`;
}

/**
 * The build: puts each island's own render into its slot in `body` (the page's render), islands
 * inside islands included, and forgets them. `renderOne` is `svelte/server`'s render (passed in,
 * so this module stays free of it).
 */
export function fillIslands(body: string, renderOne: (slot: IslandSlot) => string): string {
  let page = body;
  while (islands.slots.size > 0) {
    const [number, slot] = islands.slots.entries().next().value as [number, IslandSlot];
    islands.slots.delete(number);
    const marker = islandSlot(number);
    if (!page.includes(marker)) throw new Error(`island ${number} has no slot in the page`);
    // Rendering it may add islands of its own, filled by the next turns.
    const html = renderOne(slot);
    page = page.replace(marker, () => html);
  }
  return page;
}

/**
 * The browser: hydrates the waiting islands in page order, each in a task of its own (an island
 * inside another waits until its outer one is hydrated), then ends the page's island mode.
 */
export async function hydrateIslands(): Promise<void> {
  for (let next = islands.waiting.shift(); next; next = islands.waiting.shift()) {
    await nextTask();
    next();
  }
  islands.on = false;
}
