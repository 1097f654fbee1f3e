/**
 * Intl formatters, one per kind, language and options, kept. Making an Intl object is costly (the
 * first one a page makes wakes ICU: 110–170 ms of a 4× slowed CPU, measured in Chromium), and a
 * list of history rows or names formats many values; each formatter is made once and reused. The
 * messages' counts and plurals use them too (scripts/i18n.js points Paraglide's registry here).
 */
type Formatter = Intl.ListFormat | Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules;
const made = new Map<string, Formatter>();

function kept<T extends Formatter>(key: string, make: () => T): T {
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

/** Numbers in the language of `tag`, with `options` (Intl.NumberFormat). */
export function numberFormat(tag: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept(
    `number ${tag} ${JSON.stringify(options ?? {})}`,
    () => new Intl.NumberFormat(tag, options),
  );
}

/** Plural categories in the language of `tag`, with `options` (Intl.PluralRules). */
export function pluralRules(tag: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return kept(
    `plural ${tag} ${JSON.stringify(options ?? {})}`,
    () => new Intl.PluralRules(tag, options),
  );
}
