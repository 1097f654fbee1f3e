import { test, expect } from './fixtures.ts';
import { BOOT_LOADER, BOOT_LOADER_HASH } from '../../scripts/lib/boot-loader.js';

test.describe('deep links', () => {
  for (const [path, heading, title] of [
    ['/', 'What is this port, and what is using it?', /^Portwise/],
    ['/port/443', /^Port 443/, /^Port 443/],
    ['/port/60904', 'Port 60904', /^Port 60904 · Portwise$/],
    ['/range/49152-65535', 'Ports 49152–65535', /^Ports 49152–65535/],
    ['/search?q=ssh', 'Search results for “ssh”', /^Search: ssh/],
  ] as const) {
    test(`${path} loads`, async ({ page, problems }) => {
      void problems;
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(title);
      await expect(page.getByRole('combobox', { name: /Search/ })).toBeVisible();
    });
  }

  test('a port page shows the number, the range class and the verdict', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto('/port/60904');
    await expect(
      page.getByText('dynamic range; ephemeral on Linux, Windows, macOS and FreeBSD'),
    ).toBeVisible();
    await expect(page.getByText(/Ports 49152–65535 are the dynamic/)).toBeVisible();
    await page.goto('/port/1023');
    await expect(page.getByText(/Ports 0–1023 are the system/)).toBeVisible();
    await page.goto('/port/1024');
    await expect(page.getByText(/Ports 1024–49151 are the user/)).toBeVisible();
  });
});

test.describe('bad addresses', () => {
  for (const [path, message] of [
    ['/port/abc', /“abc” is not a port number\. Ports go from 0 to 65535\./],
    ['/port/-1', /“-1” is not a port number/],
    ['/port/65536', /65536 is too large\. Ports go from 0 to 65535\./],
    ['/port/1e3', /“1e3” is not a port number/],
    ['/port/', /No port number given/],
    ['/no/such/page', /There is no page at this address/],
  ] as const) {
    test(`${path} explains and offers a way back`, async ({ page, problems }) => {
      void problems;
      await page.goto(path);
      await expect(page.getByText(message)).toBeVisible();
      await page.getByRole('link', { name: 'Back to the home page' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'What is this port, and what is using it?',
      );
    });
  }

  test('/port/0080 redirects to /port/80', async ({ page, problems }) => {
    void problems;
    await page.goto('/port/0080?proto=tcp');
    await expect(page).toHaveURL(/\/port\/80\?proto=tcp$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 80');
  });
});

test('links navigate without a full reload, and back works', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByRole('link', { name: /^443/ }).click();
  await expect(page).toHaveURL(/\/port\/443$/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What is this port, and what is using it?',
  );
});

test('every request the app makes is same-origin', async ({ page, problems, baseURL }) => {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  for (const path of [
    '/',
    '/port/443',
    '/range/0-1023',
    '/search?q=postgres',
    '/history',
    '/doctor',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(seen.length).toBeGreaterThan(5);
  const origin = new URL(baseURL ?? '').origin;
  expect(seen.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the page carries a strict Content-Security-Policy', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // Scripts only from the site, and the one inline script (the prerendered page's loader) by its hash.
  expect(csp).toContain(`script-src 'self' ${BOOT_LOADER_HASH};`);
  const inline = await page.evaluate(() =>
    [...document.scripts].filter((s) => !s.src && s.textContent?.trim()).map((s) => s.text),
  );
  expect(inline).toEqual([BOOT_LOADER]);
});

test('a part of the port page whose code cannot load says so instead of loading forever', async ({
  page,
}) => {
  await page.route(/\/assets\/PortDetails-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/port/22');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 22');
  await expect(page.getByRole('alert')).toContainText('This part of the page could not be loaded');
  await expect(page.getByText('Loading port data…')).toHaveCount(0);
});

test('the paste reader whose code cannot load says so, and typing again retries it', async ({
  page,
}) => {
  let blocked = true;
  await page.route(/\/assets\/reader-[\w-]+\.js$/, (route) =>
    blocked ? route.abort() : route.continue(),
  );
  await page.goto('/port/22');
  const box = page.getByRole('textbox', { name: /output/ });
  await box.fill('LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:(("sshd",pid=612,fd=3))');
  await expect(page.getByRole('alert')).toContainText('The reader could not be loaded');
  blocked = false;
  await box.press('End');
  await box.pressSequentially(' ');
  await expect(page.locator('.paste .verdict')).toContainText('sshd');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the other ways to check say so when their code cannot load', async ({ page }) => {
  await page.route(/\/assets\/OtherChecks-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/port/22');
  await page.getByRole('button', { name: /Other ways to check/ }).click();
  await expect(page.getByRole('alert')).toContainText('These checks could not be loaded');
  await expect(page.getByText('Loading the other checks…')).toHaveCount(0);
});
