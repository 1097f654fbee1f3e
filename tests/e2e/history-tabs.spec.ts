/**
 * Two tabs on one history (issue 16 item 3): an Undo in one tab never overwrites what the other
 * wrote since, and each tab's list follows the other's writes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Writes an export file holding the given records; returns its path. */
function exportFile(name: string, records: object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'portwise-tabs-')), name);
  writeFileSync(
    path,
    JSON.stringify({
      format: 'portwise-history',
      schemaVersion: 1,
      exportedAt: '2025-10-01T12:00:00.000Z',
      checks: [],
      notes: [],
      pins: [],
      feedback: [],
      settings: [],
      ...records,
    }),
  );
  return path;
}

const check = (port: number, at: number) => ({
  port,
  protocol: 'tcp',
  platform: 'linux',
  kind: 'view',
  at,
});

async function openHistory(page: Page) {
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History');
  await expect(page.getByText('Loading history…')).toHaveCount(0);
}

test('an Undo of "Clear history" keeps what another tab wrote since, and both lists follow', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  const first = page.locator('ol.rows > li');
  await openHistory(page);
  await page.getByLabel('Import').setInputFiles(
    exportFile('before.json', {
      checks: [check(22, 1_750_000_000_000), check(443, 1_750_000_060_000)],
      notes: [{ port: 443, text: 'old note', updatedAt: 1_750_000_000_000 }],
    }),
  );
  await expect(first).toHaveCount(2);

  const other = await context.newPage();
  const second = other.locator('ol.rows > li');
  await openHistory(other);
  await expect(second).toHaveCount(2);

  // Tab A clears: tab B's list follows instead of showing the old rows.
  await page.getByRole('button', { name: 'Clear history' }).click();
  await page.getByRole('button', { name: 'Yes, clear history' }).click();
  await expect(page.getByText(/No checks yet/)).toBeVisible();
  await expect(other.getByText(/No checks yet/)).toBeVisible();

  // Tab B writes a check and a note; tab A's list follows instead of "No checks yet".
  await other.getByLabel('Import').setInputFiles(
    exportFile('since.json', {
      checks: [check(8080, 1_760_000_000_000)],
      notes: [{ port: 443, text: 'new note', updatedAt: 1_760_000_000_000 }],
    }),
  );
  await expect(second).toHaveCount(2);
  await expect(first).toHaveCount(2);
  await expect(page.getByText('new note')).toBeVisible();

  // Tab A's Undo puts back only what the clear removed: B's check and newer note stay.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(first).toHaveCount(3);
  await expect(page.getByText('new note')).toBeVisible();
  await expect(page.getByText('old note')).toHaveCount(0);
  await expect(first.filter({ hasText: '8080' })).toHaveCount(1);
  await expect(first.filter({ hasText: '443' })).toContainText('1 check');
  await expect(second).toHaveCount(3);
  await expect(other.getByText('new note')).toBeVisible();
  await other.close();
});
