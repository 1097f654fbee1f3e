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
  const at = rest.search(MODULE_SCRIPT);
  const indent = /^[ \t]*/.exec(rest.slice(rest.lastIndexOf('\n', at) + 1))?.[0] ?? '';
  const moved = sheets.map((tag) => indent + tag.trim() + '\n').join('');
  const lineStart = rest.lastIndexOf('\n', at) + 1;
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
  const link = new RegExp(
    `[ \\t]*<link rel="stylesheet"[^>]*href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>\\n?`,
  );
  if (!link.test(html)) throw new Error(`no <link rel="stylesheet"> for ${href}`);
  if (!CSP.test(html)) throw new Error('no Content-Security-Policy meta tag');
  if (css.includes('</style')) throw new Error(`${href} would end the <style> block early`);
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return html
    .replace(link, () => `    <style>${css}</style>\n`)
    .replace(CSP, (_, start, policy, end) => {
      if (/(^|;)\s*style-src\b/.test(policy)) throw new Error('the CSP already has a style-src');
      return `${start}${policy}; style-src 'self' 'sha256-${hash}'${end}`;
    });
}
