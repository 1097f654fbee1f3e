// @ts-check
/**
 * How a static host answers an address of the app, the same in `npm start` (vite.config.ts) and
 * the benchmark's host: a file by its name, a prerendered page by its clean URL (`/port/443` →
 * `port/443.html`), and every other page address with the empty app shell (`shell.html`), which
 * the app fills in. Hosts in production do the same (README, "Deploy").
 */
import { LOCALE_PREFIX } from './locales.js';

/**
 * The file (a path under the site's root, starting with /) that answers `pathname`, or undefined
 * to serve the path as it is. `exists` says whether a file is in the site.
 * @param {string} pathname @param {(file: string) => boolean} exists
 * @returns {string | undefined}
 */
export function fileFor(pathname, exists) {
  // Each language other than English is a site of its own under its prefix (dist/de/ at /de/).
  const prefix = LOCALE_PREFIX.exec(pathname)?.[0] ?? '';
  if (prefix && exists(`${prefix}/index.html`)) {
    /** @type {string | undefined} */
    const file = fileFor(pathname.slice(prefix.length) || '/', (f) => exists(prefix + f));
    return file && prefix + file;
  }
  if (pathname === '/') return '/index.html';
  // A file (it has an extension) is served as it is, or not found.
  if (/\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf('/')))) return undefined;
  const page = `${pathname.replace(/\/+$/, '')}.html`;
  if (page !== '.html' && exists(page)) return page;
  // Built without the prerenderer there is no shell: index.html is the shell then.
  return exists('/shell.html') ? '/shell.html' : '/index.html';
}
