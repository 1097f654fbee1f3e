import { mount } from 'svelte';
import App from './App.svelte';
import { router } from './state/router.svelte.ts';
import './styles/global.css';

const target = document.getElementById('app');
if (target) {
  // index.html shows nothing but a <noscript> message: the app's first render is the first paint,
  // so it paints the page itself (a port's number, range and ephemeral table), not a placeholder.
  target.replaceChildren();
  // Read the address first, so the first render is already the right page (not home, then the page).
  router.sync();
  mount(App, { target });
}
