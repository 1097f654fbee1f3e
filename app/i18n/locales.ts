/**
 * The languages Portwise speaks and how a URL names one, pure. English has no prefix (its URLs
 * are the ones people already share); every other language puts its code first: `/de/port/22`.
 */

export const LOCALES = ['en', 'zh', 'es', 'pt', 'de', 'ja', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** The BCP 47 tag for `<html lang>`, hreflang and `Intl`. */
export const LOCALE_TAGS: Record<Locale, string> = {
  en: 'en',
  zh: 'zh-Hans',
  es: 'es',
  pt: 'pt-BR',
  de: 'de',
  ja: 'ja',
  fr: 'fr',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language a path names and the path without it (`/de/port/22` → de, `/port/22`). */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const m = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (m && isLocale(m[1]) && m[1] !== BASE_LOCALE) return { locale: m[1], path: m[2] || '/' };
  return { locale: BASE_LOCALE, path: pathname };
}

/** A path of the app in a language: `/port/22` in de → `/de/port/22`; `/` in de → `/de/`. */
export function localePath(path: string, locale: Locale): string {
  if (locale === BASE_LOCALE) return path;
  return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}
