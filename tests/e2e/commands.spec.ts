import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, openOtherChecks, waitForSetting, waitForStoredCheck } from './fixtures.ts';

const WINDOWS_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

test.describe('detected platform', () => {
  test.use({ userAgent: WINDOWS_UA });
  test('a Windows browser sees Windows commands first', async ({ page, problems }) => {
    void problems;
    await page.goto('/port/8080');
    await expect(page.getByRole('radio', { name: 'Windows' })).toBeChecked();
    await expect(page.locator('#check code').first()).toContainText('netstat -ano');
    await openOtherChecks(page);
    await expect(page.getByText(/Get-NetTCPConnection -LocalPort 8080/).first()).toBeVisible();
  });
});

test('switching platform and protocol changes the commands and the URL', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/53?os=linux');
  await expect(page.locator('#check code').first()).toHaveText("sudo ss -ltnp 'sport = :53'");
  await page.getByRole('radio', { name: 'UDP' }).check();
  await expect(page).toHaveURL(/proto=udp/);
  await expect(page.locator('#check code').first()).toHaveText("sudo ss -lunp 'sport = :53'");
  await page.getByRole('radio', { name: 'FreeBSD' }).check();
  await expect(page).toHaveURL(/os=freebsd/);
  await expect(page.locator('#check code').first()).toContainText('sockstat');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'FreeBSD' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'UDP' })).toBeChecked();
});

test('the platform choice is remembered without the URL parameter', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/22');
  await page.getByRole('radio', { name: 'macOS' }).check();
  await expect(page).toHaveURL(/os=macos/);
  await waitForSetting(page, 'platform', 'macos');
  await page.goto('/port/23');
  await expect(page.getByRole('radio', { name: 'macOS' })).toBeChecked();
  // The visit is recorded with the remembered platform, not the detected one.
  await waitForStoredCheck(page, 23, 'macos');
});

test('a platform chosen before the page is idle is remembered too', async ({ page, problems }) => {
  void problems;
  // Storage is wired up by a chunk loaded when the page is idle; hold it until the choice is made.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/ShellNotices-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/port/22');
  await page.getByRole('radio', { name: 'FreeBSD' }).check();
  await expect(page).toHaveURL(/os=freebsd/);
  release();
  await waitForSetting(page, 'platform', 'freebsd');
  await page.goto('/port/23');
  await expect(page.getByRole('radio', { name: 'FreeBSD' })).toBeChecked();
});

test('Copy puts the exact command on the clipboard and confirms it', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/port/5432?os=linux');
  const first = page.locator('#check code').first();
  const text = await first.textContent();
  await page.getByRole('button', { name: 'Copy Which process listens (ss)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  expect(text).toBe("sudo ss -ltnp 'sport = :5432'");
});

test('hostile host input is refused next to the field and changes no command', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/443?os=linux');
  await openOtherChecks(page);
  const host = page.getByRole('textbox', { name: 'Host' });
  await host.fill('example.org');
  await expect(page.getByText('nmap -p 443 example.org')).toBeVisible();
  const before = await page.locator('#check code').allTextContents();
  for (const bad of [
    'example.org; rm -rf ~',
    '$(reboot)',
    'a`id`',
    '%PATH%',
    '$env:USERNAME',
    'a b',
    'exаmple.org',
  ]) {
    await host.fill(bad);
    await expect(host).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').filter({ hasText: /./ }).first()).toBeVisible();
    expect(await page.locator('#check code').allTextContents()).toEqual(before);
  }
  await host.fill('::1');
  await expect(host).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText('nmap -6 -p 443 ::1')).toBeVisible();
});

// One test per scheme: a full axe run of this long page takes about 10 s on a loaded 2-core machine.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with every explanation open, ${scheme} scheme`, async ({
    page,
    problems,
  }) => {
    void problems;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/port/3389?os=windows');
    await expect(page.locator('#check details').first()).toBeVisible();
    await openOtherChecks(page);
    await expect(page.locator('#other-checks[data-complete]')).toHaveCount(1);
    for (const d of await page.locator('#check details').all()) await d.locator('summary').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes[0]?.target.join(' ')}`),
    ).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the lower half loads when scrolled near, and the commands fit the screen', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto('/port/22?os=linux');
    await expect(
      page.getByRole('heading', { name: 'Is it ephemeral on my system?' }),
    ).toBeVisible();
    await page.mouse.wheel(0, 4000);
    const first = page.locator('#check code').first();
    await expect(first).toHaveText("sudo ss -ltnp 'sport = :22'");
    const box = await first.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
