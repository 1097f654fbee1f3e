/**
 * When a prerendered page is taken over (app/state/take-over.ts): at once for a reader who must
 * see something else than the build wrote, otherwise at the first sign of use or once the page has
 * settled; a click that comes before is played again.
 *
 * Plain Playwright pages: the fixtures' `goto` moves the mouse until the app has started, and
 * these tests are about what happens without that.
 */
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

const MAC_UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** The browser never reports an idle moment: a page that waits for one never settles. */
async function neverIdle(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
}

/**
 * Opens /port/443 in a page that never settles, once its code and data have come: only a sign of
 * use can start it now.
 */
async function openUntouched(page: Page): Promise<void> {
  await neverIdle(page);
  await page.goto('/port/443');
  await page.waitForLoadState('networkidle');
}

/** Notes when the app marks itself started (ms since navigation), for `readTimings`. */
async function noteStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById('app')?.dataset.started === undefined) return;
      (window as unknown as { startedAt: number }).startedAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-started'] });
  });
}

/** When the app marked itself started, and when the page's load event began (ms since navigation). */
async function readTimings(page: Page) {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return {
      started: (window as unknown as { startedAt: number }).startedAt,
      loaded: navigation?.loadEventStart ?? Number.NaN,
    };
  });
}

test('a Linux reader who does nothing gets the page taken over once it has settled after its load', async ({
  page,
}) => {
  await noteStart(page);
  await page.goto('/port/443');
  await expect(page.locator('#app')).toHaveAttribute('data-started', '', { timeout: 20_000 });
  const { started, loaded } = await readTimings(page);
  // The wait (TAKE_OVER_WAIT_MS) begins in the load event's listener: it can only end later.
  expect(started).toBeGreaterThanOrEqual(loaded + 2000);
  // Taken over, it works: the ephemeral table's toggle answers.
  await page.getByRole('button', { name: /Show all \d+ systems/ }).click();
  await expect(page.getByRole('button', { name: 'Show only your system' })).toBeVisible();
});

test('without a sign of use a Linux reader’s page waits; the first one takes it over', async ({
  page,
}) => {
  // The page's code and data come, and still it waits (it could only start early, never late).
  await openUntouched(page);
  await page.waitForTimeout(1500);
  await expect(page.locator('#app')).not.toHaveAttribute('data-started', '');
  await page.mouse.move(10, 10);
  await expect(page.locator('#app')).toHaveAttribute('data-started', '');
});

test('a click on a control before the take-over is played once the control has its code', async ({
  page,
}) => {
  await openUntouched(page);
  const toggle = page.getByRole('button', { name: /Show all \d+ systems/ });
  // A click without a pointer's move before it (a sign of use of its own): the page has no code
  // for it yet, so it does nothing now.
  await toggle.dispatchEvent('click');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Shift');
  await expect(page.locator('#app')).toHaveAttribute('data-started', '');
  // Played once: a second play would have closed the table again.
  await expect(page.getByRole('button', { name: 'Show only your system' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test.describe('a reader who must see another platform', () => {
  test.use({ userAgent: MAC_UA });
  test('gets it at once, without a sign of use or an idle moment', async ({ page }) => {
    await neverIdle(page);
    await page.goto('/port/443');
    await expect(page.locator('#app')).toHaveAttribute('data-started', '');
    await expect(page.getByRole('radio', { name: 'macOS' })).toBeChecked();
    await expect(page.getByText("sudo ss -ltnp 'sport = :443'")).toHaveCount(0);
  });
});

test('a shared link with a query is taken over at once', async ({ page }) => {
  await neverIdle(page);
  await page.goto('/port/443?proto=udp');
  await expect(page.locator('#app')).toHaveAttribute('data-started', '');
  await expect(page.getByRole('radio', { name: 'UDP' })).toBeChecked();
});

test('text typed into the search box while the page is taken over is kept and searched', async ({
  page,
}) => {
  await openUntouched(page);
  // Typing at once: the focus is the sign of use, and the typing runs on through the take-over,
  // which a slowed CPU (a phone's) makes long enough to type into.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const search = page.getByRole('combobox', { name: /Search/ });
  await search.focus();
  await page.keyboard.type('ssh', { delay: 20 });
  await expect(page.locator('#app')).toHaveAttribute('data-started', '');
  await expect(search).toHaveValue('ssh');
  await expect(page.getByRole('option').first()).toBeVisible();
});
