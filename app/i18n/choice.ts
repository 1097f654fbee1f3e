/**
 * Which language a visit starts in. Only a visit to `/` is ever sent elsewhere: a URL that names
 * a page (`/port/22`, `/de/`) is what someone shared or bookmarked and is kept. At `/`, a language
 * the user chose from the menu wins; on a first visit, the browser's languages decide.
 */
import { BASE_LOCALE, isLocale, localePath } from './locales.ts';
import type { Locale } from './locales.ts';

/** localStorage, not IndexedDB: the choice is read before the first page decides where to go. */
const KEY = 'portwise.language';

/** Where a visit to `pathname` should go instead, or undefined to stay. Pure. */
export function startLanguage(
  pathname: string,
  saved: string | null,
  preferences: readonly string[],
): string | undefined {
  if (pathname !== '/') return undefined;
  const l = isLocale(saved) ? saved : pickLocale(preferences);
  return l && l !== BASE_LOCALE ? localePath('/', l) : undefined;
}

export function savedLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Remembers a choice from the language menu (a private window may refuse: then it is not kept). */
export function saveLanguage(l: Locale): void {
  try {
    localStorage.setItem(KEY, l);
  } catch {
    // Nothing to keep it in: the next visit to / asks the browser again.
  }
}

/**
 * The language a browser's preferences (navigator.languages, best first) pick, or undefined when
 * none of them is one of ours. `pt-PT` picks our Brazilian Portuguese, every Chinese tag our
 * Simplified Chinese: each is far closer than falling back to English.
 */
export function pickLocale(preferences: readonly string[]): Locale | undefined {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}
