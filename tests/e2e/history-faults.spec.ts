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

test.describe('a database that never answers (issue 16 item 5)', () => {
  test('the history page says so with a Retry button instead of "Loading history…" forever', async ({
    page,
    problems,
  }) => {
    void problems;
    test.setTimeout(60_000);
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      let silenced = false;
      // The first open of the app's database gets a request that never fires any event; later
      // opens (the Retry) reach the real database.
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        if (name === 'portwise' && !silenced) {
          silenced = true;
          return Object.setPrototypeOf(
            new EventTarget(),
            IDBOpenDBRequest.prototype,
          ) as IDBOpenDBRequest;
        }
        return open.call(this, name, version);
      };
    });
    await page.goto('/history');
    await expect(page.getByText('Loading history…')).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: 'did not answer within 10 seconds' });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Loading history…')).toHaveCount(0);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText(/No checks yet/)).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
});
