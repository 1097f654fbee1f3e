import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger, defineConfig } from 'vite';
import type { Logger, Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { summariseSlices } from './scripts/lib/build-log.js';
import { inlineStylesheets, stylesheetsFirst } from './scripts/lib/html.js';
import { SECURITY_HEADERS } from './scripts/lib/security-headers.js';
import { readOrigin } from './app/prerender/sitemap.ts';
import { fileFor } from './scripts/lib/clean-urls.js';
import { knowledgeFile } from './scripts/lib/curated-text.js';
import { Knowledge } from './app/core/ports/knowledge.ts';
import type { KnowledgeData } from './app/core/ports/knowledge-data.ts';
import { planSlices, sliceData } from './app/core/ports/slice-data.ts';
import { sliceEndFor } from './app/core/ports/slices.ts';
import { BASE_LOCALE, isLocale, LOCALE_TAGS, localePath } from './app/i18n/locales.ts';
import type { Locale } from './app/i18n/locales.ts';
import { m } from './app/generated/paraglide/messages.js';

/**
 * `virtual:knowledge-slices`: cuts the build language's knowledge data (app/generated/knowledge.json,
 * or knowledge.<locale>.json with the curated texts translated) into slices
 * (app/core/ports/slice-data.ts), writes them under a folder named by the data's hash, and exports
 * where they are. The whole base's `knowledge.json?url` import resolves to the same language's file.
 */
function knowledgeSlices(): Plugin {
  const id = 'virtual:knowledge-slices';
  const dataPath = `app/generated/${knowledgeFile(locale)}`;
  let base = '/';
  let building = false;
  let files = new Map<string, string>();
  function cut() {
    const text = readFileSync(dataPath, 'utf8');
    const data = JSON.parse(text) as KnowledgeData;
    const whole = new Knowledge(data);
    const folder = `assets/slices-${createHash('sha256').update(text).digest('hex').slice(0, 10)}/`;
    const starts = planSlices(data);
    files = new Map(
      starts.map((from) => [
        `${folder}${from}.json`,
        JSON.stringify(sliceData(data, whole, from, sliceEndFor(starts, from))),
      ]),
    );
    return { base: `${base}${folder}`, starts };
  }
  return {
    name: 'portwise-knowledge-slices',
    // Before Vite's own resolver, which would take the `?url` import of knowledge.json first.
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
      // The prerenderer's build for Node reads the data from disk: it needs no slice files.
      building = config.command === 'build' && !config.build.ssr;
    },
    resolveId(source) {
      if (source === id) return `\0${id}`;
      if (locale !== BASE_LOCALE && source.endsWith('/generated/knowledge.json?url'))
        return `${resolve(dataPath)}?url`;
      return undefined;
    },
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(dataPath);
      const index = cut();
      if (building)
        for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      return `export default ${JSON.stringify(index)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const source = files.get((req.url ?? '').slice(base.length).split('?')[0] ?? '');
        if (source === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(source);
      });
    },
  };
}

/** What the cached app shell paints at once: the header frame with the name, and a loading line. */
const SHELL_MARKUP =
  '<header class="shell-header"><a class="brand" href="/">Portwise</a></header>' +
  '<main id="main" class="shell-main"><p class="shell-loading">Loading Portwise…</p></main>';

/**
 * Writes dist/app-shell.html: index.html with a header and a loading line that paint before the
 * script runs, and its stylesheet inline. The service worker answers every navigation with it, so
 * a cached visit paints at once. index.html itself (a first visit, over the network) paints
 * nothing before the app: its first render is the first paint, and the network visit never spends
 * a frame on a placeholder.
 */
function appShell(): Plugin {
  let outDir = 'dist';
  let prefix = '';
  return {
    name: 'portwise-app-shell',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      // A language's build is served under its prefix (/de/assets/… is dist/de/assets/…).
      prefix = config.base.replace(/\/$/, '');
    },
    // Vite writes the entry script first and the stylesheet last. The stylesheet goes first: it
    // blocks the first paint, and on a cached visit the service worker answers requests in the
    // order they come, so a stylesheet asked for first paints the shell sooner (measured in the
    // bench's FCP step: median ratio 1.43 against 1.94 with the script first).
    transformIndexHtml: {
      order: 'post',
      handler: (html) => stylesheetsFirst(html),
    },
    writeBundle() {
      const index = readFileSync(`${outDir}/index.html`, 'utf8');
      const main = /<main id="main" class="shell-main">[\s\S]*?<\/main>/;
      if (!main.test(index)) throw new Error('index.html has no <main id="main"> to fill');
      // The shell carries its stylesheet inline (allowed by hash in its CSP), so a cached visit
      // paints without a second trip through the service worker (bench FCP step, interleaved:
      // median ratio 1.30 and 1.33 against 1.58 and 1.46 with the stylesheet linked).
      const shell = inlineStylesheets(index.replace(main, SHELL_MARKUP), (href) =>
        readFileSync(`${outDir}${href.slice(prefix.length)}`, 'utf8'),
      );
      writeFileSync(`${outDir}/app-shell.html`, shell);
    },
  };
}

/**
 * `vite preview` (so `npm start`) answers as a production host should: prerendered pages at their
 * clean URLs, every other page address with the app shell (scripts/lib/clean-urls.js).
 */
function cleanUrls(): Plugin {
  return {
    name: 'portwise-clean-urls',
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://host');
        const file = fileFor(url.pathname, (f) => existsSync(join(dir, f)));
        if (file && (req.method === 'GET' || req.method === 'HEAD')) req.url = file + url.search;
        next();
      });
    },
  };
}

/**
 * Records the origin the app was built for (`dist/.vite/origin.json`), so scripts/prerender.js
 * renders the pages for the same one even if PORTWISE_ORIGIN changed in between.
 */
function recordOrigin(): Plugin {
  return {
    name: 'portwise-record-origin',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '.vite/origin.json',
        source: JSON.stringify(origin),
      });
    },
  };
}

/** Vite's logger, with the ~40 lines listing knowledge slices cut to one; warnings and errors untouched. */
function buildLogger(): Logger {
  const logger = createLogger();
  const info = logger.info.bind(logger);
  logger.info = (message, options) => info(summariseSlices(message), options);
  return logger;
}

const themeLight = '#0f5e9c';
const background = '#ffffff';

/**
 * The language this build is for (PORTWISE_LOCALE; English by default). Each language is a build of
 * its own under its prefix (dist/de/ at /de/), so a page ships only its language's messages;
 * scripts/build-languages.js makes the others after the English one.
 */
const locale: Locale = (() => {
  const l = process.env.PORTWISE_LOCALE ?? BASE_LOCALE;
  if (!isLocale(l)) throw new Error(`PORTWISE_LOCALE=${l} is not one of the app's languages`);
  return l;
})();
const base = localePath('/', locale);

/** `<html lang>` of the build's pages. */
function htmlLang(): Plugin {
  return {
    name: 'portwise-html-lang',
    transformIndexHtml: (html) => {
      if (!html.includes('<html lang="en">')) throw new Error('index.html has no <html lang="en">');
      return html.replace('<html lang="en">', `<html lang="${LOCALE_TAGS[locale]}">`);
    },
  };
}

/** Svelte's list (`{#each}`) code, which no part of the first paint uses. */
const LIST_CODE = /svelte\/src\/internal\/client\/dom\/blocks\/each\.js$/;

/** The site's origin for canonical and Open Graph URLs (README, "Deploy"); relative URLs without it. */
const origin = readOrigin(process.env.PORTWISE_ORIGIN) ?? '';

export default defineConfig(({ isSsrBuild }) => ({
  customLogger: buildLogger(),
  base,
  define: {
    __PORTWISE_ORIGIN__: JSON.stringify(origin),
    // The client's language, a constant the minifier folds (scripts/i18n.js); the build for Node
    // renders every language and leaves it out.
    ...(isSsrBuild ? {} : { __PORTWISE_LOCALE__: JSON.stringify(locale) }),
  },
  // The prerenderer's build (scripts/prerender.js) needs only the components and the data.
  plugins: isSsrBuild
    ? [svelte(), knowledgeSlices()]
    : [
        svelte(),
        knowledgeSlices(),
        htmlLang(),
        appShell(),
        cleanUrls(),
        recordOrigin(),
        VitePWA({
          strategies: 'injectManifest',
          srcDir: 'worker',
          filename: 'sw.ts',
          injectRegister: false,
          registerType: 'prompt',
          // The precache glob below already takes the icons, the manifest and robots.txt; naming them
          // here too listed each twice in the service worker's manifest.
          includeManifestIcons: false,
          injectManifest: {
            globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,txt}'],
            // Slices serve first visits over the network; offline pages read the whole base. The
            // plugin lists the web app manifest itself. The prerendered pages (index.html becomes
            // the home page) are for first visits too: an installed app answers every navigation
            // with its app shell (worker/sw.ts).
            globIgnores: [
              '**/slices-*/**',
              'manifest.webmanifest',
              'index.html',
              'port/**',
              'range/**',
              'doctor.html',
            ],
            maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
          },
          manifest: {
            id: base,
            name: m.manifest_name({}, { locale }),
            short_name: 'Portwise',
            description: m.manifest_description({}, { locale }),
            start_url: base,
            scope: base,
            display: 'standalone',
            theme_color: themeLight,
            background_color: background,
            lang: LOCALE_TAGS[locale],
            categories: ['developer', 'utilities'],
            icons: [
              {
                src: `${base}icons/icon-192.png`,
                sizes: '192x192',
                type: 'image/png',
                purpose: 'any',
              },
              {
                src: `${base}icons/icon-512.png`,
                sizes: '512x512',
                type: 'image/png',
                purpose: 'any',
              },
              {
                src: `${base}icons/icon-maskable-512.png`,
                sizes: '512x512',
                type: 'image/png',
                purpose: 'maskable',
              },
            ],
          },
        }),
      ],
  build: {
    outDir: locale === BASE_LOCALE ? 'dist' : `dist/${locale}`,
    target: 'es2022',
    // scripts/prerender.js reads which files each chunk needs (and then deletes the manifest).
    manifest: !isSsrBuild,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      // Svelte's list code has nothing to run when loaded; said so, the first paint's chunk need
      // not load it before itself (see the 'lists' group below).
      treeshake: { moduleSideEffects: (id: string) => !LIST_CODE.test(id) },
      output: {
        // Every module the first paint imports that lazy chunks import too (Svelte's runtime, the
        // routes, range classes…) goes into one shared chunk, not one file each: each file on the
        // first paint costs its own request and gzip overhead.
        codeSplitting: {
          groups: [
            // Svelte's list code is in the first paint's module graph (through the runtime's
            // re-exports) but no first-paint component has a list: its own chunk, loaded with the
            // first view that needs it (1.8 KB gzip off the first paint).
            {
              name: 'lists',
              test: LIST_CODE,
              priority: 10,
              includeDependenciesRecursively: false,
            },
            { name: 'shell', tags: ['$initial'] },
            // What a port page shows right after its first paint (the recommended command, the
            // paste box, the ephemeral table) in one file: each separate file costs a phone a
            // preload link, and each stylesheet a style recalculation, in the task that starts it.
            {
              name: 'checking',
              test: /app\/(views\/port\/(Commands|Answer|Ephemeral|checking)|components\/(CommandCard|ChoiceGroup|CopyButton|clipboard)|core\/commands\/(catalogue-(local|linux|macos|windows|freebsd)|fill|recommend|intents|host|quote|numeric-host|sources|flag-notes)|core\/output\/tool-names)/,
            },
          ],
        },
      },
    },
  },
  json: { stringify: true },
  // `npm start -- --port 8080` (or `vite preview --port 8080`) serves elsewhere. The headers are
  // the ones a production host should send (README, "Deploy").
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  server: { port: 5173 },
}));
