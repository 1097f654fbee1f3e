// @ts-check
/** Shared JSDoc types of the benchmark: figures, steps and the context every step receives. */

/**
 * One reported figure. A budget with `max` (or `min`) makes the table say pass or fail.
 * @typedef {object} Figure
 * @property {string} id stable key in the JSON report, e.g. `size.firstPaint.gzip`
 * @property {string} label what the table shows
 * @property {number | null} value null when not measured
 * @property {string} unit `KB`, `ms`, `score`, `ratio`
 * @property {{ max?: number, min?: number }} [budget]
 * @property {string} [note]
 */

/**
 * What every measurement step receives.
 * @typedef {object} BenchContext
 * @property {string} root the project folder
 * @property {string} dist the built site being served: a copy of `dist/` made right after the build
 * @property {string} baseUrl the static host serving `dist`, without a trailing slash
 * @property {string} tmpDir a scratch folder removed at the end
 * @property {import('@playwright/test').Browser} browser Chromium driven by Playwright
 * @property {{ seconds: number, peakMB: number }} build the build's wall time and peak memory
 */

/**
 * One measurement: a name and a function returning figures plus free-form details for the JSON.
 * @typedef {object} BenchStep
 * @property {string} name
 * @property {(ctx: BenchContext) => Promise<{ figures: Figure[], details?: unknown }>} run
 */

export {};
