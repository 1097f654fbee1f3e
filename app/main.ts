import { mount } from 'svelte';
import App from './App.svelte';
import { router } from './state/router.svelte.ts';
import './styles/global.css';

const target = document.getElementById('app');
if (target) {
  // The static shell in index.html (a text-free header frame) paints before the script runs; the
  // app replaces it in one task, and that render is the first contentful paint.
  target.replaceChildren();
  // Read the address first, so the first render is already the right page (not home, then the page).
  router.sync();
  mount(App, { target });
}
