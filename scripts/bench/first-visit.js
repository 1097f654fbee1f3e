// @ts-check
/**
 * A first visit (no service worker, no cache) to a prerendered port page, against a static page of
 * the same text served the same way: Lighthouse's mobile LCP of each, as a ratio, and how often the
 * app page scores 100 for performance.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lighthouseRun } from './lighthouse.js';
import { median, round } from './stats.js';

/** @typedef {import('./types.js').Figure} Figure */

export const FIRST_VISIT_PATHS = ['/port/443', '/port/60904'];
const RUNS = Number(process.env.PORTWISE_LIGHTHOUSE_RUNS ?? 5);

/** The prerendered page's title and <main>, without styles or scripts: the plain article. */
export function staticPage(/** @type {string} */ html) {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0];
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0];
  if (!main || !title) throw new Error('the prerendered page has no <main> or <title>');
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `${title}\n</head>\n<body>\n${main.replace(/<script[\s\S]*?<\/script>/g, '')}\n</body>\n</html>\n`
  );
}

export async function measureFirstVisit(/** @type {import('./types.js').BenchContext} */ ctx) {
  /** @type {Figure[]} */
  const figures = [];
  /** @type {Record<string, unknown>} */
  const details = {};
  for (const path of FIRST_VISIT_PATHS) {
    const port = path.split('/').pop();
    const html = await readFile(join(ctx.dist, `${path.slice(1)}.html`), 'utf8');
    const staticName = `bench-static-${port}.html`;
    await writeFile(join(ctx.dist, staticName), staticPage(html));
    try {
      /** @type {{ lcp: number, score: number }[]} */ const app = [];
      /** @type {{ lcp: number, score: number }[]} */ const plain = [];
      // Interleaved, so a slow moment of the machine falls on both.
      for (let i = 0; i < RUNS; i++) {
        app.push(await lighthouseRun(`${ctx.baseUrl}${path}`));
        plain.push(await lighthouseRun(`${ctx.baseUrl}/${staticName}`));
      }
      const appLcp = median(app.map((r) => r.lcp));
      const staticLcp = median(plain.map((r) => r.lcp));
      const scores = app.map((r) => r.score);
      figures.push(
        {
          id: `firstVisit.${port}.lcp`,
          label: `First visit ${path} LCP`,
          value: round(appLcp, 0),
          unit: 'ms',
          note: `static page of the same text ${round(staticLcp, 0)} ms; median of ${RUNS}`,
        },
        {
          id: `firstVisit.${port}.lcpRatio`,
          label: `First visit ${path} LCP ratio app / static`,
          value: round(appLcp / staticLcp, 2),
          unit: 'ratio',
          budget: { max: 1.15 },
        },
        {
          id: `firstVisit.${port}.perfect`,
          label: `First visit ${path} runs scoring 100`,
          value: scores.filter((s) => s === 100).length,
          unit: `of ${RUNS}`,
          budget: { min: Math.min(4, RUNS) },
          note: `performance: ${scores.join(' ')}`,
        },
      );
      details[path] = { app, static: plain };
    } finally {
      await rm(join(ctx.dist, staticName), { force: true });
    }
  }
  return { figures, details };
}
