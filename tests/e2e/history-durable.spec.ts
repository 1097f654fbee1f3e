/**
 * A copied command is recorded even when the page is left at once (issue 16 item 6). An init
 * script makes every open of the app's database answer 3 seconds late, so the copy's write is
 * still waiting when the test leaves the page.
 */
import { test, expect } from './fixtures.ts';

test('a copied command is in the history even when the page is left right after the copy', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    const DELAY_MS = 3000;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      const real = open.call(this, name, version);
      if (name !== 'portwise') return real;
      // A stand-in request: upgrades run at once (they must, inside the event), success comes late.
      const late = Object.setPrototypeOf(
        new EventTarget(),
        IDBOpenDBRequest.prototype,
      ) as IDBOpenDBRequest;
      for (const key of ['result', 'error', 'transaction', 'readyState', 'source'] as const)
        Object.defineProperty(late, key, { get: () => real[key] });
      for (const type of ['upgradeneeded', 'blocked'] as const)
        real.addEventListener(type, (event) =>
          late.dispatchEvent(
            new IDBVersionChangeEvent(type, {
              oldVersion: event.oldVersion,
              newVersion: event.newVersion,
            }),
          ),
        );
      for (const type of ['success', 'error'] as const)
        real.addEventListener(type, () =>
          setTimeout(() => late.dispatchEvent(new Event(type)), DELAY_MS),
        );
      return late;
    };
  });
  await page.goto('/port/5432?os=linux');
  const copy = page.getByRole('button', { name: 'Copy Which process listens (ss)' });
  await copy.click();
  await expect(copy).toHaveText('Copied');
  await page.goto('/port/60904');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('60904');

  // Another tab, whose database answers at once, reads the history.
  const reader = await context.newPage();
  const row = reader.locator('ol.rows > li').filter({ hasText: '5432' });
  await expect(async () => {
    await reader.goto('/history');
    await expect(row).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await row.getByRole('button', { name: 'Checks of port 5432' }).click();
  await expect(row).toContainText('Copied TCP on Linux · Which process listens (ss)');
  await reader.close();
});
