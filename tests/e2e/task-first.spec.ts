/** The port page answers "what's using it?" first: the command and the paste box come before the facts. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The page-relative top and bottom of the first Copy button and of the paste box. */
async function positions(page: Page) {
  const copy = page.getByRole('button', { name: /^Copy / }).first();
  const paste = page.getByRole('textbox', { name: /output/ });
  await expect(copy).toBeVisible();
  const box = async (l: typeof copy) =>
    l.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY };
    });
  return { copy: await box(copy), paste: await box(paste) };
}

for (const port of [443, 3000, 60904]) {
  test.describe(`port ${port}`, () => {
    test('at 1280×800 the first Copy is in the first screen, the paste box right under it', async ({
      page,
      problems,
    }) => {
      void problems;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/port/${port}?os=linux`);
      const at = await positions(page);
      expect(at.copy.bottom).toBeLessThanOrEqual(800);
      // The paste box follows the command: no other section between them.
      expect(at.paste.top).toBeGreaterThan(at.copy.bottom);
      expect(at.paste.top - at.copy.bottom).toBeLessThan(400);
      const between = await page.evaluate(() => {
        const copy = document.querySelector('#check button');
        const paste = document.getElementById('paste-output');
        return [...document.querySelectorAll('article.port > section h2')]
          .filter(
            (h) =>
              copy &&
              paste &&
              copy.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING &&
              h.compareDocumentPosition(paste) & Node.DOCUMENT_POSITION_FOLLOWING,
          )
          .map((h) => h.textContent);
      });
      expect(between).toEqual([]);
    });

    test('on a 390×844 phone the first Copy is within the first two screens', async ({
      page,
      problems,
    }) => {
      void problems;
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/port/${port}?os=macos`);
      const at = await positions(page);
      expect(at.copy.bottom).toBeLessThanOrEqual(2 * 844);
    });
  });
}

test('the keyboard reaches the first Copy in a few Tab stops, not dozens', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/443?os=linux');
  await expect(page.getByRole('button', { name: /^Copy / }).first()).toBeVisible();
  let stops = 0;
  for (; stops < 40; stops++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? '',
    );
    if (name.startsWith('Copy ')) break;
  }
  expect(stops + 1).toBeLessThanOrEqual(15);
});

test('the other ways to check are one labelled click away, each card complete', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/8080?os=windows');
  const toggle = page.getByRole('button', { name: 'Other ways to check' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText(/Get-NetTCPConnection -LocalPort 8080/)).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const cards = page.locator('#other-checks article.card');
  await expect(page.getByText(/Get-NetTCPConnection -LocalPort 8080/).first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card.getByRole('button', { name: /^Copy / })).toHaveCount(1);
    await expect(card.getByText('If it prints nothing:')).toHaveCount(1);
  }
});

test('an ephemeral port says first what it most likely is when seen in netstat', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/60904?os=linux');
  const seen = page.getByRole('heading', { name: 'Seen port 60904 in netstat or a log?' });
  await expect(seen).toBeVisible();
  const ephemeral = page.getByRole('heading', { name: 'Is it ephemeral on my system?' });
  await expect(ephemeral).toBeVisible();
  const [a, b] = await Promise.all([seen.boundingBox(), ephemeral.boundingBox()]);
  expect(a && b && a.y < b.y).toBe(true);
  await page.goto('/port/443?os=linux');
  await expect(page.getByRole('heading', { name: /^Seen port/ })).toHaveCount(0);
});

test('the ephemeral table shows your system and expands to all', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/50000?os=windows');
  const rows = page.locator('table tbody tr:visible');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Windows');
  await page.getByRole('button', { name: /^Show all \d+ systems$/ }).click();
  await expect(rows).toHaveCount(7);
});
