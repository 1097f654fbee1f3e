/**
 * Layout under hostile text (issue 16 item 10): at 320 px, a 5,000-character process name with no
 * break in it, or a note like it, wraps; no button is pushed out of reach.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const WIDTH = 320;
const LONG = 'x'.repeat(5000);

test.use({ viewport: { width: WIDTH, height: 800 } });

/**
 * Every visible button whose box reaches past either side of the viewport, by its name. A button
 * inside a box that scrolls sideways (a wide table) and itself fits the viewport is in reach: the
 * box scrolls to it.
 */
async function buttonsOutOfReach(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const outside = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.left < 0 || box.right > width + 0.5;
    };
    const scrolledInto = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return !outside(box);
      }
      return false;
    };
    return [...document.querySelectorAll('button')]
      .filter((button) => button.getClientRects().length > 0)
      .filter((button) => outside(button) && !scrolledInto(button))
      .map(
        (button) =>
          `${(button.getAttribute('aria-label') ?? button.textContent ?? '').trim().slice(0, 60)} (${button.getBoundingClientRect().right}px)`,
      );
  }, WIDTH);
}

test('a 5,000-character process name wraps in the verdict and the stop heading', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/60904?os=linux');
  const output = page.getByRole('textbox', { name: /output/ });
  // The reader's section is built once it comes near; at 320 px it starts far down the page.
  await expect(async () => {
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await expect(output).toBeVisible({ timeout: 1000 });
  }).toPass();
  await output.fill(
    [
      'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess',
      `LISTEN 0      5          127.0.0.1:60904      0.0.0.0:*    users:(("${LONG}",pid=1187,fd=3))`,
    ].join('\n'),
  );
  await expect(page.locator('.sentence')).toContainText(`Listening: ${LONG.slice(0, 100)}`);
  await expect(
    page.getByRole('heading', { level: 3, name: /^Stop x+ \(PID 1187\)$/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save verdict to history' })).toBeVisible();
  expect(await buttonsOutOfReach(page)).toEqual([]);
});

test('a 5,000-character note and verdict wrap in the history rows', async ({ page, problems }) => {
  void problems;
  const path = join(mkdtempSync(join(tmpdir(), 'portwise-layout-')), 'long.json');
  writeFileSync(
    path,
    JSON.stringify({
      format: 'portwise-history',
      schemaVersion: 1,
      exportedAt: '2025-10-01T12:00:00.000Z',
      checks: [
        {
          port: 60904,
          protocol: 'tcp',
          platform: 'linux',
          kind: 'paste',
          verdict: 'y'.repeat(200),
          at: 1_750_000_000_000,
        },
      ],
      notes: [{ port: 60904, text: LONG, updatedAt: 1_750_000_000_000 }],
      pins: [],
      feedback: [],
      settings: [],
    }),
  );
  await page.goto('/history');
  await expect(page.getByText('Loading history…')).toHaveCount(0);
  await page.getByLabel('Import').setInputFiles(path);
  const row = page.locator('ol.rows > li');
  await expect(row).toContainText(LONG.slice(0, 100));
  await row.getByRole('button', { name: 'Checks of port 60904' }).click();
  await expect(row.locator('ul')).toContainText('y'.repeat(100));
  expect(await buttonsOutOfReach(page)).toEqual([]);
});
