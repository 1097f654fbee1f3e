/**
 * The sitemap and robots.txt of a prerendered build. Pure: strings in, strings out. A sitemap
 * needs absolute URLs, so it is only written when the build is told the site's origin.
 */

/** The environment variable that gives the site's public origin to the build. */
const ORIGIN_VARIABLE = 'PORTWISE_ORIGIN';

/** The sitemap protocol's limit of URLs per sitemap file. */
const SITEMAP_MAX_URLS = 50_000;

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * Reads PORTWISE_ORIGIN: unset or blank means "no origin" (no sitemap, robots.txt without one).
 * Anything else must be a plain http(s) origin, written with or without a trailing slash; it is
 * returned without one (`https://portwise.example`). A path, query, hash or credentials would
 * end up in every URL of the sitemap, so they fail the build with a message instead.
 */
export function readOrigin(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const bad = (why: string) =>
    new Error(
      `${ORIGIN_VARIABLE} ${why}, such as https://portwise.example; got ${JSON.stringify(value)}.`,
    );
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad('must be an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw bad('must be an http or https URL');
  if (url.username || url.password) throw bad('must not contain a user name or password');
  if (url.pathname !== '/') throw bad('must be an origin with no path');
  // `https://a.example/?` parses with an empty search, so the raw text is checked as well.
  if (url.search || url.hash || /[?#]/.test(text)) throw bad('must have no query or fragment');
  return url.origin;
}

/** A sitemap file: its name (served from the site root) and its XML. */
export interface SitemapFile {
  name: string;
  xml: string;
}

/**
 * The sitemap files for `paths` (each starting with `/`), at most `max` URLs each, named
 * sitemap-1.xml, sitemap-2.xml…, and a sitemap index listing them (served as /sitemap.xml).
 * No <lastmod>: the same input gives byte-identical files, so builds stay reproducible.
 */
export function sitemaps(
  origin: string,
  paths: readonly string[],
  max = SITEMAP_MAX_URLS,
): { index: string; files: SitemapFile[] } {
  if (paths.length === 0) throw new Error('A sitemap needs at least one path.');
  if (!Number.isInteger(max) || max < 1 || max > SITEMAP_MAX_URLS)
    throw new Error(`A sitemap holds from 1 to ${SITEMAP_MAX_URLS} URLs; got max ${max}.`);
  const badPath = paths.find((p) => !p.startsWith('/'));
  if (badPath !== undefined)
    throw new Error(`Sitemap paths start with "/"; got ${JSON.stringify(badPath)}.`);
  const files: SitemapFile[] = chunks(paths, max).map((chunk, i) => ({
    name: `sitemap-${i + 1}.xml`,
    xml: xmlDocument(
      'urlset',
      chunk.map((p) => `<url><loc>${escapeXml(origin + p)}</loc></url>`),
    ),
  }));
  const index = xmlDocument(
    'sitemapindex',
    files.map((f) => `<sitemap><loc>${escapeXml(`${origin}/${f.name}`)}</loc></sitemap>`),
  );
  return { index, files };
}

/** robots.txt: everything may be crawled; the sitemap index is named when there is an origin. */
export function robotsTxt(origin: string | undefined): string {
  const allow = 'User-agent: *\nAllow: /\n';
  return origin ? `${allow}\nSitemap: ${origin}/sitemap.xml\n` : allow;
}

/** Consecutive slices of at most `size` items. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A sitemap-protocol XML document: one root element in the sitemap namespace, a line per child. */
function xmlDocument(root: 'urlset' | 'sitemapindex', children: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns="${SITEMAP_NAMESPACE}">`,
    ...children,
    `</${root}>`,
    '',
  ].join('\n');
}

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes the five characters the sitemap protocol requires as entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => xmlEntities[c] ?? c);
}
