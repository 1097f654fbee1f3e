// @ts-check
/** Small statistics helpers for the benchmark: median, percentiles, rounding. */

/** Returns the p-th percentile (0–100) of the values, nearest-rank; NaN for an empty list. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Returns the median of the values (mean of the two middle ones for an even count). */
export function median(/** @type {number[]} */ values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds to a fixed number of decimals, keeping it a number for the JSON report. */
export function round(/** @type {number} */ value, digits = 2) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
