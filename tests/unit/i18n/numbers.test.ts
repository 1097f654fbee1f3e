/**
 * Counts in the page's language, through Intl (Paraglide's `: number`): „5.739“ in German, 5,739
 * in Japanese; English keeps the digits it has always shown. Port numbers are never formatted.
 */
import { afterEach, expect, test } from 'vitest';
import { m } from '../../../app/generated/paraglide/messages.js';
import { setLocale } from '../../../app/generated/paraglide/runtime.js';

afterEach(() => setLocale('en', { reload: false }));

test.each([
  ['en', '5739 named ports.'],
  ['de', '5.739 benannte Ports.'],
  ['ja', '名前付きポート 5,739 個。'],
  ['fr', `5\u202f739 ports nommés.`],
] as const)('a count of ports in %s', (locale, text) => {
  setLocale(locale, { reload: false });
  expect(m.pg_range_named_count({ count: 5739 })).toBe(text);
});

test('a count in a sentence with no plural, and a port beside it, in German', () => {
  setLocale('de', { reload: false });
  expect(m.cmp_checks_shown({ shown: 1000, total: 12345 })).toBe('1.000 von 12.345 angezeigt');
  expect(m.pg_range_named_count_paged({ count: 5739, page: 2, pages: 58 })).toContain('5.739');
  expect(m.pg_title_port({ port: 60904 })).toContain('60904');
});
