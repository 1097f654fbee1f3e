/** The sitemap, the sitemap index, robots.txt and the PORTWISE_ORIGIN setting they depend on. */
import { describe, expect, test } from 'vitest';
import { escapeXml, readOrigin, robotsTxt, sitemaps } from '../../../app/prerender/sitemap.ts';

const ORIGIN = 'https://a.example';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** The <loc> values of a sitemap or sitemap index, unescaped. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

describe('readOrigin', () => {
  test.each([undefined, '', '   '])('%j means no origin', (value) => {
    expect(readOrigin(value)).toBeUndefined();
  });

  test.each([
    ['https://a.example', 'https://a.example'],
    ['https://a.example/', 'https://a.example'],
    ['http://localhost:4173', 'http://localhost:4173'],
    ['HTTPS://A.Example:443/', 'https://a.example'],
    [' https://a.example ', 'https://a.example'],
  ])('%j → %j', (value, origin) => {
    expect(readOrigin(value)).toBe(origin);
  });

  test.each([
    ['ftp://x', /must be an http or https URL/],
    ['https://a.example/sub', /must be an origin with no path/],
    ['https://a.example/sub/', /must be an origin with no path/],
    ['not a url', /must be an absolute URL/],
    ['a.example', /must be an absolute URL/],
    ['https://a.example/?q=1', /must have no query or fragment/],
    ['https://a.example/?', /must have no query or fragment/],
    ['https://a.example#top', /must have no query or fragment/],
    ['https://user:pw@a.example', /must not contain a user name or password/],
  ])('%j is refused with a message naming the variable and the value', (value, why) => {
    let message = '';
    try {
      readOrigin(value);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(why);
    expect(message).toMatch(/^PORTWISE_ORIGIN /);
    expect(message).toContain(JSON.stringify(value));
  });
});

describe('sitemaps', () => {
  test('splits at max: 5 paths, max 2 → 3 files of 2, 2 and 1 URLs', () => {
    const paths = ['/', '/doctor', '/port/22', '/port/80', '/port/443'];
    const { index, files } = sitemaps(ORIGIN, paths, 2);
    expect(files.map((f) => f.name)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(files.map((f) => locs(f.xml).length)).toEqual([2, 2, 1]);
    expect(files.flatMap((f) => locs(f.xml))).toEqual(paths.map((p) => ORIGIN + p));
    expect(locs(index)).toEqual([
      `${ORIGIN}/sitemap-1.xml`,
      `${ORIGIN}/sitemap-2.xml`,
      `${ORIGIN}/sitemap-3.xml`,
    ]);
  });

  test('exactly max paths fit in one file', () => {
    expect(sitemaps(ORIGIN, ['/a', '/b'], 2).files).toHaveLength(1);
  });

  test('the default fits 50,000 URLs in a file', () => {
    const paths = Array.from({ length: 50_001 }, (_, i) => `/port/${i}`);
    const { files } = sitemaps(ORIGIN, paths);
    expect(files.map((f) => locs(f.xml).length)).toEqual([50_000, 1]);
  });

  test('a file is a urlset in the sitemap namespace, one <url><loc> per path', () => {
    const { files } = sitemaps(ORIGIN, ['/port/443']);
    expect(files[0]?.xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<urlset ${NS}>`,
        '<url><loc>https://a.example/port/443</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  test('the index is a sitemapindex listing each file, with no lastmod', () => {
    const { index, files } = sitemaps(ORIGIN, ['/', '/doctor']);
    expect(index).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<sitemapindex ${NS}>`,
        '<sitemap><loc>https://a.example/sitemap-1.xml</loc></sitemap>',
        '</sitemapindex>',
        '',
      ].join('\n'),
    );
    expect(index + files.map((f) => f.xml).join('')).not.toMatch(/lastmod/);
  });

  test('escapes & < > " \' in URLs', () => {
    const { files } = sitemaps(ORIGIN, [`/search?q=a&b=<c>"d'`]);
    const xml = files[0]?.xml ?? '';
    expect(xml).toContain('<loc>https://a.example/search?q=a&amp;b=&lt;c&gt;&quot;d&apos;</loc>');
    expect(locs(xml)).toEqual([`${ORIGIN}/search?q=a&b=<c>"d'`]);
    expect(escapeXml(`&<>"'x`)).toBe('&amp;&lt;&gt;&quot;&apos;x');
  });

  test('the same input gives byte-identical output', () => {
    const paths = ['/', '/port/1', '/port/2'];
    expect(sitemaps(ORIGIN, paths, 2)).toEqual(sitemaps(ORIGIN, paths, 2));
  });

  test.each([
    ['no paths', [], 10, /at least one path/],
    ['max 0', ['/'], 0, /from 1 to 50000 URLs/],
    ['max -1', ['/'], -1, /from 1 to 50000 URLs/],
    ['max 1.5', ['/'], 1.5, /from 1 to 50000 URLs/],
    ['max above the protocol limit', ['/'], 50_001, /from 1 to 50000 URLs/],
    ['a relative path', ['port/1'], 10, /start with "\/"/],
  ])('refuses %s', (_, paths, max, message) => {
    expect(() => sitemaps(ORIGIN, paths, max)).toThrow(message);
  });
});

describe('robotsTxt', () => {
  test('without an origin: allow everything, name no sitemap', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });

  test('with an origin: names the sitemap index at /sitemap.xml', () => {
    expect(robotsTxt(ORIGIN)).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://a.example/sitemap.xml\n',
    );
  });
});
