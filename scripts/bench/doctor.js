// @ts-check
/** Doctor speed: diagnose() over every row of the error table, in Chromium. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleEntry } from './bundle.js';
import { openBenchPage } from './bench-page.js';
import { median, percentile, round } from './stats.js';

/** @typedef {import('./types.js').Figure} Figure */

/** Warm-up passes over the table, then timed passes. */
export const DOCTOR_WARMUPS = 3;
export const DOCTOR_RUNS = 30;
const MODULE_PATH = '/__bench/doctor.js';
/** The table the unit tests use: real error texts, each with its source. */
export const ERROR_TABLE = 'tests/fixtures/doctor/errors.json';

/** In the page: times each text's diagnosis; returns every time and the causes read. */
async function timeDiagnose(
  /** @type {{ url: string, texts: string[], warmups: number, runs: number }} */ args,
) {
  const { diagnose } = await import(args.url);
  for (let i = 0; i < args.warmups; i++) for (const text of args.texts) diagnose(text);
  /** @type {number[]} */
  const times = [];
  /** @type {number[]} */
  const perText = args.texts.map(() => 0);
  for (let r = 0; r < args.runs; r++) {
    args.texts.forEach((text, i) => {
      const t = performance.now();
      diagnose(text);
      const ms = performance.now() - t;
      times.push(ms);
      perText[i] = Math.max(perText[i] ?? 0, ms);
    });
  }
  const causes = args.texts.map((text) => diagnose(text).cause);
  return { times, perText, causes };
}

/** Measures diagnose() per error text: p50, p95 (budgeted) and the slowest text. */
export async function measureDoctor(/** @type {import('./types.js').BenchContext} */ ctx) {
  const source = await bundleEntry(
    ctx.root,
    'app/core/doctor/index.ts',
    join(ctx.tmpDir, 'doctor-bundle'),
  );
  /** @type {{ id: string, text: string, expect: { cause: string } }[]} */
  const rows = JSON.parse(await readFile(join(ctx.root, ERROR_TABLE), 'utf8'));
  const { context, page, isolated } = await openBenchPage(ctx, { [MODULE_PATH]: source });
  try {
    const result = await page.evaluate(timeDiagnose, {
      url: MODULE_PATH,
      texts: rows.map((row) => row.text),
      warmups: DOCTOR_WARMUPS,
      runs: DOCTOR_RUNS,
    });
    // Rows with a platform context read differently without it; the others must match the table.
    const wrong = rows.filter(
      (row, i) => !('context' in row) && result.causes[i] !== row.expect.cause,
    );
    if (wrong.length > 0)
      throw new Error(`the bundled doctor misreads ${wrong.map((row) => row.id).join(', ')}`);
    const slowest = rows
      .map((row, i) => ({ id: row.id, maxMs: round(result.perText[i] ?? 0, 3) }))
      .sort((a, b) => b.maxMs - a.maxMs)
      .slice(0, 5);
    const note = `${rows.length} error texts × ${DOCTOR_RUNS} runs${isolated ? '' : ', timer resolution 0.1 ms'}`;
    /** @type {Figure[]} */
    const figures = [
      {
        id: 'doctor.p50',
        label: 'Doctor classification p50',
        value: round(median(result.times), 3),
        unit: 'ms',
        note,
      },
      {
        id: 'doctor.p95',
        label: 'Doctor classification p95',
        value: round(percentile(result.times, 95), 3),
        unit: 'ms',
        budget: { max: 2 },
      },
      {
        id: 'doctor.max',
        label: 'Doctor classification max',
        value: round(Math.max(...result.times), 3),
        unit: 'ms',
        note: `slowest: ${slowest[0]?.id}`,
      },
    ];
    return {
      figures,
      details: {
        rows: rows.length,
        bundleBytes: source.length,
        crossOriginIsolated: isolated,
        slowest,
      },
    };
  } finally {
    await context.close();
  }
}
