/** The kept Intl formatters (app/i18n/formatters.ts) write what a fresh Intl object writes. */
import { expect, test } from 'vitest';
import { andList, dateTime } from '../../../app/i18n/formatters.ts';
import { LOCALE_TAGS } from '../../../app/i18n/locales.ts';

const tags = Object.values(LOCALE_TAGS);

test.each(tags)('lists and dates in %s are written as Intl writes them', (tag) => {
  const names = ['Linux', 'Windows', 'macOS', 'FreeBSD'];
  expect(andList(tag).format(names)).toBe(
    new Intl.ListFormat(tag, { type: 'conjunction' }).format(names),
  );
  for (const at of [0, 1_700_000_000_000, 1_764_950_400_123, Date.UTC(2026, 11, 5, 23, 59, 59)])
    expect(dateTime(tag).format(new Date(at))).toBe(new Date(at).toLocaleString(tag));
});

test('each formatter is made once per language and reused', () => {
  expect(andList('de')).toBe(andList('de'));
  expect(dateTime('ja')).toBe(dateTime('ja'));
  expect(andList('de')).not.toBe(andList('fr'));
});
