/**
 * No English on a translated page: every text a reader sees on the main pages, in all six
 * languages, read for English words. Text marked English on purpose (`lang="en"`: unofficial uses,
 * IANA's descriptions, the titles of sources) and code (commands, tool output) are skipped.
 */
import { expect, test, waitForApp } from './fixtures.ts';

/** Words only English uses, in the forms that make up a sentence. */
// A word joined to another by a hyphen is part of a name ("Quote-of-the-Day-Dienst"), not English.
const ENGLISH =
  /(?<![\p{L}\p{N}_'-])(the|and|is|are|with|this|that|which|what|your|you|from|of|to|it|not|only|when|does|doesn't|can't|isn't|here|there|these|those|should|would|could|every|nothing|something|listens|listening|using|check|copy|paste|loading|show|hide)(?![\p{L}\p{N}_'-])/iu;
/** Names in title case keep their small words ("Quote of the Day", "Point-to-Point"): not sentences. */
const NAME = /[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|to)(?:\s+the)?\s+[A-Z][\w'’-]*)+/g;

const PAGES = [
  '/',
  '/port/22',
  '/port/60904',
  '/port/3000?os=macos',
  '/port/5000?os=windows',
  '/port/12346?os=freebsd',
  '/range/0-1023',
  '/range/32768-60999',
  '/doctor',
  '/history',
  '/search?q=ssh',
  '/port/99999',
];

/** The visible text of the page, outside code and outside what is marked English, by element. */
async function visibleTexts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.getElementById('app')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || !text) continue;
      if (el.closest('[lang="en"], code, kbd, pre, samp, script, style')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      out.push(text);
    }
    // What assistive technology reads too: names and hints of controls.
    for (const el of document.querySelectorAll(
      '#app [aria-label], #app [placeholder], #app [title]',
    ))
      for (const a of ['aria-label', 'placeholder', 'title'])
        if (!el.closest('[lang="en"]') && el.getAttribute(a)) out.push(el.getAttribute(a)!);
    return out;
  });
}

for (const lang of ['zh', 'es', 'pt', 'de', 'ja', 'fr']) {
  test(`the main pages in ${lang} show no English sentence`, async ({ page, problems }) => {
    void problems;
    test.setTimeout(120_000);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(`/${lang}${path === '/' ? '/' : path}`);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Every section of a port page in place, with the commands of the platform asked for.
      if (path.startsWith('/port/') && !path.includes('99999'))
        await expect(page.locator('article.card').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      for (const text of await visibleTexts(page))
        if (ENGLISH.test(text.replace(NAME, ''))) found.push(`${path}: ${text}`);
    }
    expect([...new Set(found)]).toEqual([]);
  });
}
