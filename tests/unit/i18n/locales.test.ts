import { describe, expect, test } from 'vitest';
import { LOCALES, LOCALE_TAGS, localePath, splitLocale } from '../../../app/i18n/locales.ts';
import { LOCALE_NAMES } from '../../../app/i18n/names.ts';
import { pickLocale, startLanguage } from '../../../app/i18n/choice.ts';

describe('a URL names its language by a prefix; English has none', () => {
  test.each([
    ['/', 'en', '/'],
    ['/port/22', 'en', '/port/22'],
    ['/de/', 'de', '/'],
    ['/de', 'de', '/'],
    ['/de/port/22', 'de', '/port/22'],
    ['/ja/search', 'ja', '/search'],
    ['/zh/doctor', 'zh', '/doctor'],
    ['/pt/range/0-1023', 'pt', '/range/0-1023'],
    // /en/ is not an address: English pages have no prefix.
    ['/en/port/22', 'en', '/en/port/22'],
    // Two letters that are not one of ours, or more than two, are a path like any other.
    ['/xx/port/22', 'en', '/xx/port/22'],
    ['/dep/port', 'en', '/dep/port'],
    ['/deutsch', 'en', '/deutsch'],
  ])('%s is %s, %s', (path, locale, rest) => {
    expect(splitLocale(path)).toEqual({ locale, path: rest });
  });

  test.each([
    ['/port/22', 'de', '/de/port/22'],
    ['/', 'fr', '/fr/'],
    ['/search?q=ssh', 'ja', '/ja/search?q=ssh'],
    ['/port/22', 'en', '/port/22'],
  ] as const)('%s in %s is %s', (path, locale, out) => {
    expect(localePath(path, locale)).toBe(out);
  });

  test('every path of every language reads back as itself', () => {
    for (const l of LOCALES)
      for (const p of ['/', '/port/22', '/range/0-1023', '/history', '/doctor'])
        expect(splitLocale(localePath(p, l))).toEqual({ locale: l, path: p });
  });

  test('every language has its own name and a BCP 47 tag', () => {
    expect(LOCALES).toHaveLength(7);
    for (const l of LOCALES) {
      expect(LOCALE_NAMES[l]).toBeTruthy();
      expect(() => new Intl.Locale(LOCALE_TAGS[l])).not.toThrow();
    }
  });
});

describe("the browser's languages pick one of ours", () => {
  test.each([
    [['de-DE', 'en'], 'de'],
    [['en-US', 'de'], 'en'],
    [['pt-PT'], 'pt'],
    [['zh-TW', 'ja'], 'zh'],
    [['nl-NL', 'fr-BE'], 'fr'],
    [['JA'], 'ja'],
    [['es_MX'], 'es'],
    [['nl', 'sv'], undefined],
    [[], undefined],
  ])('%j → %s', (prefs, locale) => expect(pickLocale(prefs)).toBe(locale));
});

describe('where a visit starts', () => {
  test('a first visit to / opens in the browser language', () => {
    expect(startLanguage('/', null, ['de-DE'])).toBe('/de/');
    expect(startLanguage('/', null, ['en-GB', 'de'])).toBeUndefined();
    expect(startLanguage('/', null, ['nl'])).toBeUndefined();
  });

  test('a language chosen in the menu wins over the browser, English too', () => {
    expect(startLanguage('/', 'fr', ['de-DE'])).toBe('/fr/');
    expect(startLanguage('/', 'en', ['de-DE'])).toBeUndefined();
  });

  test('something stored that is not a language is ignored', () => {
    expect(startLanguage('/', 'klingon', ['ja'])).toBe('/ja/');
  });

  test('an address that names a page is never overridden', () => {
    for (const path of ['/port/22', '/de/', '/history', '/search', '/fr/port/22'])
      expect(startLanguage(path, 'ja', ['ja'])).toBeUndefined();
  });
});
