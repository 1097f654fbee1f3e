import { test, expect, openOtherChecks, withoutPrerender } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

/** Where an element sits against the sticky header and the window: in view, not under the header. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    const header = document.querySelector('.shell-header');
    if (!target || !header) return false;
    const top = target.getBoundingClientRect().top;
    return top >= header.getBoundingClientRect().bottom - 1 && top < innerHeight / 2;
  }, selector);
}

/** Adds a link at the top of the page, as a page of the app (or a pasted link) would have it. */
async function addLink(page: Page, href: string): Promise<Locator> {
  await page.evaluate((to) => {
    const link = document.createElement('a');
    link.id = 'added-link';
    link.href = to;
    link.textContent = 'added link';
    document.querySelector('main')?.prepend(link);
  }, href);
  return page.locator('#added-link');
}

test.describe('links to a place in a page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('"Skip to content" moves focus and the view to the main content, by keyboard', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto('/port/22?os=linux');
    await expect(page.locator('#check code').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await expect(page).toHaveURL(/\/port\/22\?os=linux#main$/);
    expect(await inView(page, 'main')).toBe(true);
    // The next Tab goes on from the main content, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test('a link to a place in the same page scrolls there, focuses it and sets the hash', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto('/port/22?os=linux');
    await expect(page.locator('#check code').first()).toBeVisible();
    const link = await addLink(page, '#check');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/port\/22\?os=linux#check$/);
    await expect(page.locator('#check')).toBeFocused();
    expect(await inView(page, '#check')).toBe(true);
  });

  test('a link to a place in another page lands on it once the page has built it', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto('/');
    const link = await addLink(page, '/port/5432?os=linux#check');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/port\/5432\?os=linux#check$/);
    await expect(page.locator('#check')).toBeFocused();
    await expect.poll(() => inView(page, '#check')).toBe(true);
  });

  test('opening an address with a place in the page lands on it, also after a redirect', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto('/port/0022?os=linux#check');
    await expect(page).toHaveURL(/\/port\/22\?os=linux#check$/);
    await expect(page.locator('#check')).toBeFocused();
    await expect.poll(() => inView(page, '#check')).toBe(true);
  });
});

test('an invalid host makes the commands that use it impossible to copy until it is valid', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/port/443?os=linux');
  await openOtherChecks(page);
  const host = page.getByRole('textbox', { name: 'Host' });
  await host.fill('example.org');
  const copy = page.getByRole('button', { name: /^Copy .*nmap/ }).first();
  await expect(copy).toBeEnabled();
  await host.fill('example.org; rm -rf ~');
  await expect(page.getByRole('alert').filter({ hasText: /./ }).first()).toBeVisible();
  await expect(copy).toBeDisabled();
  await expect(
    page.getByText('Not for copying until the host above is valid.').first(),
  ).toBeVisible();
  // Local commands do not use the host and stay usable.
  await expect(page.getByRole('button', { name: 'Copy Which process listens (ss)' })).toBeEnabled();
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied'));
  await copy.click({ force: true });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('nothing copied');
  await host.fill('::1');
  await expect(copy).toBeEnabled();
  await expect(page.getByText('Not for copying until the host above is valid.')).toHaveCount(0);
  await copy.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('::1');
});

test('the search box keeps the query on the results page, also after back and forward', async ({
  page,
  problems,
}) => {
  void problems;
  const box = page.getByRole('combobox', { name: /Search/ });
  await page.goto('/search?q=remote%20desktop');
  await expect(box).toHaveValue('remote desktop');
  await page.getByRole('link', { name: /^3389/ }).first().click();
  await expect(page).toHaveURL(/\/port\/3389$/);
  await expect(box).toHaveValue('');
  await page.goBack();
  await expect(box).toHaveValue('remote desktop');
  await box.fill('kafka');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=kafka$/);
  await expect(box).toHaveValue('kafka');
});

test('unknown ?os= and ?proto= are dropped from the address, known ones kept', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/22?os=beos&proto=icmp');
  await expect(page).toHaveURL(/\/port\/22$/);
  await page.goto('/port/22?proto=udp&os=nope');
  await expect(page).toHaveURL(/\/port\/22\?proto=udp$/);
  await expect(page.getByRole('radio', { name: 'UDP' })).toBeChecked();
  await page.goto('/range/0-1023?page=x');
  await expect(page).toHaveURL(/\/range\/0-1023$/);
});

test('every page has one title naming Portwise once, and a port keeps its name', async ({
  page,
  problems,
}) => {
  void problems;
  for (const [path, title] of [
    ['/', 'Portwise — what is this port, and what is using it?'],
    ['/port/5432', 'Port 5432 (PostgreSQL) · Portwise'],
    ['/port/60904', 'Port 60904 · Portwise'],
    ['/range/0-1023', 'Ports 0–1023 · Portwise'],
    ['/search?q=ssh', 'Search: ssh · Portwise'],
    ['/search', 'Search ports · Portwise'],
    ['/history', 'History · Portwise'],
    ['/doctor', 'Port doctor · Portwise'],
    ['/no/such/page', 'Page not found · Portwise'],
    ['/port/99999', 'Not a valid port · Portwise'],
    ['/range/5-x', 'Not a valid range · Portwise'],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
  }
  // Going home inside the app, and switching platform, keep one clean title.
  await page.goto('/port/5432');
  await expect(page).toHaveTitle('Port 5432 (PostgreSQL) · Portwise');
  await page.getByRole('radio', { name: 'FreeBSD' }).check();
  await expect(page).toHaveURL(/os=freebsd/);
  await expect(page).toHaveTitle('Port 5432 (PostgreSQL) · Portwise');
  await page.getByRole('link', { name: 'Portwise home' }).click();
  await expect(page).toHaveTitle('Portwise — what is this port, and what is using it?');
});

/** Words of every command on the page (split at white space) that the browser broke across lines. */
async function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    for (const code of document.querySelectorAll('#check .line code')) {
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      const chars: [Text, number][] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (let i = 0; i < (node as Text).length; i++) chars.push([node as Text, i]);
      const text = code.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const start = chars[m.index];
        const end = chars[m.index + m[0].length - 1];
        if (!start || !end) continue;
        const range = document.createRange();
        range.setStart(start[0], start[1]);
        range.setEnd(end[0], end[1] + 1);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(m[0]);
      }
    }
    return split;
  });
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('commands wrap between words only, never inside a flag', async ({ page, problems }) => {
    void problems;
    for (const os of ['linux', 'macos', 'windows', 'freebsd']) {
      await page.goto(`/port/49152?os=${os}`);
      await openOtherChecks(page);
      await expect(page.locator('#other-checks[data-complete]')).toHaveCount(1);
      await expect(page.locator('#intent-ephemeral-range')).toBeAttached();
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect(await splitWords(page), os).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
    }
  });
});

/** The text of each link on the page that its underline covers, first character to last. */
async function underlinedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main a')].flatMap((link) => {
      if (!getComputedStyle(link).textDecorationLine.includes('underline')) return [];
      // A link's underline is drawn on its own text and that of inline children, not inside boxes
      // such as inline-blocks.
      let text = '';
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let boxed = false;
        for (let el = node.parentElement; el && el !== link; el = el.parentElement)
          if (getComputedStyle(el).display !== 'inline') boxed = true;
        if (!boxed) text += node.textContent ?? '';
      }
      return [text];
    }),
  );
}

test('no link underline starts or ends on a space', async ({ page, problems }) => {
  void problems;
  for (const path of ['/range/0-1023', '/range/32768-60999', '/', '/port/5432', '/search?q=ssh']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Loading port data…')).toHaveCount(0);
    const texts = await underlinedTexts(page);
    expect(texts.length, path).toBeGreaterThan(0);
    expect(
      texts.filter((t) => /^\s|\s$/.test(t)),
      path,
    ).toEqual([]);
  }
  // The list's links keep their accessible names.
  await page.goto('/range/0-1023');
  await expect(page.getByRole('link', { name: /^22 \S/ })).toBeVisible();
});

/** Marks the elements of the page that are seen now, and returns their tops by mark. */
async function markSeen(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      const seen =
        el.checkVisibility({ visibilityProperty: true }) &&
        box.height > 0 &&
        box.top < innerHeight &&
        box.bottom > 0;
      if (!seen) return [];
      (el as HTMLElement).dataset['seen'] = String(el.getBoundingClientRect().top);
      return [box.top];
    }),
  );
}

/**
 * The marked elements below the port's heading that moved by more than 2 px against "What's using
 * it?", the first section under the heading, since they were marked. (On a phone a long name
 * arriving in the heading wraps it onto a second line and moves everything below it alike; that is
 * the heading's own shift, not the answer's.)
 */
async function movedSinceMarked(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const top = (el: HTMLElement) => el.getBoundingClientRect().top;
    const anchor = document.getElementById('using-heading');
    if (!anchor?.dataset['seen']) return ['“What’s using it?” was not seen'];
    const shift = top(anchor) - Number(anchor.dataset['seen']);
    return [...document.querySelectorAll<HTMLElement>('main [data-seen]')].flatMap((el) => {
      if (el.closest('article > header') || (el !== anchor && el.contains(anchor))) return [];
      const was = Number(el.dataset['seen']) + shift;
      const now = top(el);
      return Math.abs(now - was) > 2
        ? [
            `${el.tagName} ${el.id || el.className} “${el.textContent?.slice(0, 30)}”: ${was} → ${now}`,
          ]
        : [];
    });
  });
}

for (const [width, height] of [
  [1280, 900],
  [360, 780],
] as const) {
  test.describe(`the answer arriving at ${width} px`, () => {
    test.use({ viewport: { width, height } });
    for (const port of [22, 5432, 27017, 60904]) {
      test(`port ${port}: nothing seen moves, and no gap is left under it`, async ({
        page,
        problems,
      }) => {
        void problems;
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await withoutPrerender(page);
        await page.route('**/assets/slices-*/**', async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`/port/${port}`);
        await expect(page.getByRole('heading', { level: 1 })).toContainText(`Port ${port}`);
        // The page's timed fallback (show the rest after 1 s) is held at its start: measuring must
        // not race it on a loaded machine.
        await page.evaluate(() =>
          document.getAnimations().forEach((a) => {
            a.pause();
            a.currentTime = 0;
          }),
        );
        expect((await markSeen(page)).length).toBeGreaterThan(3);
        release();
        await expect(page.getByText('Loading port data…')).toHaveCount(0);
        await expect(page.locator('article.port')).not.toHaveClass(/waiting/);
        expect(await movedSinceMarked(page)).toEqual([]);
        // The space under the answer is the space between any two sections.
        const spacing = await page.evaluate(() => {
          const bottom = (el: Element | null | undefined) =>
            Math.max(...[...(el?.children ?? [])].map((c) => c.getBoundingClientRect().bottom));
          const top = (id: string) => document.getElementById(id)?.getBoundingClientRect().top ?? 0;
          const what = document.querySelector('.what');
          return {
            underAnswer: top('range-heading') - bottom(what),
            betweenSections:
              top('ephemeral-heading') -
              bottom(document.getElementById('range-heading')?.parentElement),
          };
        });
        expect(spacing.underAnswer).toBeLessThanOrEqual(spacing.betweenSections + 2);
      });
    }

    test('when the data is slow, the rest of the page shows anyway', async ({ page, problems }) => {
      void problems;
      await withoutPrerender(page);
      await page.route('**/assets/slices-*/**', () => new Promise(() => {}));
      await page.goto('/port/5432');
      await expect(page.getByText('Loading port data…')).toBeVisible();
      await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
      await expect(page.getByText(/Ports 1024–49151 are the user/)).toBeVisible();
      await expect(
        page.getByRole('heading', { name: 'Is it ephemeral on my system?' }),
      ).toBeVisible();
    });
  });
}
