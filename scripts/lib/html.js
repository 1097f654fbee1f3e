// @ts-check
/** Edits of the built index.html. */
import { createHash } from 'node:crypto';

const SHEET = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g;
const MODULE_SCRIPT = /[ \t]*<script type="module"/;

/**
 * Moves every `<link rel="stylesheet">` before the first module script, keeping their order.
 * Returns the page unchanged when there is no module script or the stylesheets already lead.
 */
export function stylesheetsFirst(/** @type {string} */ html) {
  const sheets = html.match(SHEET);
  const script = html.search(MODULE_SCRIPT);
  if (!sheets || script < 0 || html.search(SHEET) < script) return html;
  const rest = html.replace(SHEET, '');
  const lineStart = rest.lastIndexOf('\n', rest.search(MODULE_SCRIPT)) + 1;
  const indent = /^[ \t]*/.exec(rest.slice(lineStart))?.[0] ?? '';
  const moved = sheets.map((tag) => indent + tag.trim() + '\n').join('');
  return rest.slice(0, lineStart) + moved + rest.slice(lineStart);
}

const CSP = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/**
 * Replaces the `<link rel="stylesheet">` for `href` with a `<style>` holding `css`, and allows
 * exactly that block in the page's Content-Security-Policy by its SHA-256 hash (no
 * 'unsafe-inline'). Throws if the page has no such link or no CSP meta tag.
 */
export function inlineStylesheet(
  /** @type {string} */ html,
  /** @type {string} */ href,
  /** @type {string} */ css,
) {
  return inlineSheets(html, [[href, css]]);
}

/**
 * `inlineStylesheet` for every `<link rel="stylesheet">` of the page, reading each stylesheet's
 * text with `read(href)`; the CSP gets one `style-src` listing every block's hash.
 */
export function inlineStylesheets(
  /** @type {string} */ html,
  /** @type {(href: string) => string} */ read,
) {
  const hrefs = [...html.matchAll(SHEET)].map((tag) => /href="([^"]+)"/.exec(tag[0])?.[1]);
  return inlineSheets(
    html,
    hrefs.map((href) => {
      if (!href) throw new Error('a <link rel="stylesheet"> without an href');
      return [href, read(href)];
    }),
  );
}

function inlineSheets(/** @type {string} */ html, /** @type {[string, string][]} */ sheets) {
  if (!CSP.test(html)) throw new Error('no Content-Security-Policy meta tag');
  /** @type {string[]} */
  const hashes = [];
  for (const [href, css] of sheets) {
    const escaped = href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const link = new RegExp(`([ \\t]*)<link rel="stylesheet"[^>]*href="${escaped}"[^>]*>(\\n?)`);
    if (!link.test(html)) throw new Error(`no <link rel="stylesheet"> for ${href}`);
    if (css.includes('</style')) throw new Error(`${href} would end the <style> block early`);
    hashes.push(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    html = html.replace(link, (_, indent, newline) => `${indent}<style>${css}</style>${newline}`);
  }
  return html.replace(CSP, (_, start, policy, end) => {
    if (/(^|;)\s*style-src\b/.test(policy)) throw new Error('the CSP already has a style-src');
    return `${start}${policy}; style-src 'self' ${hashes.join(' ')}${end}`;
  });
}
