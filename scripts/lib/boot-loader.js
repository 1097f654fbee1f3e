// @ts-check
/**
 * The inline script that starts the app on a prerendered page once the page has painted.
 *
 * It is inline, at the end of the body, so that nothing of the app is requested before the first
 * paint: a `<script src>` anywhere in the page is fetched as soon as the parser sees it, and
 * Lighthouse's simulated LCP counts every request made before the paint (measured on this
 * machine: a page without the boot module's request, and without its icon links, painted at the
 * static page's LCP; the two were removed together, so the share of each is not known).
 *
 * Its text is the same on every page, in every language and every build (the entry it starts is
 * read from its `data-entry` attribute), so one hash allows it everywhere: in index.html's CSP
 * meta tag and in the hosts' header (security-headers.js, the README's deploy examples), which
 * cannot change with each build.
 */
import { createHash } from 'node:crypto';

// At the end of the body, the whole page has been parsed: the next frame paints all of it. The
// loader waits for the page's first contentful paint to be reported (a frame's callbacks run
// before its paint, and the paint reaches the screen later still: measured in Lighthouse's
// traces, waiting one or two frames still let the app's request start before the paint in some
// runs, and then Lighthouse counted all of the app's loading into the first paint), and for two
// frames after the parse, then leaves the task. Without paint timing it waits for the frames
// alone. A hidden page has no frames: it starts at once.
export const BOOT_LOADER =
  '(() => {' +
  ' const entry = document.currentScript.dataset.entry;' +
  ' const start = () => setTimeout(() => import(entry), 0);' +
  " if (document.visibilityState === 'hidden') return start();" +
  ' const framed = new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));' +
  ' const painted = new Promise((done) => {' +
  "  if (typeof PerformanceObserver === 'undefined') return done();" +
  "  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return done();" +
  '  new PerformanceObserver((list, observer) => {' +
  "   if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); done(); }" +
  "  }).observe({ type: 'paint', buffered: true });" +
  ' });' +
  ' Promise.all([framed, painted]).then(start);' +
  ' })();';

/** The CSP source that allows BOOT_LOADER and no other inline script. */
export const BOOT_LOADER_HASH = `'sha256-${createHash('sha256').update(BOOT_LOADER, 'utf8').digest('base64')}'`;

/** The loader's tag, starting `entry` (a URL path such as `/assets/index-abc.js`). */
export function bootLoaderTag(/** @type {string} */ entry) {
  if (!/^\/[\w./-]+\.js$/.test(entry)) throw new Error(`not an entry script path: ${entry}`);
  return `<script data-entry="${entry}">${BOOT_LOADER}</script>`;
}
