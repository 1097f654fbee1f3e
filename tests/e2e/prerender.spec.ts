/**
 * Prerendered pages (scripts/prerender.js): whole without JavaScript, taken over by hydration
 * without rebuilding the DOM, with the right head for link previews, and every sitemap URL served.
 */
import { expect, test, waitForServiceWorker } from './fixtures.ts';
import { test as plain } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';

// Plain Playwright: the fixtures' page waits for the app, which never starts without JavaScript.
plain.describe('with JavaScript off', () => {
  plain.use({ javaScriptEnabled: false });
  const test = plain;

  test('a port page reads in full: heading, verdict, what it is, uses, notes and commands', async ({
    page,
  }) => {
    await page.goto('/port/443');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port 443 — HTTPS');
    await expect(page.getByRole('heading', { name: 'Known uses' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What this port is' })).toBeVisible();
    await expect(page.getByText("sudo ss -ltnp 'sport = :443'")).toBeVisible();
    await expect(page.getByText('HTTP/3 (QUIC)').first()).toBeVisible();
    // What needs a script says so, and its dead controls are not shown.
    await expect(page.getByText(/JavaScript is off: this page reads in full/)).toBeVisible();
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: /output/ })).toBeHidden();
  });

  test('an ephemeral port shows its table, and the range and home pages their text', async ({
    page,
  }) => {
    await page.goto('/port/60904');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Port 60904/);
    await expect(page.getByRole('heading', { name: /Seen port 60904 in netstat/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: '32768–60999' }).first()).toBeVisible();
    await page.goto('/range/49152-65535');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ports 49152–65535');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Popular ports' })).toBeVisible();
  });
  test('the header paints in place: no part of it moves when the parser reaches the rest', async ({
    page,
  }) => {
    // A browser paints HTML as it arrives: on a slow link or a busy phone it may paint the brand
    // before the search box has been parsed, or a link before its text. Cut the header at every
    // element, as the parser may have it (that element open and empty, nothing after it), and check
    // that what is painted then sits where it sits in the whole page.
    await page.goto('/port/443');
    const moved = await page.evaluate(() => {
      const header = document.querySelector('.shell-header')!;
      const html = header.innerHTML;
      const where = (e: Element) => {
        const r = e.getBoundingClientRect();
        return `${Math.round(r.x * 10) / 10},${Math.round(r.y * 10) / 10}`;
      };
      const whole = [...header.querySelectorAll('*')].map(where);
      const found: string[] = [];
      for (let k = 0; k < whole.length; k++) {
        header.innerHTML = html;
        const all = [...header.querySelectorAll('*')];
        const cut = all[k];
        cut.replaceChildren();
        // Everything after the cut element in document order is not parsed yet.
        for (let n: Node | null = cut; n && n !== header; n = n.parentNode) {
          while (n.nextSibling) n.nextSibling.remove();
        }
        all.slice(0, k + 1).forEach((e, i) => {
          const r = e.getBoundingClientRect();
          // An element with no area paints nothing, so it cannot be seen to move.
          if (r.width * r.height > 0 && where(e) !== whole[i])
            found.push(
              `cut at ${cut.tagName}.${cut.className}: ${e.tagName}.${e.className} ${whole[i]} -> ${where(e)}`,
            );
        });
      }
      header.innerHTML = html;
      return found;
    });
    expect(moved).toEqual([]);
  });
});

/** Marks the page's DOM before any script runs and records layout shifts from the start. */
async function watchTakeover(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      shifts: number;
      parsing: number;
      before: Element[];
      what: string[];
      parsed?: number;
    };
    w.shifts = 0;
    w.parsing = 0;
    w.what = [];
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        // Shifts while the HTML is still arriving are the page's own; after it, the app's.
        if (w.parsed === undefined || e.startTime < w.parsed) w.parsing += e.value;
        else w.shifts += e.value;
        for (const s of e.sources ?? []) {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const r = (b: DOMRectReadOnly) => `${b.x},${b.y} ${b.width}x${b.height}`;
          w.what.push(
            `${Math.round(e.startTime)}ms${e.hadRecentInput ? ' (input)' : ''} ${el?.tagName}.${el?.className} ` +
              `"${el?.textContent?.slice(0, 30)}" ${r(s.previousRect)} -> ${r(s.currentRect)}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') w.parsed = performance.now();
    });
    document.addEventListener('DOMContentLoaded', () => {
      // Less the touch-screen advice, which this desktop never shows and the app then drops.
      w.before = [...document.querySelectorAll('#app *')].filter(
        (e) => !e.matches('.guidance.generic'),
      );
    });
  });
}

/** How many of the elements the HTML carried are still in the page, and the layout shift so far. */
function takeover(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as {
      shifts: number;
      parsing: number;
      before: Element[];
      what: string[];
    };
    return {
      kept: w.before.filter((e) => e.isConnected).length,
      total: w.before.length,
      shifts: w.shifts,
      parsing: w.parsing,
      what: w.what.join('\n'),
    };
  });
}

for (const path of ['/port/443', '/port/60904', '/range/0-1023', '/', '/doctor']) {
  test(`${path} is taken over as rendered: no element rebuilt, nothing visibly moves`, async ({
    page,
    problems,
  }) => {
    void problems;
    await watchTakeover(page);
    await page.goto(path);
    await expect(page.locator('#app')).toHaveAttribute('data-prerendered', path);
    await expect(page.locator('#app')).toHaveAttribute('data-started', '');
    // Hydrated: the app answers a click (the search box's suggestions need its code).
    await page.getByRole('combobox', { name: /Search/ }).fill('ssh');
    await expect(page.getByRole('option').first()).toBeVisible();
    const seen = await takeover(page);
    expect(seen.total).toBeGreaterThan(20);
    expect(seen.kept).toBe(seen.total);
    // The take-over itself moves nothing in almost every run. Under load, 2 of 140 runs recorded a
    // small shift whose cause is not found yet (0.00007, a Copy button on /port/60904; 0.0055, the
    // range list on /range/0-1023): the sources are printed when it fails. The bound is a tenth of
    // what Chrome calls a good page (0.1), and the HTML's own parse (the header test above pins
    // the known cases) has the same bound.
    expect(seen.shifts, seen.what).toBeLessThan(0.01);
    expect(seen.parsing, seen.what).toBeLessThan(0.01);
  });
}

test('a hydrated port page works: platform switch, the reader, other checks', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/5432');
  await page.getByRole('radio', { name: 'Windows' }).check();
  await expect(page).toHaveURL(/os=windows/);
  await expect(page.getByText(/netstat -ano \| findstr .*:5432/).first()).toBeVisible();
  await expect(page.getByText("sudo ss -ltnp 'sport = :5432'")).toHaveCount(0);
  await page
    .getByRole('textbox', { name: /output/ })
    .fill('LISTEN 0 244 127.0.0.1:5432 0.0.0.0:* users:(("postgres",pid=811,fd=6))');
  await expect(page.locator('.paste .verdict')).toContainText('postgres');
  await page.getByRole('button', { name: /Other ways to check/ }).click();
  await expect(page.locator('#other-checks[data-complete]')).toBeVisible();
});

test('a prerendered page fetches none of the stylesheets it carries inline, through start-up', async ({
  page,
  problems,
}) => {
  void problems;
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.css')) sheets.push(new URL(request.url()).pathname);
  });
  // Start-up records the visit once idle; the storage code's chunk lists the app's own stylesheet.
  const storage = page.waitForRequest(/\/assets\/storage-[\w-]+\.js$/);
  await page.goto('/port/443');
  await expect(page.locator('#app')).toHaveAttribute('data-started', '');
  await storage;
  await page.waitForLoadState('networkidle');
  const inline = await page
    .locator('link[rel="stylesheet"][disabled]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(inline).toContainEqual(expect.stringMatching(/^\/assets\/index-[\w-]+\.css$/));
  expect(sheets.filter((sheet) => inline.includes(sheet))).toEqual([]);
});

test('each island of a prerendered port page is taken over: its controls answer, it follows the page', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/443');
  await expect(page.locator('#app')).toHaveAttribute('data-started', '');
  // The build wrote the sections as islands (app/state/islands.ts), the paste box one inside the commands.
  expect(await page.locator('#app .island').count()).toBeGreaterThanOrEqual(9);
  // The ephemeral table's toggle, the feedback buttons, the paste box and the language menu.
  const all = page.getByRole('button', { name: /Show all \d+ systems/ });
  await all.click();
  await expect(page.getByRole('button', { name: 'Show only your system' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const yes = page.getByRole('group', { name: 'Was this page helpful?' }).getByRole('button', {
    name: 'Yes',
  });
  await yes.click();
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
  await page
    .getByRole('textbox', { name: /output/ })
    .fill('LISTEN 0 511 0.0.0.0:443 0.0.0.0:* users:(("nginx",pid=901,fd=6))');
  await expect(page.locator('.paste .verdict')).toContainText('nginx');
  // An island follows the page after it is taken over: the platform switch rewrites the commands,
  // and a later port (a page built here, no islands) is whole.
  await page.getByRole('radio', { name: 'macOS' }).check();
  await expect(page.getByText(/lsof .*:443/).first()).toBeVisible();
  await page.getByRole('combobox', { name: /Search/ }).fill('5432');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('5432');
  await expect(page.getByText(/lsof .*:5432/).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: /output/ })).toBeVisible();
});

test('a link with ?os= and ?proto= shows those choices once the prerendered page is taken over', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/53?os=macos&proto=udp');
  await expect(page.getByRole('radio', { name: 'macOS' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'UDP' })).toBeChecked();
  await expect(page.getByText(/lsof .*-iUDP:53/).first()).toBeVisible();
});

/** The head of a page as served, before any script. */
async function servedHead(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const meta = (attr: string, key: string) =>
    new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    titles: html.match(/<title>/g)?.length,
    description: meta('name', 'description'),
    canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
    ogTitle: meta('property', 'og:title'),
    ogDescription: meta('property', 'og:description'),
    ogImage: meta('property', 'og:image'),
    ogUrl: meta('property', 'og:url'),
    card: meta('name', 'twitter:card'),
    twitterTitle: meta('name', 'twitter:title'),
  };
}

const HEADS = [
  { port: 443, title: 'Port 443 (HTTPS) · Portwise', description: /^Port 443: HTTPS; system/ },
  { port: 6443, title: /^Port 6443 \(Kubernetes API server\)/, description: /^Port 6443/ },
  {
    port: 60904,
    title: 'Port 60904 · Portwise',
    description: /^Port 60904: .*unassigned.*dynamic/i,
  },
];

for (const { port, title, description } of HEADS) {
  test(`port ${port}'s page carries its own head for search results and link previews`, async ({
    request,
    baseURL,
  }) => {
    const head = await servedHead(request, `/port/${port}`);
    expect(head.titles).toBe(1);
    expect(head.title).toMatch(title);
    expect(head.description).toMatch(description);
    expect(head.canonical).toBe(`${baseURL}/port/${port}`);
    expect(head.ogUrl).toBe(head.canonical);
    expect(head.ogTitle).toBe(head.title);
    expect(head.ogDescription).toBe(head.description);
    expect(head.ogImage).toBe(`${baseURL}/icons/icon-512.png`);
    expect(head.card).toBe('summary');
    expect(head.twitterTitle).toBe(head.title);
  });
}

test('a port without a prerendered page gets the same head from the app', async ({
  page,
  baseURL,
  problems,
}) => {
  void problems;
  await page.goto('/port/12346');
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
  await expect(page).toHaveTitle('Port 12346 · Portwise');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
    'href',
    `${baseURL}/port/12346`,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Port 12346 · Portwise',
  );
  await expect(page.locator('title')).toHaveCount(1);
});

test('every URL in the sitemap answers 200 with its prerendered page', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  expect(await (await request.get('/robots.txt')).text()).toContain(
    `Sitemap: ${baseURL}/sitemap.xml`,
  );
  const index = await (await request.get('/sitemap.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(maps.length).toBeGreaterThan(0);
  const urls: string[] = [];
  for (const map of maps) {
    expect(map.startsWith(`${baseURL}/`)).toBe(true);
    const xml = await (await request.get(map)).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
  }
  expect(urls.length).toBeGreaterThan(5000);
  expect(urls).toContain(`${baseURL}/port/443`);
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++] ?? '';
      const path = new URL(url).pathname;
      const response = await request.get(url);
      const body = await response.text();
      if (response.status() !== 200 || !body.includes(`data-prerendered="${path}"`))
        failures.push(`${url}: ${response.status()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  expect(failures).toEqual([]);
});

test('once installed, navigations are still answered by the cached shell', async ({ page }) => {
  await page.goto('/port/443');
  await waitForServiceWorker(page);
  const response = await page.goto('/port/443');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port 443 — HTTPS');
  // The sitemap is a file for crawlers, not a page of the app: it comes from the network.
  const sitemap = await page.goto('/sitemap.xml');
  expect(sitemap?.fromServiceWorker()).toBe(false);
  expect(await sitemap?.text()).toContain('<sitemapindex');
});
