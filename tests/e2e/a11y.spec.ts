import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of [
      '/',
      '/port/60904',
      '/port/22',
      // A port without a prerendered page: built in the browser.
      '/port/12346',
      '/no/such/page',
      '/range/0-1023',
      '/search?q=postgres',
      '/history',
      '/doctor',
    ]) {
      test(`axe finds no violations on ${path}`, async ({ page, problems }) => {
        void problems;
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expect(page.getByText('Loading port data…')).toHaveCount(0);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        expect(
          results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      });
    }
  });
}

test('keyboard: / focuses search, arrows move, Enter opens', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: /Search/ });
  await expect(box).toBeFocused();
  await page.keyboard.type('443');
  await expect(page.getByRole('option').first()).toContainText('443');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/port\/443$/);
});

test('keyboard focus is always visible', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/60904');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'none';
      const s = getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    expect(outline).toMatch(/^solid [1-9]/);
  }
});
