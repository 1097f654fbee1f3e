/**
 * Intl formatters, one per language (and kind), kept. Making an Intl object is costly (the first one
 * a page makes wakes ICU: 110–170 ms of a 4× slowed CPU, measured in Chromium), and a list of
 * history rows or names formats many values; each formatter is made once and reused.
 */
const made = new Map<string, Intl.ListFormat | Intl.DateTimeFormat>();

function kept<T extends Intl.ListFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}

/** "A, B and C" in the language of `tag` (Intl.ListFormat, conjunction). */
export function andList(tag: string): Intl.ListFormat {
  return kept(`list ${tag}`, () => new Intl.ListFormat(tag, { type: 'conjunction' }));
}

/** A date and time as `Date.prototype.toLocaleString(tag)` writes it. */
export function dateTime(tag: string): Intl.DateTimeFormat {
  return kept(
    `date ${tag}`,
    () =>
      new Intl.DateTimeFormat(tag, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
}
