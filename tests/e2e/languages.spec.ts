/**
 * Seven languages: every route under every prefix, the English URLs as they were, the language
 * menu, the browser's languages on a first visit to /, hreflang, offline per language.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, waitForServiceWorker } from './fixtures.ts';
import { test as plain } from '@playwright/test';
import { LOCALE_TAGS } from '../../app/i18n/locales.ts';

const NAV: Record<string, [string, string]> = {
  en: ['Doctor', 'History'],
  zh: ['诊断', '历史'],
  es: ['Diagnóstico', 'Historial'],
  pt: ['Diagnóstico', 'Histórico'],
  de: ['Diagnose', 'Verlauf'],
  ja: ['診断', '履歴'],
  fr: ['Diagnostic', 'Historique'],
};
const TAGS: Record<string, string> = LOCALE_TAGS;

for (const [path, lang] of [
  ['/de/port/22', 'de'],
  ['/ja/search?q=ssh', 'ja'],
  ['/fr/history', 'fr'],
  ['/zh/doctor', 'zh'],
  ['/es/range/0-1023', 'es'],
  ['/pt/', 'pt'],
  ['/de/no/such/page', 'de'],
] as const) {
  test(`${path} is a page in ${lang}, and its links stay in ${lang}`, async ({
    page,
    problems,
  }) => {
    void problems;
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', TAGS[lang]!);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const nav = page.getByRole('navigation').filter({ hasText: NAV[lang]![0] });
    await expect(nav.getByRole('link')).toHaveText(NAV[lang]!);
    await expect(nav.getByRole('link').first()).toHaveAttribute('href', `/${lang}/doctor`);
    // A link inside the page moves within the app, in the same language.
    await nav.getByRole('link').last().click();
    await expect(page).toHaveURL(`/${lang}/history`);
    await expect(page.locator('html')).toHaveAttribute('lang', TAGS[lang]!);
  });
}

test('a non-canonical address in a language redirects within it', async ({ page, problems }) => {
  void problems;
  await page.goto('/de/port/0080');
  await expect(page).toHaveURL('/de/port/80');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Port 80 — HTTP/);
});

test('the English addresses are as they were: no prefix, no redirect', async ({
  page,
  problems,
}) => {
  void problems;
  for (const path of ['/', '/port/22', '/range/0-1023', '/doctor', '/history', '/search?q=ssh']) {
    await page.goto(path);
    await expect(page).toHaveURL(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Doctor' }),
    ).toHaveAttribute('href', '/doctor');
  }
});

test('the language menu opens the same page in another language, and the choice is kept', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/22?os=windows');
  await page.getByText('EN', { exact: true }).click();
  const menu = page.getByRole('list', { name: 'Languages' });
  await expect(menu.getByRole('link')).toHaveCount(7);
  await expect(menu.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await menu.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL('/de/port/22?os=windows');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('details.languages > summary')).toHaveAccessibleName(
    'Sprache: Deutsch (DE)',
  );
  // Remembered: the next visit to / opens in German, whatever the browser says.
  await page.goto('/');
  await expect(page).toHaveURL('/de/');
  // And back to English, remembered too.
  await page.getByText('DE', { exact: true }).click();
  await page.getByRole('list', { name: 'Sprachen' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/');
  await page.goto('/');
  await expect(page).toHaveURL('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

plain.describe("a first visit to / opens in the browser's language", () => {
  plain.use({ locale: 'fr-FR' });
  plain('only at /, never over an address that names a page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/fr/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Quel est ce port, et qu’est-ce qui l’utilise ?',
    );
    await page.goto('/port/22');
    await expect(page).toHaveURL('/port/22');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('every page names its versions in every language (hreflang)', async ({ page, problems }) => {
  void problems;
  const origin = 'http://localhost:4174';
  for (const path of ['/port/443', '/de/port/443', '/ja/']) {
    await page.goto(path);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`),
      );
    const rest = path === '/ja/' ? '/' : '/port/443';
    expect(alternates.sort()).toEqual(
      [
        `de ${origin}/de${rest}`,
        `en ${origin}${rest}`,
        `es ${origin}/es${rest}`,
        `fr ${origin}/fr${rest}`,
        `ja ${origin}/ja${rest}`,
        `pt-BR ${origin}/pt${rest}`,
        `x-default ${origin}${rest}`,
        `zh-Hans ${origin}/zh${rest}`,
      ].sort(),
    );
  }
});

test('each language installs its own app: its name, and its pages offline', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/ja/port/22');
  const manifest = (await (await page.request.get('/ja/manifest.webmanifest')).json()) as Record<
    string,
    string
  >;
  expect(manifest).toMatchObject({ lang: 'ja', start_url: '/ja/', scope: '/ja/', id: '/ja/' });
  expect(manifest.name).toMatch(/ポート/);
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.goto('/ja/port/80');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^ポート 80 — HTTP/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('link', { name: '履歴' })).toBeVisible();
  await page.context().setOffline(false);
});

/** The English home page's interface sentences, none of which may show on a translated one. */
async function englishHomeTexts(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('/');
  return page
    .locator('header nav a, .hero h1, .hero p, main h2, footer p, .ranges li')
    .evaluateAll((els) =>
      els.map((e) => (e.textContent ?? '').replace(/\d[\d–-]*/g, '').trim()).filter(Boolean),
    );
}

for (const lang of ['zh', 'es', 'pt', 'de', 'ja', 'fr']) {
  test(`the home page in ${lang} shows no English interface text, and axe finds nothing`, async ({
    page,
    problems,
  }) => {
    void problems;
    const english = await englishHomeTexts(page);
    expect(english.length).toBeGreaterThan(8);
    await page.goto(`/${lang}/`);
    const shown = await page.locator('#app').innerText();
    expect(english.filter((t) => shown.includes(t))).toEqual([]);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

for (const [path, text] of [
  ['/de/port/22', 'Secure Shell: verschlüsselte'],
  ['/fr/range/0-1023', '<html lang="fr"'],
  ['/ja/doctor', '<html lang="ja"'],
  ['/es/', '<html lang="es"'],
] as const) {
  test(`${path} is served prerendered, in its language, before any script runs`, async ({
    request,
  }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-prerendered');
    expect(html).toContain(text);
  });
}
