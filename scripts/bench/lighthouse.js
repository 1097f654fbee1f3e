// @ts-check
/** Lighthouse 12 mobile scores for the home and a port page, with the audits that cost points. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, findChromium } from '../chromium.js';
import { median, round } from './stats.js';

/** @typedef {import('./types.js').Figure} Figure */

/** The categories we report; each has a budget of 100. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The pages Lighthouse audits. */
export const LIGHTHOUSE_PATHS = ['/', '/port/60904'];

/**
 * Lists the audits of a category that did not get full marks.
 * @param {import('lighthouse').Result} lhr
 * @param {string} categoryId
 */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  /** @type {{ id: string, title: string, score: number | null, displayValue?: string }[]} */
  const failing = [];
  for (const ref of category?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    if (['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) continue;
    failing.push({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    });
  }
  return failing;
}

/**
 * How many times each page is audited. Lighthouse's own guidance on variability is to run it several
 * times and take the median; a single run on a shared 2-core machine moves by several points.
 */
export const LIGHTHOUSE_RUNS = Number(process.env.PORTWISE_LIGHTHOUSE_RUNS ?? 5);

/** The metric audits whose simulated values explain the performance score. */
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

/** One Lighthouse run (default mobile settings) in a fresh headless Chromium and profile. */
async function audit(/** @type {string} */ url, categories = CATEGORIES) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [...chromiumArgs, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** One performance-only Lighthouse run: its score (0–100) and its LCP in milliseconds. */
export async function lighthouseRun(/** @type {string} */ url) {
  const lhr = await audit(url, ['performance']);
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
  };
}

/** The run whose performance score is the median (the report quotes that run's audits). */
function medianRun(/** @type {import('lighthouse').Result[]} */ runs) {
  const byScore = [...runs].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  );
  return byScore[(byScore.length - 1) >> 1] ?? runs[0];
}

/** Runs Lighthouse several times per page and reports each category's median score. */
export async function measureLighthouse(/** @type {import('./types.js').BenchContext} */ ctx) {
  /** @type {Figure[]} */
  const figures = [];
  /** @type {Record<string, unknown>} */
  const details = {};
  for (const path of LIGHTHOUSE_PATHS) {
    /** @type {import('lighthouse').Result[]} */
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await audit(`${ctx.baseUrl}${path}`));
    const typical = medianRun(runs);
    /** @type {Record<string, unknown>} */
    const perCategory = {};
    for (const id of CATEGORIES) {
      const scores = runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
      const score = median(scores);
      const failing = score < 100 ? failingAudits(typical, id) : [];
      perCategory[id] = { score, runs: scores, failing };
      figures.push({
        id: `lighthouse.${path === '/' ? 'home' : 'port'}.${id}`,
        label: `Lighthouse ${path} ${id}`,
        value: score,
        unit: 'score',
        budget: { min: 100 },
        note: [
          `median of ${runs.length} runs: ${scores.join(' ')}`,
          ...failing.map(
            (a) => `${a.id} (${a.title}${a.displayValue ? `: ${a.displayValue}` : ''})`,
          ),
        ].join('; '),
      });
    }
    /** @type {Record<string, { median: number, runs: number[] }>} */
    const metrics = {};
    for (const [key, auditId] of Object.entries(METRICS)) {
      const values = runs.map((lhr) => round(lhr.audits[auditId]?.numericValue ?? Number.NaN, 3));
      metrics[key] = { median: round(median(values), 3), runs: values };
    }
    details[path] = {
      categories: perCategory,
      metrics,
      lighthouseVersion: typical.lighthouseVersion,
      formFactor: typical.configSettings.formFactor,
      warnings: [...new Set(runs.flatMap((lhr) => lhr.runWarnings))],
    };
  }
  return { figures, details };
}
