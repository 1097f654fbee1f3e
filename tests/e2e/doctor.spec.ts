/** The port doctor: paste an error (or command output) and get the cause, the commands and the fix. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const NODE_3000 = [
  'node:events:497',
  '      throw er; // Unhandled error event',
  '      ^',
  '',
  'Error: listen EADDRINUSE: address already in use :::3000',
  '    at Server.setupListenHandle [as _listen2] (node:net:1872:16)',
  '    at listenInCluster (node:net:1920:12)',
  "  code: 'EADDRINUSE',",
  '  errno: -98,',
  "  syscall: 'listen',",
  "  address: '::',",
  '  port: 3000',
].join('\n');

const KESTREL_10013 = [
  'Unhandled exception. System.IO.IOException: Failed to bind to address http://127.0.0.1:50070.',
  ' ---> System.Net.Sockets.SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions.',
].join('\n');

const SS_OUTPUT = [
  'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess',
  'LISTEN 0      511          0.0.0.0:3000       0.0.0.0:*    users:(("node",pid=4321,fd=20))',
].join('\n');

const box = (page: Page) => page.getByRole('textbox', { name: /error/ });

/**
 * Records what the page copies. The app's Permissions-Policy (clipboard-read=()) stops a test from
 * reading the clipboard back, so the text handed to the Clipboard API is noted on the way in.
 */
async function recordCopies(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const copied: string[] = [];
    (window as unknown as { copied: string[] }).copied = copied;
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      copied.push(text);
      return write(text);
    };
  });
  return () => page.evaluate(() => (window as unknown as { copied: string[] }).copied);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('the header and the home page lead to the doctor', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Doctor' })
    .click();
  await expect(page).toHaveURL(/\/doctor$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port doctor');
  await expect(page).toHaveTitle('Port doctor · Portwise');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Doctor' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.goto('/');
  await page.getByRole('link', { name: 'Ask the port doctor' }).click();
  await expect(page).toHaveURL(/\/doctor$/);
  await expect(box(page)).toBeVisible();
});

test('a Node EADDRINUSE on 3000: in use, the port, the Linux commands with Copy, the port page', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await context.grantPermissions(['clipboard-write']);
  const copies = await recordCopies(page);
  await page.goto('/doctor?os=linux');
  await box(page).fill(NODE_3000);
  await expect(page.getByRole('status').filter({ hasText: 'already in use' })).toContainText(
    'Port 3000 is already in use',
  );
  const found = page.getByRole('definition');
  await expect(found.first()).toHaveText('3000');
  await expect(page.getByText('Node.js', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check it on Linux' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Which program holds port 3000' })).toBeVisible();
  await expect(page.getByText("sudo ss -ltnp 'sport = :3000'")).toBeVisible();
  await page.getByRole('button', { name: 'Copy Which process listens (ss)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeAttached();
  expect(await copies()).toEqual(["sudo ss -ltnp 'sport = :3000'"]);
  await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  // Nothing pasted goes into the address.
  expect(page.url()).not.toContain('EADDRINUSE');
  // The platform picker switches the commands, and the choice is in the address, not the text.
  await page.getByRole('radio', { name: 'macOS' }).check();
  await expect(page).toHaveURL(/\/doctor\?os=macos$/);
  // errno -98 is libuv's number on Linux: the commands stay Linux ones, and the page says why.
  await expect(
    page.getByText('These are Linux commands: the error came from Linux.'),
  ).toBeVisible();
  await expect(page.getByText("sudo ss -ltnp 'sport = :3000'")).toBeVisible();
  // The first line alone says nothing of the system: the picker's platform gets its commands.
  await box(page).fill('Error: listen EADDRINUSE: address already in use :::3000');
  await expect(page.getByRole('heading', { name: 'Check it on macOS' })).toBeVisible();
  await expect(page.getByText('sudo lsof -nP -iTCP:3000 -sTCP:LISTEN')).toBeVisible();
  await expect(page.getByText("sudo ss -ltnp 'sport = :3000'")).toHaveCount(0);
  await page.getByRole('link', { name: 'Everything about port 3000' }).click();
  await expect(page).toHaveURL(/\/port\/3000$/);
});

test('Windows error 10013 gives the reserved-range advice and the netsh command', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/doctor?os=linux');
  await box(page).fill(KESTREL_10013);
  await expect(page.getByRole('status').filter({ hasText: 'Windows refused' })).toContainText(
    'port 50070 (error 10013, WSAEACCES)',
  );
  // The error came from Windows: Windows commands, whatever the picker says, and it says so.
  await expect(
    page.getByText('These are Windows commands: the error came from Windows.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Port ranges Windows has reserved', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('netsh int ipv4 show excludedportrange protocol=tcp').first(),
  ).toBeVisible();
  await expect(page.getByText(/net stop winnat/)).toBeVisible();
  await expect(page.getByText(/pick a port outside every listed range/)).toBeVisible();
  // Without a port in the text, the reserved ranges still show; the port field fills in the rest.
  await box(page).fill(
    'OSError: [WinError 10013] An attempt was made to access a socket in a way forbidden by its access permissions',
  );
  await expect(
    page.getByText('netsh int ipv4 show excludedportrange protocol=tcp').first(),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Which port was it?' }).fill('8000');
  await expect(page.getByRole('heading', { name: 'Which program holds port 8000' })).toBeVisible();
});

test('pasted ss -ltnp output goes to the output reader instead', async ({ page, problems }) => {
  void problems;
  await page.goto('/doctor?os=linux');
  await box(page).fill(SS_OUTPUT);
  await expect(page.getByRole('heading', { name: 'What the output says' })).toBeVisible();
  await expect(page.getByText('This is ss output rather than an error message')).toBeVisible();
  await expect(page.locator('.verdict')).toContainText('Listening: node (PID 4321)');
  await expect(page.getByRole('heading', { name: 'What happened' })).toHaveCount(0);
  await expect(page.getByText('kill 4321', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Everything about port 3000' })).toBeVisible();
  // A listing of several ports asks which one.
  await box(page).fill(
    `${SS_OUTPUT}\nLISTEN 0      4096   127.0.0.53%lo:53         0.0.0.0:*    users:(("systemd-resolve",pid=612,fd=14))`,
  );
  await expect(page.getByText('The output shows several ports')).toBeVisible();
  await expect(page.locator('.verdict')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Port to look for' }).fill('53');
  await expect(page.locator('.verdict')).toContainText('systemd-resolve');
});

test('gibberish gets an honest "I can\'t tell", and a port given shows the general commands', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/doctor?os=linux');
  await box(page).fill('the frobnicator went sideways again, please help');
  await expect(page.getByRole('status').filter({ hasText: "I can't tell" })).toHaveText(
    "I can't tell from this text why it failed.",
  );
  await expect(page.getByText('none found')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you can do' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Which port was it?' }).fill('99999');
  await expect(page.getByRole('alert')).toContainText('too large');
  await page.getByRole('textbox', { name: 'Which port was it?' }).fill('8080');
  await expect(page.getByText("sudo ss -ltnp 'sport = :8080'")).toBeVisible();
});

test('empty input gets a hint, and more than 1 MB is read in part and says so', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/doctor?os=linux');
  await expect(page.getByText('Nothing to read yet.')).toBeVisible();
  await box(page).fill('   \n  ');
  await expect(page.getByText('Nothing to read yet.')).toBeVisible();
  // Set in one go: typing 1 MB through fill() takes the test most of its time.
  await box(page).evaluate(
    (el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    `${NODE_3000}\n${'x'.repeat(1_100_000)}`,
  );
  await expect(page.getByRole('alert')).toHaveText(
    'That is more than 1 MB of text; only the first 1 MB was read.',
  );
  await expect(page.getByText("sudo ss -ltnp 'sport = :3000'")).toBeVisible();
});

test('keyboard only: paste, reach Copy with Tab, copy with Enter', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await context.grantPermissions(['clipboard-write']);
  const copies = await recordCopies(page);
  await page.goto('/doctor?os=linux');
  // From the top of the page, Tab reaches the text box.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await box(page).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(box(page)).toBeFocused();
  await page.keyboard.insertText('Error: listen EADDRINUSE: address already in use :::3000');
  let name = '';
  for (let i = 0; i < 20 && !name.startsWith('Copy'); i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  expect(name).toBe('Copy Which process listens (ss)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeAttached();
  expect(await copies()).toEqual(["sudo ss -ltnp 'sport = :3000'"]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the doctor's answers (${scheme})`, async ({
    page,
    problems,
  }) => {
    void problems;
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/doctor?os=linux');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const text of [NODE_3000, KESTREL_10013, SS_OUTPUT, 'no idea what this is']) {
      await box(page).fill(text);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await axeViolations(page), text.slice(0, 40)).toEqual([]);
    }
  });
}
