/**
 * History under storage faults (issue 16 items 1 and 5): an init script breaks IndexedDB before the
 * app starts, and the page must say what happened instead of claiming a save or loading forever.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** ss output for a listener on port 60904, as the reader test pastes it. */
const SS_OUTPUT = [
  'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess',
  'LISTEN 0      5          127.0.0.1:60904      0.0.0.0:*    users:(("python3",pid=1187,fd=3))',
].join('\n');

/** Pastes the output on port 60904's page and presses "Save verdict to history". */
async function saveVerdict(page: Page): Promise<void> {
  await page.goto('/port/60904?os=linux');
  await page.getByRole('textbox', { name: /output/ }).fill(SS_OUTPUT);
  await expect(page.getByText('Listening: python3 (PID 1187)')).toBeVisible();
  await page.getByRole('button', { name: 'Save verdict to history' }).click();
}

test.describe('"Save verdict to history" reports what really happened', () => {
  test('without IndexedDB it says the verdict was not saved, and why', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
    );
    await saveVerdict(page);
    const said = page.locator('.save [role="status"]');
    await expect(said).toContainText('Not saved to your history');
    await expect(said).toContainText('not available in this browser');
    await expect(page.getByText(/^Saved to your history/)).toHaveCount(0);
  });

  test('when indexedDB.open throws it says the verdict was not saved, and why', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    });
    await saveVerdict(page);
    const said = page.locator('.save [role="status"]');
    await expect(said).toContainText('Not saved to your history');
    await expect(said).toContainText('refused to open storage');
    await expect(page.getByText(/^Saved to your history/)).toHaveCount(0);
  });

  test('when every write throws it says the verdict was not saved, and why', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.addInitScript(() => {
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (
        this: IDBDatabase,
        ...args: Parameters<IDBDatabase['transaction']>
      ) {
        if (args[1] === 'readwrite') throw new DOMException('Injected failure.', 'UnknownError');
        return transaction.apply(this, args);
      };
    });
    await saveVerdict(page);
    const said = page.locator('.save [role="status"]');
    await expect(said).toContainText('Not saved to your history');
    await expect(said).toContainText('Injected failure.');
    await expect(page.getByText(/^Saved to your history/)).toHaveCount(0);
  });
});
