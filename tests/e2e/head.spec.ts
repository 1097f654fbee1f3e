/** Each view sets its own <title> and meta description (PageHead): exactly one of each, current. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The content of every meta description in the document (there must be exactly one). */
const descriptions = (page: Page) =>
  page
    .locator('meta[name="description"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''));

test('one description per page, following the page as the app navigates', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/');
  await expect
    .poll(() => descriptions(page))
    .toEqual([expect.stringContaining('Every TCP and UDP port 0–65535 explained')]);
  await page.goto('/port/5432');
  await expect(page).toHaveTitle('Port 5432 (PostgreSQL) · Portwise');
  await expect
    .poll(() => descriptions(page))
    .toEqual([expect.stringMatching(/^Port 5432: PostgreSQL; registered range;/)]);
  // In-app navigation to a lazily loaded view replaces the description instead of adding one.
  await page.getByRole('link', { name: '1024–49151' }).first().click();
  await expect(page).toHaveURL(/\/range\/1024-49151$/);
  await expect(page).toHaveTitle('Ports 1024–49151 · Portwise');
  await expect
    .poll(() => descriptions(page))
    .toEqual(['Ports 1024–49151: which systems use this range and every assigned port inside it.']);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveTitle('History · Portwise');
  await expect
    .poll(() => descriptions(page))
    .toEqual([expect.stringContaining('kept only in this browser')]);
  await page.goto('/port/99999');
  await expect(page).toHaveTitle('Not a valid port · Portwise');
  await expect.poll(() => descriptions(page)).toHaveLength(1);
});
