/** Lists in the page's language: "A, B and C", 「A、B、C」. */
import { locale, localeTag } from './current.ts';
import { andList } from './formatters.ts';

/** Joins names as "A, B and C" (English without the serial comma, as the app writes it). */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Joins names with "and" as the page's language does it (Intl.ListFormat outside English). */
export function listAnd(items: readonly string[]): string {
  return locale() === 'en' ? joinAnd(items) : andList(localeTag()).format(items);
}
