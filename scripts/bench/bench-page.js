// @ts-check
/** A blank, cross-origin-isolated page on the bench server, for timing code in Chromium. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The path of the blank page; it exists only through the page's route, never in `dist/`. */
export const BLANK_PATH = '/__bench/blank.html';

/**
 * Opens a page on the bench origin with no service worker. Cross-origin isolation gives
 * performance.now() 5 µs resolution instead of 100 µs. `scripts` maps extra paths to JS sources.
 * @param {import('./types.js').BenchContext} ctx
 * @param {Record<string, string>} [scripts]
 */
export async function openBenchPage(ctx, scripts = {}) {
  const context = await ctx.browser.newContext({ serviceWorkers: 'block' });
  const isolation = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  await context.route(ctx.baseUrl + BLANK_PATH, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      headers: isolation,
      body: '<!doctype html><html lang="en"><title>bench</title><body></body></html>',
    }),
  );
  for (const [path, source] of Object.entries(scripts)) {
    await context.route(ctx.baseUrl + path, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: source }),
    );
  }
  const page = await context.newPage();
  await page.goto(ctx.baseUrl + BLANK_PATH);
  const isolated = await page.evaluate(() => self.crossOriginIsolated);
  return { context, page, isolated };
}

/** Site paths of the built knowledge code chunk and of the knowledge data file it decodes. */
export async function knowledgeChunkPath(/** @type {string} */ dist) {
  const files = await readdir(join(dist, 'assets'));
  const chunk = files.find((f) => /^knowledge-module-.*\.js$/.test(f));
  const data = files.find((f) => /^knowledge-.*\.json$/.test(f));
  if (!chunk) throw new Error('no dist/assets/knowledge-module-*.js chunk');
  if (!data) throw new Error('no dist/assets/knowledge-*.json data file');
  return { chunk: `/assets/${chunk}`, data: `/assets/${data}` };
}

/** Waits until a service worker controls the page; throws a message naming what was expected. */
export async function waitForController(
  /** @type {import('@playwright/test').Page} */ page,
  /** @type {string} */ what,
) {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
  } catch {
    throw new Error(`${what}: no service worker took control of ${page.url()} within 30 s`);
  }
}
