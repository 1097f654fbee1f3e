// @ts-check
/**
 * `npm test`: checks, unit, browser, system and end-to-end tests, in that order. Stops at the first
 * failing stage and ends with one line totalling every runner: `N passed, N failed[, N skipped]`.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { run } from './lib/run.js';
import { runChecks } from './check.js';
import { runBuild } from './build.js';

const reports = 'reports/test';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = /** @type {string[]} */ ([]);

/** Reads a Vitest JSON report into counts. */
function vitestCounts(/** @type {string} */ file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.success ? 0 : r.numFailedTestSuites),
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

/** Reads a Playwright JSON report into counts. */
function playwrightCounts(/** @type {string} */ file) {
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

function finish(/** @type {boolean} */ ok) {
  console.log('\nSummary:');
  for (const l of lines) console.log(`  ${l}`);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(ok ? 0 : 1);
}

/** Adds a stage's counts; a stage that exited non-zero without a counted failure still counts one. */
function record(
  /** @type {string} */ name,
  /** @type {number} */ code,
  /** @type {() => {passed:number, failed:number, skipped:number}} */ read,
) {
  let counts;
  try {
    counts = read();
  } catch {
    counts = { passed: 0, failed: 0, skipped: 0 };
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  const isTestStage = counts.passed + counts.failed + counts.skipped > 0 || code !== 0;
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  lines.push(
    isTestStage
      ? `${name}: ${counts.passed} passed, ${counts.failed} failed${skipped}`
      : `${name}: ok`,
  );
  if (code !== 0) {
    console.error(`\n✗ stage "${name}" failed; later stages were not run.`);
    finish(false);
  }
}

const checks = await runChecks();
record('checks', checks.failed ? 1 : 0, () => ({ ...checks, skipped: 0 }));

// The checks stage has built the knowledge data that the unit tests read.

for (const project of ['unit', 'browser', 'system']) {
  console.log(`\n▶ ${project} tests`);
  const out = `${reports}/${project}.json`;
  const code = await run('node_modules/.bin/vitest', [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  record(`${project} tests`, code, () => vitestCounts(out));
}

console.log('\n▶ build for end-to-end tests');
// The pages are prerendered for the address the end-to-end tests serve them at, so the canonical
// and sitemap URLs they check are real ones (playwright.config.ts: PORTWISE_E2E_PORT or 4174).
const e2eOrigin = `http://localhost:${Number(process.env.PORTWISE_E2E_PORT) || 4174}`;
// The same steps as `npm run build` (scripts/build.js).
const built = await runBuild((args) => run(process.execPath, args, { PORTWISE_ORIGIN: e2eOrigin }));
record('build', built, () => ({ passed: 0, failed: 0, skipped: 0 }));

console.log('\n▶ end-to-end tests');
const e2eOut = `${reports}/e2e.json`;
const e2eCode = await run('node_modules/.bin/playwright', ['test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eOut,
});
record('e2e tests', e2eCode, () => playwrightCounts(e2eOut));
finish(true);
