// @ts-check
/** Lighthouse 12 mobile scores for the home and a port page, with the audits that cost points. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, findChromium } from '../chromium.js';

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

/** Runs Lighthouse (default mobile settings) against each page in one headless Chromium. */
export async function measureLighthouse(/** @type {import('./types.js').BenchContext} */ ctx) {
  /** @type {Figure[]} */
  const figures = [];
  /** @type {Record<string, unknown>} */
  const details = {};
  // A fresh browser (and profile) per page, so one page's stored data never affects the next.
  for (const path of LIGHTHOUSE_PATHS) {
    const chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: [...chromiumArgs, '--headless=new'],
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(`${ctx.baseUrl}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse ${path}: ${lhr.runtimeError.message}`);
      /** @type {Record<string, unknown>} */
      const perCategory = {};
      for (const id of CATEGORIES) {
        const raw = lhr.categories[id]?.score;
        const score = typeof raw === 'number' ? Math.round(raw * 100) : null;
        const failing = score !== null && score < 100 ? failingAudits(lhr, id) : [];
        perCategory[id] = { score, failing };
        figures.push({
          id: `lighthouse.${path === '/' ? 'home' : 'port'}.${id}`,
          label: `Lighthouse ${path} ${id}`,
          value: score,
          unit: 'score',
          budget: { min: 100 },
          ...(failing.length
            ? {
                note: failing
                  .map((a) => `${a.id} (${a.title}${a.displayValue ? `: ${a.displayValue}` : ''})`)
                  .join('; '),
              }
            : {}),
        });
      }
      details[path] = {
        categories: perCategory,
        lighthouseVersion: lhr.lighthouseVersion,
        formFactor: lhr.configSettings.formFactor,
        warnings: lhr.runWarnings,
      };
    } finally {
      await chrome.kill();
    }
  }
  return { figures, details };
}
