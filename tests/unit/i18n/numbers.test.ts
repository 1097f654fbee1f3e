/**
 * Counts in the page's language, through Intl (Paraglide's `: number`): „5.739“ in German, 5,739
 * in Japanese and in English. (English used to keep bare digits, so its history list said
 * "100001 checks" beside an import summary's "100,000 added".) Port numbers are never formatted.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { m } from '../../../app/generated/paraglide/messages.js';
import * as registry from '../../../app/generated/paraglide/registry.js';
import { LOCALES } from '../../../scripts/lib/locales.js';
import type { Locale } from '../../../app/generated/paraglide/runtime.js';
import { setLocale } from '../../../app/generated/paraglide/runtime.js';

afterEach(() => setLocale('en', { reload: false }));

test.each([
  ['en', '5,739 named ports.'],
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

const { NumberFormat, PluralRules } = Intl;
/** Intl with its constructors writable, to count the formatters made. */
const intl = Intl as { NumberFormat: typeof NumberFormat; PluralRules: typeof PluralRules };

describe("the registry's formatters (scripts/i18n.js replaces Paraglide's)", () => {
  afterEach(() => {
    intl.NumberFormat = NumberFormat;
    intl.PluralRules = PluralRules;
  });

  test.each(LOCALES as Locale[])(
    'give what Intl gives in %s, for counts and for plurals',
    (locale) => {
      const samples = [0, 1, 2, 3, 5, 7, 11, 21, 101, 999, 1000, 1001, 5739, 12345, 65535, 1.5, -1];
      for (const n of [...samples, ...Array.from({ length: 1000 }, (_, i) => i)]) {
        expect(registry.number(locale, n, {})).toBe(new Intl.NumberFormat(locale).format(n));
        expect(registry.plural(locale, n, {})).toBe(new Intl.PluralRules(locale).select(n));
      }
      expect(registry.number(locale, 0.25, { style: 'percent' })).toBe(
        new Intl.NumberFormat(locale, { style: 'percent' }).format(0.25),
      );
      expect(registry.plural(locale, 2, { type: 'ordinal' })).toBe(
        new Intl.PluralRules(locale, { type: 'ordinal' }).select(2),
      );
    },
  );

  test('a small count and an English plural wake no Intl formatter; others reuse one', () => {
    let numberFormats = 0;
    let pluralRules = 0;
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        numberFormats++;
      }
    } as typeof Intl.NumberFormat;
    intl.PluralRules = class extends PluralRules {
      constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
        super(...args);
        pluralRules++;
      }
    } as typeof Intl.PluralRules;
    // A count a port page shows while it is taken over ("Show all 7 systems").
    expect(registry.number('en', 7, {})).toBe('7');
    expect(registry.plural('en', 7, {})).toBe('other');
    expect(numberFormats).toBe(0);
    expect(pluralRules).toBe(0);
    // Options no other test asks for, so the cache starts empty for them.
    registry.number('de', 5739, { minimumIntegerDigits: 6 });
    registry.number('de', 12345, { minimumIntegerDigits: 6 });
    registry.plural('de', 3, { minimumIntegerDigits: 6 });
    registry.plural('de', 4, { minimumIntegerDigits: 6 });
    expect(numberFormats).toBe(1);
    expect(pluralRules).toBe(1);
  });
});
