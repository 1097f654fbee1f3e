// @ts-check
/**
 * `npm run build`'s last step: writes a static HTML page for every page worth finding by search or
 * sharing (app/prerender/pages.ts says which), rendered by the app's own components with
 * `svelte/server`; the browser hydrates them. Also writes the sitemaps and robots.txt, and keeps the
 * empty app shell as dist/shell.html for every other address (the single-page fallback).
 *
 * PORTWISE_ORIGIN (such as https://portwise.example) at `vite build` makes canonical, link-preview
 * and sitemap URLs absolute; without it there is no sitemap, since a sitemap must list absolute URLs.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chunkFiles, pageHtml } from './lib/prerender-html.js';
import { knowledgeFile } from './lib/curated-text.js';
import { LOCALE_PREFIX } from './lib/locales.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const serverOut = join(root, 'node_modules/.cache/portwise-prerender');

/** Source modules whose chunks each kind of page renders at once, as the build manifest names them. */
const CHUNKS = {
  home: ['app/views/HomeView.svelte'],
  doctor: ['app/views/DoctorView.svelte'],
  range: ['app/views/RangeView.svelte'],
  port: [
    '_checking', // the group vite.config.ts names: the commands, the paste box, the table
    'app/views/port/PortDetails.svelte',
    'app/views/port/RangeExplainer.svelte',
    'app/views/port/below-the-fold.ts',
  ],
};

const started = performance.now();
// The origin the app itself was built for (vite.config.ts, from PORTWISE_ORIGIN at that time): the
// pages are rendered for it too, whatever PORTWISE_ORIGIN says now.
// It writes dist/index.html (the home page) and deletes dist/.vite: it runs once per `vite build`.
if (!existsSync(join(dist, '.vite/origin.json')))
  throw new Error('dist/ is not a fresh `vite build`: run `npm run build`, which prerenders too');
/** @type {string} */
const builtFor = JSON.parse(readFileSync(join(dist, '.vite/origin.json'), 'utf8'));
const origin = builtFor || undefined;
await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  define: { __PORTWISE_ORIGIN__: JSON.stringify(builtFor) },
  build: { ssr: 'app/prerender/server.ts', outDir: serverOut, emptyOutDir: true },
});
/**
 * What app/prerender/server.ts exports (built for Node above).
 * @typedef {{ path: string, file: string, kind: 'home' | 'doctor' | 'range' | 'port' }} Page
 * @typedef {object} PrerenderServer
 * @property {(data: unknown) => Promise<Page[]>} setUp
 * @property {(path: string) => Promise<{ head: string, body: string }>} renderPath
 * @property {(origin: string, paths: string[]) => { index: string, files: { name: string, xml: string }[] }} sitemaps
 * @property {(origin: string | undefined) => string} robotsTxt
 * @property {(pages: Page[]) => Page[]} languagePages
 * @property {(locale: string) => void} renderIn
 * @property {readonly string[]} LOCALES
 * @property {(path: string, locale: string) => string} localePath
 */
/** @type {PrerenderServer} */
const server = await import(pathToFileURL(join(serverOut, 'server.js')).href);

/** A built file by its URL path (`/de/assets/…` is dist/de/assets/…), read once. */
const cache = new Map();
const read = (/** @type {string} */ href) => {
  if (!cache.has(href)) cache.set(href, readFileSync(join(dist, href), 'utf8'));
  return cache.get(href);
};
/** The knowledge base in a language: its curated texts translated (scripts/build-data.js). */
const knowledgeIn = (/** @type {string} */ locale) =>
  JSON.parse(readFileSync(join(root, 'app/generated', knowledgeFile(locale)), 'utf8'));
const pages = await server.setUp(knowledgeIn('en'));
/** Every page written, by its URL path, for the sitemaps. */
const written = [];

// English at the site's root, then each other language in its own build's folder (dist/de/), with
// the pages languagePages chooses, rendered in that language.
for (const locale of server.LOCALES) {
  const dir = locale === 'en' ? dist : join(dist, locale);
  if (!existsSync(join(dir, '.vite/manifest.json')))
    throw new Error(`${dir} has no build manifest: run \`npm run build\``);
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  // Every address without a page of its own gets the empty shell, as before (README, "Deploy").
  writeFileSync(join(dir, 'shell.html'), template);
  const files = Object.fromEntries(
    Object.entries(CHUNKS).map(([kind, entries]) => [
      kind,
      chunkFiles(manifest, entries, locale === 'en' ? '/' : `/${locale}/`),
    ]),
  );
  // The page list is made in English, whose paths have no prefix (the path builders follow the
  // language being rendered); the knowledge base then carries the language's curated texts.
  server.renderIn('en');
  const chosen =
    locale === 'en' ? pages : server.languagePages(await server.setUp(knowledgeIn(locale)));
  server.renderIn(locale);
  for (const page of chosen) {
    if (LOCALE_PREFIX.test(page.path))
      throw new Error(`the page list has a path in a language: ${page.path}`);
    const path = server.localePath(page.path, locale);
    const { head, body } = await server.renderPath(path);
    const out = join(dir, page.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, pageHtml(template, { path, head, body, ...files[page.kind] }, read));
    written.push(path);
  }
  rmSync(join(dir, '.vite'), { recursive: true, force: true });
}
server.renderIn('en');

if (origin) {
  const { index, files: maps } = server.sitemaps(origin, written);
  writeFileSync(join(dist, 'sitemap.xml'), index);
  for (const map of maps) writeFileSync(join(dist, map.name), map.xml);
}
writeFileSync(join(dist, 'robots.txt'), server.robotsTxt(origin));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
console.log(
  `prerendered ${written.length} pages (${pages.length} in English) in ${seconds} s (peak memory ${peak} MB)` +
    (origin ? `, sitemaps for ${origin}` : ', no sitemap (PORTWISE_ORIGIN is not set)'),
);
