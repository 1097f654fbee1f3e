/** The output reader on a port page: verdicts that never call a held port free, and what to do next. */
import { expect, openOtherChecks, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function paste(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: /output/ }).fill(text);
}

const verdict = (page: Page) => page.locator('.paste .verdict');

test('our own PowerShell listener output reads as a TCP listener', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/3000?os=windows');
  await paste(
    page,
    [
      'LocalAddress LocalPort OwningProcess ProcessName',
      '------------ --------- ------------- -----------',
      '::                3000         15232 node',
    ].join('\n'),
  );
  await expect(verdict(page)).toContainText('Listening: node (PID 15232) on [::]:3000/tcp');
  await expect(page.getByText('taskkill /PID 15232')).toBeVisible();
});

test('Windows output on a Linux page offers the Windows stop commands', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/3000?os=linux');
  await paste(
    page,
    '  TCP    0.0.0.0:3000           0.0.0.0:0              ESCUCHANDO       15232',
  );
  await expect(verdict(page)).toContainText('Listening: PID 15232');
  await expect(page.getByText('taskkill /PID 15232')).toBeVisible();
  await expect(page.getByText('Stop-Process -Id 15232')).toBeVisible();
  await expect(page.getByText('kill 15232', { exact: true })).toHaveCount(0);
  await expect(page.getByText('These are Windows commands')).toBeVisible();
  // The stop heading sits under the section's h2 as an h3 (axe heading order).
  await expect(page.getByRole('heading', { level: 3, name: /^Stop / })).toBeVisible();
});

test('an empty lsof paste is not shown as free', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/8080?os=linux');
  await page.getByLabel('Printed by').selectOption('lsof');
  await expect(verdict(page)).toContainText('No process you can see uses port 8080');
  await expect(verdict(page)).not.toHaveClass(/free/);
  await expect(verdict(page)).toHaveClass(/unsure/);
});

test('output about another port says so and is never free', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/47123?os=linux');
  await paste(
    page,
    'LISTEN 0      511          0.0.0.0:3000       0.0.0.0:*     users:(("node",pid=4321,fd=20))',
  );
  await expect(verdict(page)).toContainText('This output is about port 3000, not 47123');
  await expect(verdict(page)).not.toHaveClass(/free/);
});

test('PIDs 0, 1 and 4 are explained, never offered to stop, and odd PIDs keep the verdict', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/80?os=windows');
  await paste(page, '  TCP    0.0.0.0:80             0.0.0.0:0              LISTENING       4');
  await expect(
    page.getByRole('heading', { name: 'PID 4 is Windows itself (System)' }),
  ).toBeVisible();
  await expect(page.getByText('netsh http show servicestate')).toBeVisible();
  await expect(page.getByText('taskkill /PID 4')).toHaveCount(0);
  await paste(page, 'LISTEN 0 511 0.0.0.0:80 0.0.0.0:* users:(("systemd",pid=1,fd=20))');
  await expect(
    page.getByRole('heading', { name: 'PID 1 is the system, not a program' }),
  ).toBeVisible();
  await expect(page.getByText(/^kill 1$/)).toHaveCount(0);
  for (const pid of ['0', '4294967296']) {
    await paste(page, `LISTEN 0 511 0.0.0.0:80 0.0.0.0:* users:(("x",pid=${pid},fd=20))`);
    await expect(verdict(page)).toContainText('Listening');
  }
});

test('a loopback connection to the port says something listens', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/8080?os=linux');
  await paste(
    page,
    'ESTAB 0      0      [::ffff:127.0.0.1]:51234 [::ffff:127.0.0.1]:8080 users:(("java",pid=900,fd=5))',
  );
  await expect(verdict(page)).toContainText('Something on this machine listens on port 8080');
  await expect(verdict(page)).toHaveClass(/busy/);
});

test('checks from another machine show only the chosen platform’s tools', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/443?os=windows');
  await openOtherChecks(page);
  const reach = page.locator('section', { has: page.getByRole('heading', { name: /reachable/ }) });
  await expect(
    reach.getByText('Test-NetConnection -ComputerName localhost -Port 443'),
  ).toBeVisible();
  await expect(reach.getByText(/^nc /)).toHaveCount(0);
  await expect(reach.getByText(/not installed by default/).first()).toBeVisible();
  await page.goto('/port/443?os=macos');
  await openOtherChecks(page);
  await expect(reach.getByText('nc -zv -G 5 localhost 443')).toBeVisible();
  await expect(reach.getByText('Test-NetConnection', { exact: false })).toHaveCount(0);
  await expect(reach.getByText('nmap -p 443 localhost; nmap -6 -p 443 localhost')).toBeVisible();
});
