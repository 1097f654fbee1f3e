/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { BASE_LOCALE, LOCALES } from '../app/i18n/locales.ts';

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
// other languages' addresses (/de/…) to the network until their worker is installed.
const base = import.meta.env.BASE_URL;
const others = LOCALES.filter((l) => l !== BASE_LOCALE).join('|');
registerRoute(
  new NavigationRoute(createHandlerBoundToURL(`${base}app-shell.html`), {
    denylist: [/^\/sitemap[\w-]*\.xml$/, ...(base === '/' ? [new RegExp(`^/(${others})(/|$)`)] : [])],
  }),
);

// The page asks a waiting worker to take over only when the user chose "Reload".
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
