import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForServiceWorker } from './fixtures.ts';
import { launchOptions } from '../../scripts/chromium.js';

test('Chromium reports no installability errors', async ({ baseURL }) => {
  // A persistent profile: in a normal (incognito-like) context Chromium answers "in-incognito".
  const dir = mkdtempSync(join(tmpdir(), 'portwise-install-'));
  const context = await chromium.launchPersistentContext(dir, {
    ...launchOptions(),
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const response = await page.goto(baseURL ?? '/');
    // A prerendered page comes without the manifest link (it would hold back the first paint's
    // simulated LCP); the app adds it with the service worker.
    expect(await response?.text()).not.toContain('rel="manifest"');
    await waitForServiceWorker(page);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      errors: unknown[];
      data?: string;
    };
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as {
      icons: { sizes: string; purpose?: string }[];
      display: string;
    };
    expect(data.display).toBe('standalone');
    expect(data.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
