import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForServiceWorker } from './fixtures.ts';

const PORT = 4175;
let dir = '';
let server: ChildProcess | undefined;

// A copy of the build on its own server, so this test can "deploy" a new version without touching dist/.
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portwise-update-'));
  cpSync('dist', dir, { recursive: true });
  server = spawn(
    'node',
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      dir,
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://localhost:${PORT}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the update-test server did not start');
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('a waiting new version shows a polite notice, and Reload activates it', async ({
  page,
  problems,
}) => {
  void problems;
  const base = `http://localhost:${PORT}`;
  await page.goto(`${base}/port/443`);
  await waitForServiceWorker(page);
  await expect(page.getByText('A new version is ready')).toHaveCount(0);

  appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(notice).toBeVisible();
  // The app never reloads by itself: the page and its state stay as they were.
  await expect(page).toHaveURL(`${base}/port/443`);
  expect(
    await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    ),
  ).toBe(true);

  await Promise.all([
    page.waitForEvent('load'),
    notice.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 443');
  await expect(page.getByText('A new version is ready')).toHaveCount(0);
  expect(
    await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    ),
  ).toBe(false);
});
