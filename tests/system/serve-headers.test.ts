/** `npm start` (vite preview) and the benchmark's static host send the security headers. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticHost } from '../../scripts/bench/static-host.js';
import { SECURITY_HEADERS } from '../../scripts/lib/security-headers.js';

/** The first port from `from` on that nothing listens on (4185 and up: clear of other suites). */
async function freePort(from = 4185): Promise<number> {
  for (let port = from; port < from + 200; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen({ host: '127.0.0.1', port }, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}

let site: string;

beforeAll(() => {
  // A stand-in for dist/: the headers do not depend on what is served.
  site = mkdtempSync(join(tmpdir(), 'portwise-headers-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Portwise</title>');
  writeFileSync(join(site, 'app.js'), 'export {};');
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Fetches each path and expects every security header, exactly as the shared module says. */
async function expectHeaders(baseUrl: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const response = await fetch(new URL(path, baseUrl));
    await response.arrayBuffer();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  }
}

describe('servers of the built app send the security headers', () => {
  test('npm start (vite preview, with vite.config.ts)', async () => {
    const port = await freePort();
    const server = await preview({
      configFile: join(import.meta.dirname, '../../vite.config.ts'),
      build: { outDir: site },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
      logLevel: 'silent',
    });
    try {
      // The page, a script, and a deep link answered by the single-page fallback.
      await expectHeaders(`http://127.0.0.1:${port}`, ['/', '/app.js', '/port/443']);
    } finally {
      await server.close();
    }
  });

  test("the benchmark's static host", async () => {
    const host = await startStaticHost(site, await freePort());
    try {
      await expectHeaders(host.baseUrl, ['/', '/app.js', '/port/443', '/missing.png']);
    } finally {
      await host.stop();
    }
  });
});
