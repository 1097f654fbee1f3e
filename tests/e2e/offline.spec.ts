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

test('the service worker precaches each file of the build once, icons and manifest included', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/');
  await waitForServiceWorker(page);
  const { listed, cached } = await page.evaluate(async () => {
    const source = await (await fetch('/sw.js')).text();
    const listed = [...source.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        cached.push(new URL(request.url).pathname.slice(1));
      }
    }
    return { listed, cached };
  });
  const repeated = listed.filter((url, i) => listed.indexOf(url) !== i);
  expect(repeated, 'entries listed twice in the precache manifest').toEqual([]);
  // index.html is the prerendered home page, for first visits: offline, / opens the app shell.
  expect(listed).not.toContain('index.html');
  for (const url of [
    'app-shell.html',
    'manifest.webmanifest',
    'favicon.svg',
    'apple-touch-icon.png',
    'robots.txt',
    'icons/icon-192.png',
    'icons/icon-512.png',
    'icons/icon-maskable-512.png',
  ]) {
    expect(listed, `${url} in the precache manifest`).toContain(url);
  }
  expect(
    listed.some((url) => url.includes('/slices-')),
    'slices are not precached',
  ).toBe(false);
  expect(cached.sort()).toEqual([...listed].sort());
});

test('the cached app shell carries its stylesheet inline, allowed by hash in a strict CSP', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/443');
  await waitForServiceWorker(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
  });
  const response = await page.goto('/port/60904');
  expect(response?.fromServiceWorker()).toBe(true);
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<style>[^<]+<\/style>/);
  // Only a disabled link (never fetched) naming the inlined sheet, for the app's chunk loader.
  expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)/);
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+={0,2}'/);
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 60904');
  // The inline styles apply: the header is laid out by them, and nothing was refused.
  expect(
    await page.locator('header.shell-header').evaluate((e) => getComputedStyle(e).display),
  ).toBe('flex');
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
});
