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

test('the network page paints the app itself; the cached app shell paints a header at once', async ({
  page,
  problems,
}) => {
  void problems;
  // Over the network: no placeholder, so the first paint is the page (index.html).
  const first = await page.goto('/port/443');
  expect(first?.fromServiceWorker()).toBe(false);
  const network = (await first?.text()) ?? '';
  expect(network).not.toContain('Loading Portwise');
  expect(network).toContain('<noscript>');
  await waitForServiceWorker(page);
  // From the service worker: the app shell, whose header and loading line need no script.
  const cached = await page.goto('/port/8080');
  expect(cached?.fromServiceWorker()).toBe(true);
  const shell = (await cached?.text()) ?? '';
  expect(shell).toContain('<p class="shell-loading">Loading Portwise…</p>');
  expect(shell).toContain('http-equiv="Content-Security-Policy"');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 8080');
  await expect(page.getByText('Loading Portwise…')).toHaveCount(0);
});
