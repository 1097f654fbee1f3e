import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { waitForApp } from '../../scripts/lib/wait-for-app.js';

/** Problems seen in the page: console errors, uncaught exceptions, requests to other origins. */
export interface PageProblems {
  errors: string[];
  foreignRequests: string[];
}

/** Attaches listeners that record console errors, page errors and any request to an origin other than the page's. */
export function watch(page: Page, firstOrigin: string): PageProblems {
  let origin = firstOrigin;
  const problems: PageProblems = { errors: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    // A top-level navigation the test itself asked for sets the origin the app must stay on.
    if (
      r.isNavigationRequest() &&
      r.frame() === page.mainFrame() &&
      url.protocol.startsWith('http')
    ) {
      origin = url.origin;
      return;
    }
    if (url.protocol !== 'data:' && url.origin !== origin) problems.foreignRequests.push(r.url());
  });
  return problems;
}

export { waitForApp };

/**
 * A test whose page is watched; every test fails on console errors or foreign requests. Its
 * `page.goto` and `page.reload` return once a prerendered page is live (waitForApp).
 */
export const test = base.extend<{ problems: PageProblems }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await waitForApp(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await waitForApp(page);
      return response;
    };
    await use(page);
  },
  problems: async ({ page, baseURL }, use) => {
    const problems = watch(page, new URL(baseURL ?? 'http://localhost').origin);
    await use(problems);
    expect(problems.errors, 'console errors').toEqual([]);
    expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
  },
});

/**
 * Answers the page's navigations with the app shell instead of a prerendered page, so the page is
 * built in the browser as its data and code arrive: as for a port without a prerendered page, or
 * a visit the service worker answers.
 */
export async function withoutPrerender(page: Page): Promise<void> {
  await page.route(
    () => true,
    async (route) => {
      if (!route.request().isNavigationRequest()) return route.fallback();
      const shell = new URL('/shell.html', route.request().url()).href;
      await route.fulfill({ response: await route.fetch({ url: shell }) });
    },
  );
}

/** Waits until a service worker controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

export { expect };

/** Reads one store of the app's database in the page, without ever creating the database itself. */
async function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(async (name) => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === 'portwise')) return [];
    return new Promise<unknown[]>((resolve) => {
      const open = indexedDB.open('portwise');
      open.onerror = () => resolve([]);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(name)) {
          db.close();
          resolve([]);
          return;
        }
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => {
          db.close();
          resolve(request.result as unknown[]);
        };
        request.onerror = () => {
          db.close();
          resolve([]);
        };
      };
    });
  }, store);
}

/** Waits until the app has stored a check for a port (recording happens once the page is idle), on a platform if given. */
export async function waitForStoredCheck(
  page: Page,
  port: number,
  platform?: string,
): Promise<void> {
  await expect
    .poll(async () =>
      (await readStore(page, 'checks')).some((c) => {
        const check = c as { port: number; platform: string };
        return check.port === port && (platform === undefined || check.platform === platform);
      }),
    )
    .toBe(true);
}

/** Waits until the app has stored a setting with a given value. */
export async function waitForSetting(page: Page, key: string, value: unknown): Promise<void> {
  await expect
    .poll(async () =>
      (await readStore(page, 'settings')).some((s) => {
        const setting = s as { key: string; value: unknown };
        return setting.key === key && setting.value === value;
      }),
    )
    .toBe(true);
}

/** Opens the port page's "Other ways to check" (other tools, remote checks, stopping): it starts closed. */
export async function openOtherChecks(page: Page): Promise<void> {
  await page.locator('#check code').first().waitFor();
  const toggle = page.getByRole('button', { name: 'Other ways to check' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
