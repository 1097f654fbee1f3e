// @ts-check
/** `npm run bench`: builds and serves the app, measures it, prints a table and writes reports/bench/bench.json. */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from '../chromium.js';
import { measureDoctor } from './doctor.js';
import { measureFcp } from './fcp.js';
import { measureFirstVisit } from './first-visit.js';
import { measurePrerender } from './prerender.js';
import { measureHistory } from './history.js';
import { measureKnowledge } from './knowledge.js';
import { measureLighthouse } from './lighthouse.js';
import { measureParse } from './parse.js';
import { formatTable, meetsBudget, writeJson } from './report.js';
import { buildApp, snapshotBuild, startHost } from './server.js';
import { measureSizes } from './sizes.js';

/** @typedef {import('./types.js').BenchStep} BenchStep */
/** @typedef {import('./types.js').Figure} Figure */

const PORT = 4176;
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const reportPath = join(root, 'reports/bench/bench.json');

/** The measurements, in order; a new figure is one more module and one more line here. */
const STEPS = /** @type {BenchStep[]} */ ([
  { name: 'sizes', run: measureSizes },
  { name: 'lighthouse', run: measureLighthouse },
  { name: 'first-visit', run: measureFirstVisit },
  { name: 'fcp', run: measureFcp },
  { name: 'knowledge', run: measureKnowledge },
  { name: 'parse', run: measureParse },
  { name: 'doctor', run: measureDoctor },
  { name: 'history', run: measureHistory },
  // Last: it builds again (into dist/, not the copy being served) to compare the two builds.
  { name: 'prerender', run: measurePrerender },
]);

/** `npm run bench -- --only history,parse` runs just those steps (handy while working on one figure). */
function selectedSteps() {
  const i = process.argv.indexOf('--only');
  if (i < 0) return STEPS;
  const names = (process.argv[i + 1] ?? '').split(',');
  const chosen = STEPS.filter((s) => names.includes(s.name));
  if (chosen.length === 0)
    throw new Error(`--only takes step names: ${STEPS.map((s) => s.name).join(', ')}`);
  return chosen;
}

async function main() {
  const started = Date.now();
  console.log('bench: building…');
  const build = await buildApp(root, `http://localhost:${PORT}`);
  const tmpDir = await mkdtemp(join(tmpdir(), 'portwise-bench-'));
  const dist = await snapshotBuild(root, join(tmpDir, 'dist'));
  /** @type {Awaited<ReturnType<typeof startHost>> | undefined} */
  let server;
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  const stopAll = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    await rm(tmpDir, { recursive: true, force: true });
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  /** @type {Figure[]} */
  const figures = [];
  /** @type {Record<string, { ms: number, details?: unknown, error?: string }>} */
  const steps = {};
  const meta = { chromium: '' };
  /** @type {{ before: string, why: string }[]} */
  const restarts = [];
  try {
    server = await startHost(root, PORT, dist);
    console.log(`bench: serving a copy of dist/ at ${server.baseUrl} (pid ${server.pid})`);
    browser = await chromium.launch(launchOptions());
    meta.chromium = browser.version();
    const ctx = { root, dist, baseUrl: server.baseUrl, tmpDir, browser, build };
    for (const step of selectedSteps()) {
      const t = Date.now();
      process.stdout.write(`bench: ${step.name}… `);
      // Something outside the bench may stop the server; restart it once and retry that step.
      for (let attempt = 1; ; attempt++) {
        const lost = server.gone();
        if (lost) {
          restarts.push({ before: step.name, why: lost });
          server = await startHost(root, PORT, dist);
          process.stdout.write(`(the static host had stopped; restarted as pid ${server.pid}) `);
        }
        try {
          const result = await step.run(ctx);
          // A server that died during the step may have spoilt figures that did not throw.
          if (attempt === 1 && server.gone()) continue;
          figures.push(...result.figures);
          steps[step.name] = { ms: Date.now() - t, details: result.details };
          console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
          break;
        } catch (error) {
          if (attempt === 1 && server.gone()) continue;
          const why = server.gone();
          const message =
            (error instanceof Error ? (error.stack ?? error.message) : String(error)) +
            (why ? `\n${why}` : '');
          steps[step.name] = { ms: Date.now() - t, error: message };
          figures.push({
            id: `${step.name}.error`,
            label: `${step.name}: measurement failed`,
            value: null,
            unit: '',
            note: message.split('\n')[0].slice(0, 160),
          });
          console.log('FAILED');
          console.error(message);
          break;
        }
      }
    }
  } finally {
    await stopAll();
  }
  const failedSteps = Object.entries(steps)
    .filter(([, s]) => s.error)
    .map(([n]) => n);
  const missed = figures.filter((f) => meetsBudget(f) === false).map((f) => f.id);
  console.log('\n' + formatTable(figures));
  console.log('\nKB = 1024 bytes; times in Chromium on this machine.');
  const cpu = cpus();
  await writeJson(reportPath, {
    date: new Date().toISOString(),
    node: process.version,
    chromium: meta.chromium,
    cores: cpu.length,
    cpu: cpu[0]?.model ?? '',
    platform: `${process.platform} ${process.arch}`,
    durationMs: Date.now() - started,
    budgetsMissed: missed,
    failedSteps,
    serverRestarts: restarts,
    figures: figures.map((f) => ({ ...f, pass: meetsBudget(f) })),
    steps,
  });
  console.log(`Report: ${reportPath}`);
  console.log(
    `${missed.length ? `Budgets missed: ${missed.join(', ')}` : 'Every measured budget met'}` +
      (failedSteps.length ? `; measurement failed: ${failedSteps.join(', ')}` : ''),
  );
  if (failedSteps.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
