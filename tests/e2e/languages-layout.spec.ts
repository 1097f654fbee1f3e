/**
 * The longest translations (German) and CJK text at 320 px: nothing wider than the screen, the
 * header on its lines, every control readable; and axe on the main pages of every language.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const PAGES = [
  '/port/22',
  '/port/60904?os=windows',
  '/doctor',
  '/range/0-1023',
  '/history',
  '/search?q=ssh',
];

for (const lang of ['de', 'ja', 'zh']) {
  test.describe(`${lang} at 320 px`, () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test(`no page is wider than the screen, and no control's text is cut`, async ({
      page,
      problems,
    }) => {
      void problems;
      test.setTimeout(90_000);
      const wide: string[] = [];
      for (const path of PAGES) {
        await page.goto(`/${lang}${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (path.startsWith('/port/'))
          await expect(page.locator('article.card').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const root = document.scrollingElement!;
          if (root.scrollWidth > root.clientWidth + 1)
            out.push(`the page scrolls sideways: ${root.scrollWidth} px`);
          // A control or heading whose text overflows its own box (cut off or spilling over).
          for (const el of document.querySelectorAll<HTMLElement>(
            'header a, header summary, button, h1, h2, h3, label, th, .badge',
          )) {
            const r = el.getBoundingClientRect();
            if (r.width <= 1 || el.closest('.visually-hidden')) continue;
            // A wide table scrolls in its own box (the ephemeral table does at 320 px in English too).
            let scroller = el.parentElement;
            while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))
              scroller = scroller.parentElement;
            if (scroller && scroller !== document.documentElement && scroller !== document.body)
              continue;
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
              out.push(
                `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" overflows`,
              );
            if (r.right > innerWidth + 1)
              out.push(
                `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" ends off screen`,
              );
          }
          return out;
        });
        wide.push(...found.map((f) => `${path}: ${f}`));
      }
      expect(wide).toEqual([]);
    });
  });
}

for (const lang of ['zh', 'es', 'pt', 'de', 'ja', 'fr']) {
  test(`axe finds nothing on the main pages in ${lang}`, async ({ page, problems }) => {
    void problems;
    test.setTimeout(120_000);
    const violations: string[] = [];
    for (const path of [
      '/port/22',
      '/port/12346',
      '/doctor',
      '/range/0-1023',
      '/history',
      '/search?q=ssh',
      '/no/such/page',
    ]) {
      await page.goto(`/${lang}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      for (const v of results.violations)
        violations.push(`${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(violations).toEqual([]);
  });
}
