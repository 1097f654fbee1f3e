import { resolveUrl } from '../routes.ts';
import { here, locale } from '../i18n/current.ts';
import { splitLocale } from '../i18n/locales.ts';
import { islands } from './islands.ts';
import type { Route } from '../routes.ts';

/**
 * Scrolls to and focuses the element a URL fragment names. Parts of a page arrive late (the port
 * page's commands wait for data and code), so it looks again for a few seconds while the address
 * still names it.
 */
function reveal(hash: string, tries = 50): void {
  const target = document.getElementById(hash.slice(1));
  if (target) {
    // Focus lands on a section or heading too, without adding it to the Tab order.
    if (target.tabIndex < 0) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView();
  } else if (tries && location.hash === hash) setTimeout(() => reveal(hash, tries - 1), 100);
}

/** The current route, kept in step with the History API; links are plain URLs. */
class Router {
  route = $state.raw<Route>({ name: 'home' });
  /** The current query string, so views can read parameters such as ?os=. */
  search = $state('');
  /** The current path without its language prefix (`/port/22` on `/de/port/22`). */
  path = $state('/');

  /** Reads the current location, replacing non-canonical URLs (/port/0080 → /port/80). */
  sync(): void {
    this.show(location.pathname, location.search);
  }

  /**
   * Shows the page of a path and query without touching the address: the prerenderer's pages, and
   * a prerendered page's first render in the browser (its HTML was written without the query).
   */
  show(pathname: string, search: string): void {
    const { path } = splitLocale(pathname);
    const resolution = resolveUrl(path, search);
    // resolveUrl reads and writes addresses without the language; the redirect gets it back.
    if (resolution.kind === 'redirect') {
      history.replaceState(history.state, '', here(resolution.to) + location.hash);
      this.sync();
      return;
    }
    this.search = search;
    this.path = path;
    // An equal route keeps its object, so pages do not redo their work (a view is recorded once).
    // Each view sets its own title and description (PageHead).
    if (JSON.stringify(resolution.route) !== JSON.stringify(this.route))
      this.route = resolution.route;
  }

  /**
   * Goes to a same-origin URL, an address in the page's language as the path builders of routes.ts
   * make it; replace keeps the history entry (for switches such as ?proto=).
   */
  navigate(to: string, options: { replace?: boolean } = {}): void {
    const before = location.pathname;
    if (options.replace) history.replaceState(history.state, '', to);
    else history.pushState(null, '', to);
    this.sync();
    if (location.pathname !== before) window.scrollTo(0, 0);
    if (location.hash) reveal(location.hash);
  }

  /** Starts listening to back/forward and to clicks on same-origin links. */
  start(): () => void {
    this.sync();
    if (location.hash) reveal(location.hash);
    const onPop = () => this.sync();
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = (event.target as Element | null)?.closest?.('a');
      if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, location.href);
      if (url.origin !== location.origin) return;
      // Another language is another build of the app: the browser loads it.
      if (splitLocale(url.pathname).locale !== locale()) return;
      // While a prerendered page is still being taken over, its islands wait for the page they were
      // written for: another page is loaded by the browser (it is prerendered, or built afresh).
      const elsewhere = url.pathname + url.search !== location.pathname + location.search;
      if (islands.on && elsewhere) return;
      event.preventDefault();
      if (elsewhere) this.navigate(url.pathname + url.search + url.hash);
      else if (url.hash) {
        // A link within the page (such as "Skip to content") moves the reader and the focus there.
        if (url.hash !== location.hash) history.pushState(null, '', url.hash);
        reveal(url.hash);
      }
    };
    addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }
}

/** The app's single router. */
export const router = new Router();
