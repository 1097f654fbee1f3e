// @ts-check
/** Loading and decoding the knowledge chunk from the service worker cache, and search latency. */
import { knowledgeChunkPath, openBenchPage, waitForController } from './bench-page.js';
import { SEARCH_QUERIES } from './search-queries.js';
import { median, percentile, round } from './stats.js';

/** @typedef {import('./types.js').Figure} Figure */

/** Fresh pages timed for the load, and timed runs of each search query. */
export const LOAD_RUNS = 5;
export const SEARCH_RUNS = 20;

/** In the page: imports the code chunk and fetches the data (as the app does), then decodes, timing both parts. */
async function loadAndDecode(/** @type {{ chunk: string, data: string }} */ paths) {
  const start = performance.now();
  const [mod, data] = await Promise.all([
    import(paths.chunk),
    fetch(paths.data).then((r) => r.json()),
  ]);
  const imported = performance.now();
  const { knowledge } = mod.createKnowledge(data);
  const decoded = performance.now();
  return {
    importMs: imported - start,
    decodeMs: decoded - imported,
    totalMs: decoded - start,
    check: knowledge.nameOf(443),
  };
}

/**
 * Times load and decode in fresh pages served by the service worker: `/robots.txt` is precached,
 * so it opens without the app, and the chunk then comes from the worker's cache as it does for users.
 * Each page's module map is new, so every run fetches, compiles and evaluates the chunk again.
 * @param {import('./types.js').BenchContext} ctx
 * @param {{ chunk: string, data: string }} chunk
 */
async function timeLoad(ctx, chunk) {
  const context = await ctx.browser.newContext();
  try {
    // The bench registers /sw.js itself, so this figure does not depend on when the app does.
    const first = await context.newPage();
    await first.goto(ctx.baseUrl + '/robots.txt');
    await first.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      await navigator.serviceWorker.ready;
    });
    await waitForController(first, 'knowledge load');
    await first.close();
    const runs = [];
    for (let i = 0; i < LOAD_RUNS; i++) {
      const page = await context.newPage();
      const response = await page.goto(ctx.baseUrl + '/robots.txt');
      const fromServiceWorker = response?.fromServiceWorker() ?? false;
      const times = await page.evaluate(loadAndDecode, chunk);
      await page.close();
      if (!times.check) throw new Error('the decoded knowledge has no name for port 443');
      runs.push({ ...times, fromServiceWorker });
    }
    return runs;
  } finally {
    await context.close();
  }
}

/** In the page: runs every query after a warm-up; returns each run's time in ms. */
async function timeQueries(
  /** @type {{ chunk: string, data: string, queries: string[], runs: number }} */ {
    chunk,
    data,
    queries,
    runs,
  },
) {
  const mod = await import(chunk);
  const { search } = mod.createKnowledge(await fetch(data).then((r) => r.json()));
  let hits = 0;
  for (let w = 0; w < 3; w++) for (const q of queries) hits += search.search(q, 20).hits.length;
  /** @type {number[][]} */
  const times = queries.map(() => []);
  for (let r = 0; r < runs; r++) {
    queries.forEach((q, i) => {
      const t = performance.now();
      search.search(q, 20);
      times[i].push(performance.now() - t);
    });
  }
  return { times, hits: hits / 3 };
}

/** Measures knowledge load and decode (median of fresh pages) and search latency over 200 queries. */
export async function measureKnowledge(/** @type {import('./types.js').BenchContext} */ ctx) {
  const chunk = await knowledgeChunkPath(ctx.dist);
  const loads = await timeLoad(ctx, chunk);
  const { context, page, isolated } = await openBenchPage(ctx);
  try {
    const { times, hits } = await page.evaluate(timeQueries, {
      ...chunk,
      queries: SEARCH_QUERIES,
      runs: SEARCH_RUNS,
    });
    const all = times.flat();
    const slowest = SEARCH_QUERIES.map((q, i) => ({ q, p95: round(percentile(times[i], 95), 3) }))
      .sort((a, b) => b.p95 - a.p95)
      .slice(0, 8);
    const fromSw = loads.every((l) => l.fromServiceWorker);
    const loadNote = `median of ${LOAD_RUNS} fresh pages${fromSw ? ', served by the service worker' : ', NOT all from the service worker'}`;
    const searchNote = `${SEARCH_QUERIES.length} queries × ${SEARCH_RUNS} runs${isolated ? '' : ', timer resolution 0.1 ms'}`;
    /** @type {Figure[]} */
    const figures = [
      {
        id: 'knowledge.load',
        label: 'Knowledge load + decode',
        value: round(median(loads.map((l) => l.totalMs)), 1),
        unit: 'ms',
        note: loadNote,
      },
      {
        id: 'knowledge.load.import',
        label: '  of which code import and data fetch + JSON parse',
        value: round(median(loads.map((l) => l.importMs)), 1),
        unit: 'ms',
      },
      {
        id: 'knowledge.load.decode',
        label: '  of which createKnowledge()',
        value: round(median(loads.map((l) => l.decodeMs)), 1),
        unit: 'ms',
      },
      {
        id: 'search.p50',
        label: 'Search latency p50',
        value: round(percentile(all, 50), 3),
        unit: 'ms',
        note: searchNote,
      },
      {
        id: 'search.p95',
        label: 'Search latency p95',
        value: round(percentile(all, 95), 3),
        unit: 'ms',
        budget: { max: 1 },
      },
      {
        id: 'search.worstQuery.p95',
        label: 'Search p95 of the slowest query',
        value: slowest[0]?.p95 ?? null,
        unit: 'ms',
        note: `“${slowest[0]?.q}”`,
      },
      {
        id: 'search.max',
        label: 'Search latency max',
        value: round(Math.max(...all), 3),
        unit: 'ms',
      },
    ];
    return {
      figures,
      details: {
        chunk,
        loads,
        crossOriginIsolated: isolated,
        meanHitsPerQuery: hits / SEARCH_QUERIES.length,
        slowestQueries: slowest,
      },
    };
  } finally {
    await context.close();
  }
}
