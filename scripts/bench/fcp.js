// @ts-check
/** First contentful paint of a port page served by the service worker, against a static page of its text. */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitForController } from './bench-page.js';
import { median, round } from './stats.js';

/** @typedef {import('./types.js').Figure} Figure */
/** @typedef {{ fcp?: number, h1?: number, uses?: number, usesError?: boolean, timedOut?: boolean }} PageTimes */

/** The page measured, and how many timed navigations of each page. */
export const FCP_PATH = '/port/60904';
export const FCP_RUNS = 15;

/** Runs in every app document before its scripts: notes when the h1 and the Known uses appear. */
function watchPortPage() {
  /** @type {{ h1?: number, uses?: number, usesError?: boolean }} */
  const marks = {};
  Object.assign(window, { __benchMarks: marks });
  const atFrame = (/** @type {'h1' | 'uses'} */ key) =>
    requestAnimationFrame(() => {
      marks[key] ??= performance.now();
    });
  let sawH1 = false;
  let sawUses = false;
  const check = () => {
    const h1 = document.querySelector('main h1');
    if (!sawH1 && h1 && h1.textContent?.trim() && h1.checkVisibility()) {
      sawH1 = true;
      atFrame('h1');
    }
    const uses = document.querySelector('section[aria-labelledby="uses-heading"]');
    if (!sawUses && uses && uses.children.length > 1 && !uses.querySelector('[role="status"]')) {
      sawUses = true;
      if (uses.querySelector('[role="alert"]')) marks.usesError = true;
      atFrame('uses');
    }
    if (sawH1 && sawUses) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Waits in the page for its first contentful paint (and, for the app, the h1 and Known uses). */
function readTimes(/** @type {boolean} */ waitForApp) {
  return new Promise((resolve) => {
    const started = Date.now();
    const poll = () => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      /** @type {{ h1?: number, uses?: number }} */
      const marks = /** @type {any} */ (window).__benchMarks ?? {};
      const done =
        fcp !== undefined && (!waitForApp || (marks.h1 !== undefined && marks.uses !== undefined));
      if (done || Date.now() - started > 15_000) resolve({ fcp, ...marks, timedOut: !done });
      else setTimeout(poll, 25);
    };
    poll();
  });
}

/** Copies the rendered `<main>` without scripts, styles and links: the static baseline's body. */
function staticMain() {
  const main = document.querySelector('main');
  if (!main) throw new Error('no <main> on the port page');
  const clone = /** @type {HTMLElement} */ (main.cloneNode(true));
  clone.querySelectorAll('script, style, link, noscript, template').forEach((el) => el.remove());
  return { html: clone.outerHTML, title: document.title, text: main.innerText.length };
}

/** Opens a fresh page, navigates and reads its paint times. */
async function timeNavigation(
  /** @type {import('@playwright/test').BrowserContext} */ context,
  /** @type {string} */ url,
  /** @type {boolean} */ isApp,
) {
  const page = await context.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    const times = /** @type {PageTimes} */ (await page.evaluate(readTimes, isApp));
    if (times.fcp === undefined) throw new Error(`no first-contentful-paint entry for ${url}`);
    return { ...times, fromServiceWorker: response?.fromServiceWorker() ?? false };
  } finally {
    await page.close();
  }
}

/** Measures the FCP ratio, app over static, with both pages interleaved in the same browser and server. */
export async function measureFcp(/** @type {import('./types.js').BenchContext} */ ctx) {
  const appContext = await ctx.browser.newContext();
  const staticContext = await ctx.browser.newContext({ serviceWorkers: 'block' });
  const staticFile = join(ctx.dist, 'bench-static.html');
  try {
    await appContext.addInitScript(watchPortPage);
    const first = await appContext.newPage();
    await first.goto(ctx.baseUrl + FCP_PATH);
    await waitForController(first, 'the app');
    await first.evaluate(readTimes, true);
    const main = await first.evaluate(staticMain);
    await first.close();
    const html =
      '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      `<title>${main.title.replace(/</g, '&lt;')}</title>\n</head>\n<body>\n${main.html}\n</body>\n</html>\n`;
    await writeFile(staticFile, html);
    const staticUrl = ctx.baseUrl + '/bench-static.html';
    // One untimed visit of each warms the worker, the HTTP cache and the compiled code.
    await timeNavigation(appContext, ctx.baseUrl + FCP_PATH, true);
    await timeNavigation(staticContext, staticUrl, false);
    /** @type {(PageTimes & { fromServiceWorker: boolean })[]} */
    const app = [];
    /** @type {(PageTimes & { fromServiceWorker: boolean })[]} */
    const plain = [];
    for (let i = 0; i < FCP_RUNS; i++) {
      app.push(await timeNavigation(appContext, ctx.baseUrl + FCP_PATH, true));
      plain.push(await timeNavigation(staticContext, staticUrl, false));
    }
    if (app.some((r) => !r.fromServiceWorker))
      throw new Error(`${FCP_PATH} was not served by the service worker on every run`);
    const pick = (/** @type {PageTimes[]} */ runs, /** @type {keyof PageTimes} */ key) =>
      runs.map((r) => r[key]).filter((v) => typeof v === 'number');
    const appFcp = median(pick(app, 'fcp'));
    const staticFcp = median(pick(plain, 'fcp'));
    const h1 = median(pick(app, 'h1'));
    const uses = median(pick(app, 'uses'));
    const runs = `median of ${FCP_RUNS}`;
    /** @type {Figure[]} */
    const figures = [
      {
        id: 'fcp.app',
        label: `FCP ${FCP_PATH} from the service worker`,
        value: round(appFcp, 1),
        unit: 'ms',
        note: runs,
      },
      {
        id: 'fcp.static',
        label: 'FCP static page of the same text',
        value: round(staticFcp, 1),
        unit: 'ms',
        note: runs,
      },
      {
        id: 'fcp.ratio',
        label: 'FCP ratio app / static',
        value: round(appFcp / staticFcp, 2),
        unit: 'ratio',
        budget: { max: 1.5 },
      },
      {
        id: 'fcp.app.h1',
        label: 'Port page <h1> visible',
        value: round(h1, 1),
        unit: 'ms',
        note: runs,
      },
      {
        id: 'fcp.app.knownUses',
        label: '"Known uses" loaded',
        value: round(uses, 1),
        unit: 'ms',
        note: runs,
      },
    ];
    if (app.some((r) => r.timedOut || r.usesError))
      figures[4].note = 'some runs timed out or showed the load error';
    return {
      figures,
      details: { app, static: plain, staticTextLength: main.text, staticHtmlBytes: html.length },
    };
  } finally {
    await rm(staticFile, { force: true });
    await appContext.close();
    await staticContext.close();
  }
}
