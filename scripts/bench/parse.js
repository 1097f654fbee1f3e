// @ts-check
/** Parse speed: 1 MB of `ss -tanp` output through parseOutput, in Chromium. */
import { join } from 'node:path';
import { bundleEntry } from './bundle.js';
import { openBenchPage } from './bench-page.js';
import { generateSsOutput } from './ss-output.js';
import { median, round } from './stats.js';

/** @typedef {import('./types.js').Figure} Figure */

/** Warm-up and timed runs. */
export const PARSE_WARMUPS = 3;
export const PARSE_RUNS = 10;
const MODULE_PATH = '/__bench/output.js';

/** In the page: parses the text after a warm-up, returning each timed run and what was read. */
async function timeParse(
  /** @type {{ url: string, text: string, warmups: number, runs: number }} */ args,
) {
  const { parseOutput } = await import(args.url);
  for (let i = 0; i < args.warmups; i++) parseOutput(args.text);
  const times = [];
  let result;
  for (let i = 0; i < args.runs; i++) {
    const t = performance.now();
    result = parseOutput(args.text);
    times.push(performance.now() - t);
  }
  return { times, tool: result.tool, rows: result.rows.length, notes: result.notes };
}

/** Measures parseOutput over 1 MB of generated `ss -tanp` output. */
export async function measureParse(/** @type {import('./types.js').BenchContext} */ ctx) {
  const source = await bundleEntry(
    ctx.root,
    'app/core/output/index.ts',
    join(ctx.tmpDir, 'output-bundle'),
  );
  const { text, rows } = generateSsOutput(1024 * 1024);
  const { context, page } = await openBenchPage(ctx, { [MODULE_PATH]: source });
  try {
    const result = await page.evaluate(timeParse, {
      url: MODULE_PATH,
      text,
      warmups: PARSE_WARMUPS,
      runs: PARSE_RUNS,
    });
    if (result.tool !== 'ss' || result.rows < rows)
      throw new Error(
        `parseOutput read ${result.rows} rows as ${result.tool}; expected ≥ ${rows} ss rows`,
      );
    const note = `${round(text.length / 1024 / 1024, 2)} MB, ${rows} lines, ${result.rows} rows; ${PARSE_RUNS} runs`;
    /** @type {Figure[]} */
    const figures = [
      {
        id: 'parse.ss1mb.median',
        label: 'Parse 1 MB ss -tanp, median',
        value: round(median(result.times), 1),
        unit: 'ms',
        note,
        budget: { max: 50 },
      },
      {
        id: 'parse.ss1mb.max',
        label: 'Parse 1 MB ss -tanp, max',
        value: round(Math.max(...result.times), 1),
        unit: 'ms',
      },
    ];
    return {
      figures,
      details: {
        bytes: text.length,
        lines: rows,
        rowsRead: result.rows,
        times: result.times,
        bundleBytes: source.length,
        notes: result.notes,
      },
    };
  } finally {
    await context.close();
  }
}
