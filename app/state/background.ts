/** Start-up's background work (see startup.svelte.ts), in a chunk of its own: none of it paints. */
export { historyState } from './history.svelte.ts';
export { pwa } from './pwa.svelte.ts';
