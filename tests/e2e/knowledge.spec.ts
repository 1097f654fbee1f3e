import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, waitForServiceWorker, withoutPrerender } from './fixtures.ts';

test('search → port page → range page, as a user would', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /Search/ });
  await box.click();
  await box.fill('postgres');
  await expect(page.getByRole('option').first()).toContainText('5432');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/port\/5432$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 5432');
  await expect(page.getByRole('heading', { name: 'Known uses' })).toBeVisible();
  await expect(
    page
      .locator('main')
      .getByText(/PostgreSQL/)
      .first(),
  ).toBeVisible();
  await page.getByRole('link', { name: 'All assigned ports in 1024–49151' }).click();
  await expect(page).toHaveURL(/\/range\/1024-49151$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ports 1024–49151');
  await expect(page.getByRole('link', { name: /^5432/ })).toHaveCount(0);
  await expect(page.getByText(/named ports, page 1 of/)).toBeVisible();
  const rows = page.locator('ol.ports > li');
  expect(await rows.count()).toBeLessThanOrEqual(100);
  await page.getByRole('link', { name: 'Next 100' }).click();
  await expect(page).toHaveURL(/\?page=2$/);
});

test('a port page tells the range, ephemeral table, uses, security notes and browser block', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/6000');
  await expect(page.getByText(/IANA range assignment/).first()).toContainText('x11');
  await expect(page.getByRole('heading', { name: 'Browsers refuse this port' })).toBeVisible();
  await page.goto('/port/2375');
  await expect(page.getByRole('heading', { name: 'Security notes' })).toBeVisible();
  await page.goto('/port/60904');
  await expect(page.getByText('Unofficial · Rumoured')).toBeVisible();
  const linux = page.getByRole('row', { name: /^Linux/ });
  await expect(linux).toContainText('32768–60999');
  await expect(linux).toContainText('Ephemeral');
  await page.goto('/port/61000');
  await expect(page.getByRole('row', { name: /^Linux/ })).toContainText('Not ephemeral');
});

test('search messages for odd input, never an error', async ({ page, problems }) => {
  void problems;
  await page.goto('/search?q=99999');
  await expect(page.getByText('99999 is above 65535, the highest port.')).toBeVisible();
  await page.goto('/search?q=!!!');
  await expect(page.getByText(/Nothing to search for/)).toBeVisible();
  await page.goto('/search?q=-5');
  await expect(page.getByText(/never negative/)).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('٨٠')}`);
  await expect(page.getByRole('link', { name: /^80/ })).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('x'.repeat(2000))}`);
  await expect(page.getByText(/Only the first 100 characters were used/)).toBeVisible();
  await page.goto('/search?q=0x50');
  await expect(page.getByRole('link', { name: /^80/ })).toBeVisible();
});

test('search, port and range pages work offline after the first visit', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/search?q=kafka');
  await expect(page.getByRole('link', { name: /^9092/ })).toBeVisible();
  await page.goto('/range/49152-65535');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ports 49152–65535');
  await page.goto('/port/27017');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('27017');
  await expect(page.getByRole('heading', { name: 'Known uses' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await context.setOffline(false);
});

test('a first visit to a port page fetches only the small slice of data it needs', async ({
  page,
  problems,
}) => {
  void problems;
  const data: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.json')) data.push(path);
  });
  await page.goto('/port/5432');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('PostgreSQL');
  await expect(page).toHaveTitle('Port 5432 (PostgreSQL) · Portwise');
  expect(data).toHaveLength(1);
  expect(data[0]).toMatch(/^\/assets\/slices-[0-9a-f]{10}\/\d+\.json$/);
  // Searching needs every port: the whole base loads when the search box is used.
  await page.getByLabel('Search ports').fill('postgres');
  await expect(page.getByRole('option', { name: /5432/ }).first()).toBeVisible();
  expect(data.some((path) => /^\/assets\/knowledge-[\w-]+\.json$/.test(path))).toBe(true);
});

test('the port name arriving with the data does not move the page below the heading', async ({
  page,
  problems,
}) => {
  void problems;
  await page.setViewportSize({ width: 1280, height: 900 });
  // Hold the data back until the page without it has been measured.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await withoutPrerender(page);
  await page.route('**/assets/slices-*/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/port/5432');
  const verdict = page.locator('.verdict');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port 5432');
  const before = await verdict.boundingBox();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('PostgreSQL');
  const after = await verdict.boundingBox();
  expect(before).not.toBeNull();
  expect(after?.y).toBe(before?.y);
});
