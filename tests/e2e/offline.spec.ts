import { test, expect, waitForServiceWorker } from './fixtures.ts';

test('after the service worker takes control, the app works offline', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  const home = await page.reload();
  expect(home?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What is this port, and what is using it?',
  );
  await expect(page.getByText('You are offline')).toBeVisible();

  for (const port of [60904, 443]) {
    const response = await page.goto(`/port/${port}`);
    expect(response?.fromServiceWorker(), `/port/${port} from the service worker`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Port ${port}`);
  }
  await expect(page.getByRole('heading', { name: 'Nearby ports' })).toBeVisible();
  await context.setOffline(false);
});
