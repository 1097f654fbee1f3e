// @ts-check
/** History with 10,000 entries (issue 5): page render, recording a check, export and import, in Chromium. */
import { join } from 'node:path';
import { bundleEntry } from './bundle.js';
import { openBenchPage } from './bench-page.js';
import { median, percentile, round } from './stats.js';

/** @typedef {import('./types.js').Figure} Figure */

const MODULE_PATH = '/__bench/storage.js';
const ENTRIES = 10_000;
const RECORDS = 200;
const RENDERS = 5;

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
      await page.waitForSelector('a[href="/history"]');
      await page.waitForLoadState('networkidle');
      renders.push(await page.evaluate(timeHistoryRender));
    }
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
    ];
    return {
      figures,
      details: { renderTimes, recordTimes: storage.times, exported: storage.exported },
    };
  } finally {
    await context.close();
  }
}
