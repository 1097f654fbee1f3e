import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, waitForServiceWorker, waitForStoredCheck } from './fixtures.ts';

/** Writes a file for the import control into a fresh temporary folder; returns its path. */
function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'portwise-import-')), name);
  writeFileSync(path, text);
  return path;
}

/** An export file holding the given records, as Portwise writes it. */
function exportFile(records: { checks?: object[]; notes?: object[]; pins?: object[] }): string {
  return JSON.stringify({
    format: 'portwise-history',
    schemaVersion: 1,
    exportedAt: '2025-06-01T12:00:00.000Z',
    checks: [],
    notes: [],
    pins: [],
    feedback: [],
    settings: [],
    ...records,
  });
}

const check = (port: number, at: number, extra: object = {}) => ({
  port,
  protocol: 'tcp',
  platform: 'linux',
  kind: 'view',
  at,
  ...extra,
});

/** Opens the history page and waits until it has read the database. */
async function openHistory(page: Page) {
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History');
  await expect(page.getByText('Loading history…')).toHaveCount(0);
}

test('viewed ports and copied commands are in the history after a reload', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/port/5432?os=linux');
  await page.getByRole('button', { name: 'Copy Which process listens (ss)' }).click();
  await page.goto('/port/60904');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('60904');
  await waitForStoredCheck(page, 60904);
  await page.reload();
  await openHistory(page);
  const rows = page.locator('ol.rows > li');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('60904');
  await expect(rows.nth(1)).toContainText('5432');
  await expect(rows.nth(1)).toContainText('2 checks');
  await rows.nth(1).getByRole('button', { name: 'Checks of port 5432' }).click();
  await expect(rows.nth(1)).toContainText('Copied TCP on Linux · Which process listens (ss)');
  await expect(rows.nth(1)).not.toContainText('linux-ss-listener-tcp');
});

test('notes, pins, filter, delete with undo, and clear with undo', async ({ page, problems }) => {
  void problems;
  for (const port of [22, 443, 3306]) {
    await page.goto(`/port/${port}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(port));
    await waitForStoredCheck(page, port);
  }
  await openHistory(page);
  await page.getByRole('button', { name: 'Edit note for port 443' }).click();
  await page.getByRole('textbox', { name: 'Note for port 443' }).fill('reverse proxy on the NAS');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByRole('button', { name: 'Pin port 22' }).click();
  const rows = page.locator('ol.rows > li');
  await expect(rows.first()).toContainText('Pinned');
  await expect(rows.first()).toContainText('22');
  await page.getByLabel('Filter history').fill('nas');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('443');
  await page.getByLabel('Filter history').fill('');
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete port 3306 from history' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear history' }).click();
  await page.getByRole('button', { name: 'Yes, clear history' }).click();
  await expect(page.getByText(/No checks yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('reverse proxy on the NAS')).toBeVisible();
});

test('export → clear → import gives the same history; a bad file changes nothing', async ({
  page,
  problems,
}) => {
  void problems;
  for (const port of [80, 8080]) {
    await page.goto(`/port/${port}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(port));
    await waitForStoredCheck(page, port);
  }
  await openHistory(page);
  await page.getByRole('button', { name: 'Edit note for port 80', exact: true }).click();
  await page.getByRole('textbox', { name: 'Note for port 80', exact: true }).fill('nginx');
  await page.getByRole('button', { name: 'Save note' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = readFileSync(await download.path(), 'utf8');
  const before = JSON.parse(exported) as { checks: unknown[]; notes: unknown[] };
  expect(before.checks.length).toBe(2);
  const rowsText = await page.locator('ol.rows').innerText();

  await page.getByRole('button', { name: 'Clear history' }).click();
  await page.getByRole('button', { name: 'Yes, clear history' }).click();
  await expect(page.getByText(/No checks yet/)).toBeVisible();

  const dir = mkdtempSync(join(tmpdir(), 'portwise-import-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"format":"portwise-history","schemaVersion":1,"checks":[{"port":70000');
  await page.getByLabel('Import').setInputFiles(bad);
  await expect(page.getByRole('alert').filter({ hasText: /nothing was changed/i })).toBeVisible();
  await expect(page.getByText(/No checks yet/)).toBeVisible();

  const good = join(dir, 'history.json');
  writeFileSync(good, exported);
  await page.getByLabel('Import').setInputFiles(good);
  await expect(page.getByRole('status').filter({ hasText: /Imported history.json/ })).toBeVisible();
  await expect(page.locator('ol.rows')).toHaveText(rowsText);
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const after = JSON.parse(readFileSync(await again.path(), 'utf8')) as Record<string, unknown>;
  const strip = (f: Record<string, unknown>) => ({
    ...f,
    exportedAt: '',
    checks: (f.checks as { id?: number }[]).map(({ id: _id, ...c }) => c),
  });
  expect(strip(after)).toEqual(strip(before as unknown as Record<string, unknown>));
  await page.getByLabel('Import').setInputFiles(good);
  await expect(page.getByRole('status').filter({ hasText: /0 added/ })).toBeVisible();
});

test('a pasted output gives a verdict and is saved in history', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/60904?os=linux');
  await page
    .getByRole('textbox', { name: /output/ })
    .fill(
      [
        'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess',
        'LISTEN 0      5          127.0.0.1:60904      0.0.0.0:*    users:(("python3",pid=1187,fd=3))',
      ].join('\n'),
    );
  await expect(
    page.getByText('Listening: python3 (PID 1187) on 127.0.0.1:60904/tcp'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /Sockets read from the output/ })).toContainText(
    '1187',
  );
  await expect(page.getByText('kill 1187')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Also keep the pasted text' }).check();
  await page.getByRole('button', { name: 'Save verdict to history' }).click();
  await expect(page.getByText('Saved to your history with the pasted text.')).toBeVisible();
  await openHistory(page);
  await expect(page.locator('ol.rows > li').first()).toContainText('Listening: python3 (PID 1187)');
});

test('a second tab sees the same history, and history works offline', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await page.goto('/port/25');
  await waitForServiceWorker(page);
  await waitForStoredCheck(page, 25);
  const second = await context.newPage();
  await second.goto('/port/110');
  await expect(second.getByRole('heading', { level: 1 })).toContainText('110');
  await waitForStoredCheck(second, 110);
  await openHistory(page);
  await expect(page.locator('ol.rows > li')).toHaveCount(2);
  await context.setOffline(true);
  await page.goto('/port/143');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('143');
  await waitForStoredCheck(page, 143);
  await openHistory(page);
  await expect(page.locator('ol.rows > li')).toHaveCount(3);
  await context.setOffline(false);
  await second.close();
});

test('without IndexedDB the app still works and history says why', async ({ page, problems }) => {
  void problems;
  await page.addInitScript(() =>
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
  );
  await page.goto('/port/443');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 443');
  await expect(page.getByRole('heading', { name: 'Known uses' })).toBeVisible();
  await page.goto('/history');
  await expect(
    page.getByRole('alert').filter({ hasText: 'History is not available here' }),
  ).toBeVisible();
  await expect(page.getByText('Everything else in Portwise still works.')).toBeVisible();
});

test('a newer version opened in another tab tells this tab to reload', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await page.goto('/port/22');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Port 22');
  await waitForStoredCheck(page, 22);
  const other = await context.newPage();
  await other.goto('/robots.txt');
  const upgraded = await other.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('portwise', 99);
        request.onsuccess = () => {
          request.result.close();
          resolve(true);
        };
        request.onblocked = () => resolve(false);
        request.onerror = () => resolve(false);
      }),
  );
  expect(upgraded, 'the upgrade in the other tab was not blocked').toBe(true);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Portwise was updated in another tab' }),
  ).toBeVisible();
  await other.close();
});

test('an import withdraws the Undo of an earlier clear, so it cannot restore over the import', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/22');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('22');
  await waitForStoredCheck(page, 22);
  await openHistory(page);
  await page.getByRole('button', { name: 'Clear history' }).click();
  await page.getByRole('button', { name: 'Yes, clear history' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page
    .getByLabel('Import')
    .setInputFiles(
      tempFile('other.json', exportFile({ checks: [check(8080, 1_750_000_000_000)] })),
    );
  await expect(page.getByRole('status').filter({ hasText: /Imported other.json/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByText('the earlier removal cannot be undone')).toBeVisible();
  const rows = page.locator('ol.rows > li');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('8080');
});

test('the import result counts checks, notes and pins separately', async ({ page, problems }) => {
  void problems;
  await openHistory(page);
  const file = exportFile({
    checks: [check(22, 1_750_000_000_000), check(80, 1_750_000_060_000)],
    notes: [{ port: 22, text: 'bastion', updatedAt: 1_750_000_000_000 }],
    pins: [{ port: 80, pinnedAt: 1_750_000_000_000 }],
  });
  const path = tempFile('history.json', file);
  await page.getByLabel('Import').setInputFiles(path);
  await expect(page.locator('#import-result')).toHaveText(
    'Imported history.json. Checks: 2 added. Notes: 1 added. Pins: 1 added.',
  );
  await expect(page.locator('ol.rows > li')).toHaveCount(2);
  await page.getByLabel('Import').setInputFiles(path);
  await expect(page.locator('#import-result')).toHaveText(
    'Imported history.json. Checks: 0 added, 2 already in your history. ' +
      'Notes: 0 added, 1 unchanged (yours is as new or newer). Pins: 0 added, 1 unchanged (already pinned).',
  );
});

test('importing the CSV export says CSV is export-only and which file to choose', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/443');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('443');
  await waitForStoredCheck(page, 443);
  await openHistory(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = tempFile('portwise-checks.csv', readFileSync(await download.path(), 'utf8'));
  // Port names arrive with the knowledge base, after the rows: compare rows once they are named.
  await expect(page.locator('ol.rows')).toContainText('HTTPS');
  const rowsText = await page.locator('ol.rows').innerText();
  await page.getByLabel('Import').setInputFiles(csv);
  const alert = page.locator('#import-result').getByRole('alert');
  await expect(alert).toContainText('This is the CSV export of your checks. CSV is export-only');
  await expect(alert).toContainText('choose the JSON export (portwise-history-YYYY-MM-DD.json');
  await expect(alert).toContainText('nothing was changed');
  await expect(alert).not.toContainText(/Unexpected|not valid JSON|position/);
  await expect(page.getByLabel('Import')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('ol.rows')).toHaveText(rowsText);

  await page.getByLabel('Import').setInputFiles(tempFile('notes.txt', 'ssh on 22\nweb on 80\n'));
  await expect(alert).toContainText('a Portwise export is JSON and starts with “{”');
  await expect(alert).not.toContainText(/Unexpected|not valid JSON|position/);
  await expect(page.locator('ol.rows')).toHaveText(rowsText);
});

test('a list of checks names commands and platforms, loading the catalogue only when opened', async ({
  page,
  problems,
}) => {
  void problems;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openHistory(page);
  const file = exportFile({
    checks: [
      check(5432, 1_750_000_000_000, {
        kind: 'copy',
        platform: 'macos',
        commandId: 'macos-lsof-listener-tcp',
      }),
      check(5432, 1_750_000_060_000, { kind: 'copy', commandId: 'windows.netstat.port' }),
    ],
  });
  await page.getByLabel('Import').setInputFiles(tempFile('history.json', file));
  await expect(page.locator('ol.rows > li')).toHaveCount(1);
  expect(requested.filter((url) => url.includes('/catalogue-'))).toEqual([]);
  await page.getByRole('button', { name: 'Checks of port 5432' }).click();
  const list = page.locator('ol.rows > li ul');
  await expect(list).toContainText('Copied TCP on macOS · Which process listens (lsof)');
  await expect(list).toContainText(
    'Copied TCP on Linux · windows netstat port (a command this version does not list)',
  );
  await expect(list).not.toContainText('macos-lsof-listener-tcp');
  expect(requested.filter((url) => url.includes('/catalogue-'))).toHaveLength(1);
});

test('an open list of checks shows checks imported after it was opened', async ({
  page,
  problems,
}) => {
  void problems;
  await openHistory(page);
  await page
    .getByLabel('Import')
    .setInputFiles(tempFile('one.json', exportFile({ checks: [check(25, 1_750_000_000_000)] })));
  await page.getByRole('button', { name: 'Checks of port 25' }).click();
  const items = page.locator('ol.rows > li ul > li');
  await expect(items).toHaveCount(1);
  const two = exportFile({ checks: [check(25, 1_750_000_000_000), check(25, 1_750_000_060_000)] });
  await page.getByLabel('Import').setInputFiles(tempFile('two.json', two));
  await expect(page.locator('ol.rows > li')).toContainText('2 checks');
  await expect(items).toHaveCount(2);
});

test('"Ask to keep it" says what the browser answered, refused or granted', async ({
  page,
  context,
  browser,
  baseURL,
  problems,
}) => {
  void problems;
  await openHistory(page);
  // Headless Chromium refuses persistent storage to a site it has no engagement with.
  await page.getByRole('button', { name: 'Ask to keep it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The browser said no' })).toContainText(
    'it may still delete your history when storage runs low',
  );
  // The site's permission, set as a browser would after the user installed or bookmarked it.
  const { targetInfo } = await (await context.newCDPSession(page)).send('Target.getTargetInfo');
  await (
    await browser.newBrowserCDPSession()
  ).send('Browser.setPermission', {
    permission: { name: 'persistent-storage' },
    setting: 'granted',
    origin: new URL(baseURL ?? '').origin,
    browserContextId: targetInfo.browserContextId,
  });
  await page.getByRole('button', { name: 'Ask to keep it' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toHaveText(
    'Done: this browser will keep your history even when storage runs low.',
  );
  await expect(page.getByText('This browser has promised to keep your history')).toBeVisible();
});

test('a port kept only by a note or pin says it has no checks, not "0 checks"', async ({
  page,
  problems,
}) => {
  void problems;
  await openHistory(page);
  const file = exportFile({ pins: [{ port: 3389, pinnedAt: 1_750_000_000_000 }] });
  await page.getByLabel('Import').setInputFiles(tempFile('pins.json', file));
  const row = page.locator('ol.rows > li');
  await expect(row).toContainText('No checks · last change');
  await expect(row).not.toContainText('0 checks');
  await expect(page.getByRole('button', { name: 'Checks of port 3389' })).toHaveCount(0);
});
