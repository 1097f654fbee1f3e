import { mount } from 'svelte';
import App from './App.svelte';
import { router } from './state/router.svelte.ts';
import { afterPaint, startUp } from './state/startup.svelte.ts';
import './styles/global.css';

const target = document.getElementById('app');
if (target) {
  // Read the address first, so the first render is already the right page (not home, then the page).
  router.sync();
  const start = () => {
    target.replaceChildren();
    mount(App, { target });
    startUp();
  };
  // index.html (a visit over the network) shows nothing before the app, so the app's first render
  // is the first paint. The app shell the service worker serves has a header and a loading line:
  // they paint first, then the app replaces them.
  if (target.querySelector('.shell-loading')) afterPaint(start);
  else start();
}
