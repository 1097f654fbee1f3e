// @ts-check
/** Edits of the built index.html. */

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
