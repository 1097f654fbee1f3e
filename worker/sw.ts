/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

// Precache the whole build (app, knowledge data, icons) so every page works offline.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install controls the open page at once, so it works offline without a reload. Updates
// still wait: a new worker activates only after the user picks "Reload" (SKIP_WAITING below).
clientsClaim();

// Any deep link (/port/443, /range/1-1023, /search?q=ssh) opens the app shell from the cache: the
// page with a header that paints at once (made from index.html by the build, vite.config.ts).
// The sitemaps are files for crawlers, not pages of the app: opening one goes to the network.
// Each language is a build of its own with its own worker: the English one (scope /) leaves the
// other languages' addresses (/de/…) to the network until their worker is installed. Every language
// prefix is a two-letter code and no page of the app has a two-letter first segment, so the
// worker needs no list of languages (it may not import the app's code).
const base = import.meta.env.BASE_URL;
registerRoute(
  new NavigationRoute(createHandlerBoundToURL(`${base}app-shell.html`), {
    denylist: [/^\/sitemap[\w-]*\.xml$/, ...(base === '/' ? [/^\/[a-z]{2}(\/|$)/] : [])],
  }),
);

// The page asks a waiting worker to take over only when the user chose "Reload".
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
