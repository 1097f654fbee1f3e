// @ts-check
/** Prints the figures as a table and writes the JSON report. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** @typedef {import('./types.js').Figure} Figure */

/** Says whether a figure meets its budget; null without a budget or a value. */
export function meetsBudget(/** @type {Figure} */ f) {
  if (!f.budget || f.value === null || Number.isNaN(f.value)) return null;
  if (f.budget.max !== undefined && f.value > f.budget.max) return false;
  if (f.budget.min !== undefined && f.value < f.budget.min) return false;
  return true;
}

function budgetText(/** @type {Figure} */ f) {
  if (!f.budget) return '';
  const unit = f.unit === 'score' || f.unit === 'ratio' ? '' : ` ${f.unit}`;
  if (f.budget.max !== undefined) return `≤ ${f.budget.max}${unit}`;
  if (f.budget.min !== undefined)
    return f.unit === 'score' ? `${f.budget.min}` : `≥ ${f.budget.min}${unit}`;
  return '';
}

function valueText(/** @type {Figure} */ f) {
  if (f.value === null || Number.isNaN(f.value)) return '—';
  return f.unit === 'score' || f.unit === 'ratio' ? String(f.value) : `${f.value} ${f.unit}`;
}

/** Formats the figures as a plain-text table with a pass/fail column, and notes below it. */
export function formatTable(/** @type {Figure[]} */ figures) {
  const rows = figures.map((f) => {
    const pass = meetsBudget(f);
    const result = pass === null ? (f.budget ? 'n/a' : '') : pass ? 'pass' : 'FAIL';
    return [f.label, valueText(f), budgetText(f), result, f.note ?? ''];
  });
  const head = ['figure', 'value', 'budget', 'result', 'note'];
  const widths = head
    .slice(0, 4)
    .map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ r) =>
    r
      .map((c, i) => (i < 4 ? (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i])) : c))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Writes the report object as pretty JSON, creating its folder. */
export async function writeJson(/** @type {string} */ path, /** @type {unknown} */ report) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(report, null, 2) + '\n');
}
