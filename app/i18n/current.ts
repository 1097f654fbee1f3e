/**
 * The page's language. A client build is made for one language (`__PORTWISE_LOCALE__`, a
 * compile-time constant, so only its messages ship); the prerenderer's build for Node renders
 * every language and sets it per page (`renderIn`).
 */
import { experimentalStaticLocale, getLocale, setLocale } from '../generated/paraglide/runtime.js';
import { BASE_LOCALE, localePath, LOCALE_TAGS, splitLocale } from './locales.ts';
import type { Locale } from './locales.ts';

/** The language this page is in. */
export function locale(): Locale {
  return experimentalStaticLocale ?? getLocale();
}

/** The BCP 47 tag of the page's language, for `Intl` and `lang`. */
export function localeTag(): string {
  return LOCALE_TAGS[locale()];
}

/**
 * A path of the app in the page's language: `/doctor` → `/de/doctor` on a German page. A path that
 * already names a language is left as it is.
 */
export function here(path: string): string {
  if (splitLocale(path).locale !== BASE_LOCALE) return path;
  const l = locale();
  if (l === BASE_LOCALE) return path;
  return path.startsWith('/?') ? `/${l}${path}` : localePath(path, l);
}

/**
 * A file of the page's language's build (`favicon.svg` → `/ja/favicon.svg`): each language's
 * service worker serves only what is under its own prefix, so offline a file from another
 * language's folder would fail to load.
 */
export function asset(file: string): string {
  return `${localePath('/', locale())}${file}`;
}

/** For the prerenderer: the language the next pages are rendered in. */
export function renderIn(l: Locale): void {
  setLocale(l, { reload: false });
}
