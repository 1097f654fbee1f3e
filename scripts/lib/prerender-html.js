// @ts-check
/** Writing a prerendered page: the built index.html with a page's head, body and stylesheets. */
import { BOOT_LOADER_HASH, bootLoaderTag } from './boot-loader.js';
import { inlineStylesheets } from './html.js';

/** @typedef {Record<string, { file: string, css?: string[], imports?: string[] }>} ViteManifest */

/**
 * A chunk that vite.config.ts groups (`_checking` for the group named checking) is listed by its
 * file name only: `_checking-HASH.js`.
 * @param {ViteManifest} manifest @param {string} key
 */
function groupKey(manifest, key) {
  if (!key.startsWith('_')) return undefined;
  return Object.keys(manifest).find((k) => k.startsWith(`${key}-`) && k.endsWith('.js'));
}

/**
 * The stylesheets and scripts a page's chunks need, in a stable order: each entry's own files and
 * those of the chunks it imports (Vite's build manifest, keyed by source path).
 * @param {ViteManifest} manifest @param {string[]} entries
 * @param {string} [base] the URL path the build is served at (`/de/` for a language)
 */
export function chunkFiles(manifest, entries, base = '/') {
  /** @type {Set<string>} */ const css = new Set();
  /** @type {Set<string>} */ const js = new Set();
  /** @type {Set<string>} */ const seen = new Set();
  const visit = (/** @type {string} */ key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key] ?? manifest[groupKey(manifest, key) ?? ''];
    if (!chunk) throw new Error(`the build manifest has no chunk for ${key}`);
    for (const imported of chunk.imports ?? []) visit(imported);
    js.add(`${base}${chunk.file}`);
    for (const sheet of chunk.css ?? []) css.add(`${base}${sheet}`);
  };
  for (const entry of entries) visit(entry);
  return { css: [...css], js: [...js] };
}

const TITLE = /[ \t]*<title>[^<]*<\/title>\n?/;
// A language's build is served under its prefix: /de/assets/….
const ENTRY =
  /<script type="module" crossorigin src="(\/(?:[a-z]{2}\/)?assets\/[^"]+\.js)"><\/script>/;

/**
 * The app's entry script, as the built index.html names it. A prerendered page does not load it
 * from its head: the inline loader at the end of its body starts it once the page has painted
 * (boot-loader.js), since the app's code (which a browser runs as soon as it is there, before the
 * first paint when it arrives quickly) must not hold that paint back.
 * @param {string} template
 */
export function entryScript(template) {
  const entry = ENTRY.exec(template)?.[1];
  if (!entry) throw new Error('index.html has no module script to start the app');
  return entry;
}
const APP = /<div id="app">[\s\S]*?<\/main>\s*<\/div>/;
// The web app manifest's link. A prerendered page leaves it out: Chromium fetches the manifest as
// soon as it parses the link, and a request that ends before the first paint counts in
// Lighthouse's simulated LCP (measured: /port/60904's LCP ratio 1.19 with it). The app adds the
// link when it registers its service worker (app/state/pwa.svelte.ts): without JavaScript there
// is no worker, so the page could not be installed anyway.
const MANIFEST = /[ \t]*<link rel="manifest" href="[^"]*"\s*\/?>\n?/;

/**
 * The page's HTML: the template (the built index.html) with its static title replaced by the
 * page's head; every stylesheet the page needs (the first paint's and its lazy parts') inline, so
 * the page paints whole from its HTML alone, allowed by hash in its CSP (scripts/lib/html.js);
 * the rendered body in #app, marked with the path it was rendered for; and after it, the loader
 * that starts the app once the page has painted (entryScript).
 * @param {string} template
 * @param {{ path: string, head: string, body: string, css: string[] }} page
 * @param {(href: string) => string} read reads a built file by its URL path
 */
export function pageHtml(template, page, read) {
  if (!TITLE.test(template)) throw new Error('index.html has no <title> to replace');
  if (!APP.test(template)) throw new Error('index.html has no <div id="app"><main>…</main></div>');
  const loader = bootLoaderTag(entryScript(template));
  if (!template.includes(`script-src 'self' ${BOOT_LOADER_HASH}`))
    throw new Error(
      `index.html's CSP does not allow the boot loader: script-src 'self' ${BOOT_LOADER_HASH}`,
    );
  const lazySheets = page.css.filter((href) => !template.includes(`"${href}"`));
  const links = [
    ...lazySheets.map((href) => `<link rel="stylesheet" href="${href}">`),
    // Without JavaScript the page reads in full; a stylesheet hides what needs a script.
    '<noscript><link rel="stylesheet" href="/no-script.css"></noscript>',
  ].join('');
  const head = template
    .replace(TITLE, '')
    .replace(new RegExp(`[ \\t]*${ENTRY.source}\\n?`), '')
    .replace(MANIFEST, '')
    .replace('</head>', () => `${page.head}${links}</head>`);
  const note =
    '<noscript><p class="no-script">JavaScript is off: this page reads in full, but copying ' +
    'commands, reading pasted output, the doctor and your history need JavaScript.</p></noscript>';
  // Function replacements: `$` in the page (shell commands) must stay as it is.
  return inlineStylesheets(head, read).replace(
    APP,
    () => `${note}<div id="app" data-prerendered="${page.path}">${page.body}</div>${loader}`,
  );
}
