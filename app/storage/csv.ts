import type { CheckRecord } from './types.ts';

/** A CSV cell before escaping; undefined becomes an empty cell. */
export type CsvCell = string | number | undefined;

// Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection").
const formulaStart = /^[=+\-@\t\r]/;

// Some spreadsheets trim a cell, or read the fullwidth and small forms of = + - @ as the ASCII
// ones, before deciding whether it is a formula: whitespace (the no-break, em and ideographic
// spaces included), line breaks and zero-width characters in front of a trigger hide nothing.
const hiddenFormulaStart =
  /^[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

/**
 * Whether a spreadsheet could run the text as a formula: it starts with one of OWASP's trigger
 * characters, or with `=`, `+`, `-` or `@` (or a fullwidth or small form of one) after leading
 * whitespace, line breaks or zero-width characters.
 */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text) || hiddenFormulaStart.test(text);
}

/** Escapes one cell per RFC 4180, prefixing text that a spreadsheet would run as a formula. */
export function escapeCsvCell(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  const guarded = looksLikeFormula(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Joins rows into RFC 4180 CSV: CRLF line ends, a final CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(escapeCsvCell).join(',') + '\r\n').join('');
}

/** The header row of the checks CSV. */
export const CHECKS_CSV_HEADER = [
  'id',
  'time',
  'port',
  'protocol',
  'platform',
  'kind',
  'command',
  'verdict',
  'output',
] as const;

/** Renders checks as CSV with a header, times in ISO 8601 (UTC). */
export function checksToCsv(checks: readonly CheckRecord[]): string {
  return toCsv([
    CHECKS_CSV_HEADER,
    ...checks.map((check) => [
      check.id,
      new Date(check.at).toISOString(),
      check.port,
      check.protocol,
      check.platform,
      check.kind,
      check.commandId,
      check.verdict,
      check.output,
    ]),
  ]);
}
