// @ts-check
/** History with 10,000 entries (issue 5): page render, recording a check, export and import, in Chromium. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleEntry } from './bundle.js';
import { openBenchPage } from './bench-page.js';
import { waitForApp } from '../lib/wait-for-app.js';
import { median, percentile, round } from './stats.js';

/** @typedef {import('./types.js').Figure} Figure */

const MODULE_PATH = '/__bench/storage.js';
const ENTRIES = 10_000;
const RECORDS = 200;
const RENDERS = 5;
/** Checks in the file imported through the history page, for the longest-task figures (issue 16 item 4). */
const BIG = 100_000;
/** The most one main-thread task may take while importing BIG checks or opening the page with them. */
const TASK_BUDGET_MS = 100;

/** A realistic export file: ENTRIES checks over about 2,000 ports, with notes and pins. */
function exportFile(/** @type {number} */ entries) {
  const platforms = ['linux', 'macos', 'windows', 'freebsd'];
  const kinds = ['view', 'view', 'view', 'copy', 'paste'];
  const start = Date.UTC(2026, 0, 1);
  const checks = Array.from({ length: entries }, (_, i) => {
    const port = (i * 7919) % 2003 === 0 ? 443 : ((i * 7919) % 2003) * 31 + 1;
    const kind = kinds[i % kinds.length] ?? 'view';
    return {
      port,
      protocol: i % 5 === 0 ? 'udp' : 'tcp',
      platform: platforms[i % platforms.length],
      kind,
      ...(kind === 'copy' ? { commandId: 'linux-ss-listener-tcp' } : {}),
      ...(kind === 'paste' ? { verdict: 'Nothing is using this port' } : {}),
      at: start + i * 60_000,
    };
  });
  const notes = Array.from({ length: 50 }, (_, i) => ({
    port: i * 31 + 1,
    text: `note ${i}`,
    updatedAt: start + i,
  }));
  const pins = Array.from({ length: 10 }, (_, i) => ({ port: i * 31 + 1, pinnedAt: start + i }));
  const file = {
    format: 'portwise-history',
    schemaVersion: 1,
    exportedAt: new Date(start).toISOString(),
    checks,
    notes,
    pins,
    feedback: [],
    settings: [],
  };
  return JSON.stringify(file);
}

/** In the page: imports the file, exports it again, then times single recordCheck calls. */
async function timeStorage(/** @type {{ url: string, text: string, records: number }} */ args) {
  const s = await import(args.url);
  await s.openStorage();
  let t = performance.now();
  const imported = await s.importJson(args.text);
  const importMs = performance.now() - t;
  t = performance.now();
  const exported = await s.exportJson();
  const exportMs = performance.now() - t;
  const times = [];
  for (let i = 0; i < args.records; i++) {
    t = performance.now();
    await s.recordCheck({
      port: 1000 + (i % 50),
      protocol: 'tcp',
      platform: 'linux',
      kind: 'view',
    });
    times.push(performance.now() - t);
  }
  s.closeStorage();
  return {
    importMs,
    exportMs,
    times,
    added: imported.checks.added,
    exported: exported.checks.length,
  };
}

/** In the app: from the home page, follows the History link and waits for the first row. */
async function timeHistoryRender() {
  const link = /** @type {HTMLAnchorElement | null} */ (
    document.querySelector('a[href="/history"]')
  );
  if (!link) throw new Error('no History link');
  const start = performance.now();
  const rendered = new Promise((resolve) => {
    const check = () =>
      document.querySelector('ol.rows > li')
        ? resolve(performance.now() - start)
        : requestAnimationFrame(check);
    check();
  });
  link.click();
  const ms = await rendered;
  return { ms, rows: document.querySelectorAll('ol.rows > li').length };
}

/** In the page: starts recording the longest main-thread task (Chromium's 'longtask' entries). */
function watchLongTasks() {
  const w = /** @type {Window & { longestTask?: number }} */ (window);
  w.longestTask = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.longestTask = Math.max(w.longestTask ?? 0, entry.duration);
  }).observe({ type: 'longtask' });
}

/** In the page: the longest task seen since watchLongTasks. */
function longestTask() {
  return /** @type {Window & { longestTask?: number }} */ (window).longestTask ?? 0;
}

/**
 * Imports a generated file of BIG checks through the history page, then opens the page with them,
 * recording the longest main-thread task during each (the import runs in a worker).
 * @param {import('@playwright/test').Page} page
 * @param {import('./types.js').BenchContext} ctx
 */
async function measureBigHistory(page, ctx) {
  const path = join(ctx.tmpDir, 'history-100000.json');
  await writeFile(path, exportFile(BIG));
  await page.goto(`${ctx.baseUrl}/history`);
  await page.waitForSelector('input[type="file"]', { state: 'attached' });
  await page.waitForFunction(() => !document.body.textContent?.includes('Loading history…'));
  // The observer must see a task it is shown, or a 0 below would mean nothing.
  await page.evaluate(watchLongTasks);
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          const end = performance.now() + 120;
          while (performance.now() < end);
          resolve(undefined);
        }, 0),
      ),
  );
  await page.waitForTimeout(200);
  if ((await page.evaluate(longestTask)) < 100)
    throw new Error('the longtask observer missed a 120 ms task; the figures would be wrong');
  await page.evaluate(watchLongTasks);
  const started = Date.now();
  await page.setInputFiles('input[type="file"]', path);
  await page.waitForFunction(
    () =>
      /Imported history-100000/.test(document.querySelector('#import-result')?.textContent ?? ''),
    undefined,
    { timeout: 600_000, polling: 250 },
  );
  const importMs = Date.now() - started;
  const importTask = await page.evaluate(longestTask);

  await page.goto(`${ctx.baseUrl}/`);
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(watchLongTasks);
  await page.click('a[href="/history"]');
  await page.waitForSelector('ol.rows > li');
  // The names of the ports (the knowledge base) load just after the rows; wait for them too.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const openTask = await page.evaluate(longestTask);
  return { importMs, importTask, openTask };
}

/** Seeds 10,000 checks and measures import, export, recording and the history page's first render. */
export async function measureHistory(/** @type {import('./types.js').BenchContext} */ ctx) {
  const source = await bundleEntry(
    ctx.root,
    'app/storage/index.ts',
    join(ctx.tmpDir, 'storage-bundle'),
  );
  const { context, page } = await openBenchPage(ctx, { [MODULE_PATH]: source });
  try {
    const storage = await page.evaluate(timeStorage, {
      url: MODULE_PATH,
      text: exportFile(ENTRIES),
      records: RECORDS,
    });
    if (storage.added !== ENTRIES)
      throw new Error(`import added ${storage.added} checks, expected ${ENTRIES}`);
    const renders = [];
    for (let i = 0; i < RENDERS; i++) {
      await page.goto(`${ctx.baseUrl}/`);
      // The in-app navigation needs the app: the prerendered home is taken over first.
      await waitForApp(page);
      await page.waitForLoadState('networkidle');
      renders.push(await page.evaluate(timeHistoryRender));
    }
    const big = await measureBigHistory(page, ctx);
    const renderTimes = renders.map((r) => r.ms);
    const note = `${ENTRIES} checks on ${renders[0]?.rows ?? 0} shown ports; median of ${RENDERS} in-app navigations`;
    /** @type {Figure[]} */
    const figures = [
      {
        id: 'history.firstRender',
        label: 'History first render, 10,000 entries',
        value: round(median(renderTimes), 1),
        unit: 'ms',
        budget: { max: 100 },
        note,
      },
      {
        id: 'history.record.p95',
        label: 'History record a check, p95',
        value: round(percentile(storage.times, 95), 2),
        unit: 'ms',
        budget: { max: 5 },
        note: `${RECORDS} checks recorded one by one on top of ${ENTRIES}`,
      },
      {
        id: 'history.record.p50',
        label: 'History record a check, p50',
        value: round(percentile(storage.times, 50), 2),
        unit: 'ms',
      },
      {
        id: 'history.import',
        label: 'Import 10,000 checks (one transaction)',
        value: round(storage.importMs, 0),
        unit: 'ms',
      },
      {
        id: 'history.export',
        label: 'Export 10,000 checks as JSON',
        value: round(storage.exportMs, 0),
        unit: 'ms',
      },
      {
        id: 'history.import100k.longestTask',
        label: 'Longest main-thread task while importing 100,000 checks',
        value: round(big.importTask, 0),
        unit: 'ms',
        budget: { max: TASK_BUDGET_MS },
        note: `through the history page (import in a worker), ${round(big.importMs / 1000, 1)} s in all`,
      },
      {
        id: 'history.open100k.longestTask',
        label: 'Longest main-thread task opening the history page with them',
        value: round(big.openTask, 0),
        unit: 'ms',
        budget: { max: TASK_BUDGET_MS },
        note: `from the home page, until the rows and port names are shown (${ENTRIES + RECORDS + BIG} checks)`,
      },
    ];
    return {
      figures,
      details: { renderTimes, recordTimes: storage.times, exported: storage.exported, big },
    };
  } finally {
    await context.close();
  }
}
