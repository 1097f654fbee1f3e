import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { router } from './state/router.svelte.ts';
import { platformState } from './state/platform.svelte.ts';
import { afterPaint, nextTask, startUp } from './state/startup.svelte.ts';
import { wholePage } from './state/whole-page.ts';
import { hydrateIslands, islands } from './state/islands.ts';
import './styles/global.css';

// A first visit to / opens in the browser's language, a later one in the language chosen last
// (app/i18n/choice.ts, loaded only at /). Every other address names its page and is kept.
if (location.pathname === '/')
  void import('./i18n/choice.ts').then(
    (c) => {
      const to = c.startLanguage('/', c.savedLanguage(), navigator.languages);
      if (to) location.replace(to + location.search + location.hash);
      else start();
    },
    () => start(),
  );
else start();

function start(): void {
  const target = document.getElementById('app');
  if (!target) return;
  const mountApp = () => {
    target.replaceChildren();
    mount(App, { target });
    started();
  };
  // Scripts and tests can wait for data-started: a prerendered page reads before it, but its
  // controls answer only after it.
  const started = () => {
    target.dataset.started = '';
    startUp();
  };
  const prerendered = target.dataset.prerendered;
  if (prerendered === location.pathname) {
    // A page the build prerendered (scripts/prerender.js): its HTML has painted already. The page's
    // code and data load first, then the app takes over that DOM as rendered (for Linux and without
    // the query, as the build wrote it); the reader's platform and ?os=/?proto= follow at once.
    router.show(location.pathname, '');
    wholePage.first = true;
    platformState.pinned = 'linux';
    const unpin = () => {
      wholePage.first = false;
      platformState.pinned = null;
      router.sync();
    };
    void import('./views/whole-page.ts')
      .then(async (m) => {
        // A click on a control whose code is not there yet is kept, and played once it is.
        const held = m.holdEarlyClicks();
        // Whether to wait is decided while the page's code and data load.
        const moment = m.takeOverMoment();
        try {
          await m.prepareWholePage(router.route);
        } catch (error) {
          held.drop();
          throw error;
        }
        return { moment, held };
      })
      .then(
        // Taking over the page's frame, then each of its islands (app/state/islands.ts), then the
        // reader's own platform and query, then start-up: each in a task of its own, so that no
        // one of them blocks input for long. For a reader who sees the page as it was built, not
        // before the first sign of use or the end of the page's load (app/state/take-over.ts).
        async ({ moment, held }) => {
          await moment;
          islands.on = true;
          hydrate(App, { target });
          islands.framed = true;
          await hydrateIslands().then(nextTask).then(unpin).then(nextTask).then(started);
          held.replay();
        },
        // Without its code or data the page cannot be taken over: it is built afresh instead.
        () => {
          mountApp();
          unpin();
        },
      );
  } else {
    // Read the address first, so the first render is already the right page (not home, then the page).
    router.sync();
    // index.html (a visit over the network) shows nothing before the app, so the app's first render
    // is the first paint. The app shell the service worker serves has a header and a loading line:
    // they paint first, then the app replaces them.
    if (target.querySelector('.shell-loading')) afterPaint(mountApp);
    else mountApp();
  }
}
