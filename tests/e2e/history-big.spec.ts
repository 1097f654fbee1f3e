/**
 * A history of 100,000 checks (issue 16 item 4): the import shows its progress and can be
 * cancelled without leaving anything behind; a port's list of checks is shown 50 at a time.
 * The file is generated here, never committed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const CHECKS = 100_000;
const START = Date.UTC(2025, 0, 1);

/** Writes an export file with `checks` views of port 8080, a second apart; returns its path. */
function historyFile(name: string, checks: number, port = 8080): string {
  const path = join(mkdtempSync(join(tmpdir(), 'portwise-big-')), name);
  const list = Array.from({ length: checks }, (_, i) => ({
    port,
    protocol: 'tcp',
    platform: 'linux',
    kind: 'view',
    at: START + i * 1000,
  }));
  writeFileSync(
    path,
    JSON.stringify({
      format: 'portwise-history',
      schemaVersion: 1,
      exportedAt: '2025-10-01T12:00:00.000Z',
      checks: list,
      notes: [],
      pins: [],
      feedback: [],
      settings: [],
    }),
  );
  return path;
}

async function openHistory(page: Page) {
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History');
  await expect(page.getByText('Loading history…')).toHaveCount(0);
}

test('importing 100,000 checks shows progress, Cancel changes nothing, and the list is paged', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(240_000);
  const rows = page.locator('ol.rows > li');
  await openHistory(page);
  await page.getByLabel('Import').setInputFiles(historyFile('one.json', 1, 22));
  await expect(rows).toHaveCount(1);

  const big = historyFile('big.json', CHECKS);
  await page.getByLabel('Import').setInputFiles(big);
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByText('Import of big.json cancelled; nothing was changed.')).toBeVisible({
    timeout: 60_000,
  });
  await expect(progress).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.count')).toHaveText('1 port, 1 check.');

  await page.getByLabel('Import').setInputFiles(big);
  await expect(progress).toBeVisible();
  await expect(page.locator('#import-result')).toContainText(
    `Checks: ${CHECKS.toLocaleString('en')} added.`,
    {
      timeout: 180_000,
    },
  );
  await expect(page.locator('.count')).toHaveText(
    `2 ports, ${(CHECKS + 1).toLocaleString('en')} checks.`,
  );

  const row = rows.filter({ hasText: '8080' });
  await row.getByRole('button', { name: 'Checks of port 8080' }).click();
  const items = row.locator('ul.checks > li');
  await expect(items).toHaveCount(50);
  await row.getByRole('button', { name: 'Show 50 more checks' }).click();
  await expect(items).toHaveCount(100);
  // Newest first: the last check of the file, then the one before it.
  const when = (i: number) =>
    page.evaluate((at) => new Date(at).toLocaleString(), START + i * 1000);
  await expect(items.first()).toContainText(await when(CHECKS - 1));
  await expect(items.nth(1)).toContainText(await when(CHECKS - 2));
  await expect(items.nth(99)).toContainText(await when(CHECKS - 100));
});
