// @ts-check
/**
 * Waits until the app has started on a prerendered page (main.ts marks `#app[data-started]`): its
 * HTML shows at once, but its controls answer only after the take-over. A page that needs no
 * change waits for the reader's first sign of use (app/state/take-over.ts), so this moves the mouse
 * as a reader would, until the app has started. Other pages (built in the browser) return at once.
 * Used by the end-to-end tests' fixtures and by the benchmark.
 */
export async function waitForApp(/** @type {import('@playwright/test').Page} */ page) {
  const live = () =>
    page
      .evaluate(() => {
        const app = document.getElementById('app');
        return !app || app.dataset.prerendered === undefined || app.dataset.started !== undefined;
      })
      // The page may be navigating on (/ opens in the reader's language): ask again.
      .catch(() => false);
  for (let step = 0; !(await live()); step++) {
    await page.mouse.move(1 + (step % 2), 1);
    await page.waitForTimeout(50);
  }
}
