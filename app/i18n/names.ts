/** Kept apart from locales.ts: only the language menu needs the names, and it loads on its own. */
import type { Locale } from './locales.ts';

/** Each language by its own name, for the language menu (read in that language: `lang` set). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  zh: '简体中文',
  es: 'Español',
  pt: 'Português (Brasil)',
  de: 'Deutsch',
  ja: '日本語',
  fr: 'Français',
};
