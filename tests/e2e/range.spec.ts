/** Range pages: following a link from one range page to another describes the new range. */
import { expect, test } from './fixtures.ts';

test('the lede follows a link to another range page', async ({ page, problems }) => {
  void problems;
  await page.goto('/range/49152-65535');
  const lede = page.locator('p.lede');
  await expect(lede).toContainText('the IANA dynamic');
  // Linux's default ephemeral range starts in the registered (user) range and ends in the dynamic one.
  await page.getByRole('link', { name: '32768–60999' }).first().click();
  await expect(page).toHaveURL(/\/range\/32768-60999$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ports 32768–60999');
  await expect(lede).toContainText('in the IANA user and dynamic ranges');
});
