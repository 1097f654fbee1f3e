/** A port in use comes with nearby ports to use instead, and, on Windows, how to check its reservations. */
import { expect, test } from './fixtures.ts';

test('a listener in pasted ss output: other ports to pick, none common, none ephemeral', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/3000?os=linux');
  await page
    .getByRole('textbox', { name: /output/ })
    .fill('LISTEN 0 511 0.0.0.0:3000 0.0.0.0:* users:(("node",pid=4321,fd=20))');
  const free = page.getByRole('note').filter({ hasText: 'Or pick another port:' });
  await expect(free).toBeVisible();
  const ports = (await free.getByRole('link').allTextContents()).map(Number);
  expect(ports.length).toBeGreaterThan(0);
  for (const p of ports) {
    expect(p).not.toBe(3000);
    expect(p).toBeGreaterThanOrEqual(1024);
    expect(p).toBeLessThan(10000); // below FreeBSD's ephemeral range
    expect([5000, 7000]).not.toContain(p);
  }
  // Not a Windows output: no reservation check.
  await expect(free.getByText(/netsh/)).toHaveCount(0);
});

test('Windows output adds the reserved-range note and the command that lists them', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/port/8080?os=windows');
  await page
    .getByRole('textbox', { name: /output/ })
    .fill('  TCP    0.0.0.0:8080           0.0.0.0:0              LISTENING       15232');
  const free = page.getByRole('note').filter({ hasText: 'Or pick another port:' });
  await expect(free).toContainText('Windows may still refuse one of these ports');
  await expect(free.getByText('netsh int ipv4 show excludedportrange protocol=tcp')).toBeVisible();
});

test('nothing listening: no suggestions', async ({ page, problems }) => {
  void problems;
  await page.goto('/port/3000?os=linux');
  await page
    .getByRole('textbox', { name: /output/ })
    .fill('State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process');
  await expect(page.locator('.paste .verdict')).toBeVisible();
  await expect(page.getByText('Or pick another port:')).toHaveCount(0);
});

test('the doctor suggests other ports for an address already in use', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/doctor?os=linux');
  await page
    .getByRole('textbox', { name: /error/ })
    .fill('Error: listen EADDRINUSE: address already in use :::3000');
  await expect(page.getByText('Or pick another port:')).toBeVisible();
});
