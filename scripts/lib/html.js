// @ts-check
/** Edits of the built index.html. */
import { createHash } from 'node:crypto';

/** A stylesheet link on its line: its indent, the tag, and its newline. */
const SHEET = /([ \t]*)(<link rel="stylesheet"[^>]*>)(\n?)/g;
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
 * Replaces every `<link rel="stylesheet">` of the page with a `<style>` holding its text, read
 * with `read(href)`, and allows exactly those blocks in the page's Content-Security-Policy: one
 * `style-src` listing each block's SHA-256 hash (no 'unsafe-inline'). Throws if the page has no
 * stylesheet link or no CSP meta tag.
 *
 * Each inlined sheet also leaves a disabled link at the end of the head, which a browser never
 * fetches: Vite's chunk loader looks for a sheet's link before it adds one, and without it a lazy
 * chunk that lists the sheet (the storage code lists the app's own stylesheet) fetched it again and
 * made the browser restyle the whole page.
 */
export function inlineStylesheets(
  /** @type {string} */ html,
  /** @type {(href: string) => string} */ read,
) {
  if (!CSP.test(html)) throw new Error('no Content-Security-Policy meta tag');
  /** @type {string[]} */
  const hashes = [];
  /** @type {Set<string>} */
  const hrefs = new Set();
  const inlined = html.replace(SHEET, (_, indent, tag, newline) => {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (!href) throw new Error('a <link rel="stylesheet"> without an href');
    hrefs.add(href);
    const css = read(href);
    if (css.includes('</style')) throw new Error(`${href} would end the <style> block early`);
    hashes.push(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    return `${indent}<style>${css}</style>${newline}`;
  });
  if (hashes.length === 0) throw new Error('no <link rel="stylesheet"> to inline');
  if (!inlined.includes('</head>')) throw new Error("no </head> for the inlined sheets' links");
  const markers = [...hrefs].map((href) => `<link rel="stylesheet" href="${href}" disabled>`);
  return inlined
    .replace(CSP, (_, start, policy, end) => {
      if (/(^|;)\s*style-src\b/.test(policy)) throw new Error('the CSP already has a style-src');
      return `${start}${policy}; style-src 'self' ${hashes.join(' ')}${end}`;
    })
    .replace('</head>', () => `${markers.join('')}</head>`);
}
