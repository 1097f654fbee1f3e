import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { BOOT_LOADER, BOOT_LOADER_HASH } from '../../../../scripts/lib/boot-loader.js';
import { chunkFiles, entryScript, pageHtml } from '../../../../scripts/lib/prerender-html.js';

const manifest = {
  'index.html': { file: 'assets/index-1.js', css: ['assets/index-1.css'] },
  '_checking-9z.js': {
    file: 'assets/checking-9z.js',
    css: ['assets/checking-2.css'],
    imports: ['index.html', '_runtime-3.js'],
  },
  '_runtime-3.js': { file: 'assets/runtime-3.js' },
  'app/views/port/PortDetails.svelte': {
    file: 'assets/PortDetails-4.js',
    css: ['assets/PortDetails-4.css'],
    imports: ['index.html', '_checking-9z.js'],
  },
};

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self' ${BOOT_LOADER_HASH}; object-src 'none'"
    />
    <title>Portwise — generic</title>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="manifest" href="/manifest.webmanifest">
  </head>
  <body>
    <div id="app">
      <main id="main" class="shell-main">
        <noscript>Portwise needs JavaScript to run.</noscript>
      </main>
    </div>
  </body>
</html>`;

/** `text` as a regular expression that matches it literally. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('chunkFiles', () => {
  test("a chunk's own files and its imports', once each, imports first", () => {
    expect(chunkFiles(manifest, ['app/views/port/PortDetails.svelte'])).toEqual({
      css: ['/assets/index-1.css', '/assets/checking-2.css', '/assets/PortDetails-4.css'],
      js: [
        '/assets/index-1.js',
        '/assets/runtime-3.js',
        '/assets/checking-9z.js',
        '/assets/PortDetails-4.js',
      ],
    });
  });

  test('a group chunk is found by its name, and an unknown chunk is an error', () => {
    expect(chunkFiles(manifest, ['_checking']).js).toContain('/assets/checking-9z.js');
    expect(() => chunkFiles(manifest, ['app/views/Nope.svelte'])).toThrow(/no chunk for/);
  });
});

describe('pageHtml', () => {
  const page = {
    path: '/port/443',
    head: '<title>Port 443 (HTTPS) · Portwise</title><meta name="description" content="d">',
    body: "<h1>Port 443</h1><code>awk '{print $1}' $&</code>",
    css: ['/assets/index-1.css', '/assets/checking-2.css'],
  };
  const sheets: Record<string, string> = {
    '/assets/index-1.css': 'body{margin:0}',
    '/assets/checking-2.css': '.card{padding:1px}',
    '/no-script.css': '.copy{display:none}',
  };
  const read = (href: string) => {
    const css = sheets[href];
    if (css === undefined) throw new Error(`no ${href}`);
    return css;
  };
  const html = pageHtml(template, page, read);

  test('one title, the page’s own, and the generic one gone', () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>Port 443 (HTTPS) · Portwise</title>');
  });

  test('every stylesheet is inline, allowed by hash, and the lazy ones marked as there', () => {
    expect(html).toContain('<style>body{margin:0}</style>');
    expect(html).toContain('<style>.card{padding:1px}</style>');
    expect(html).toContain('<noscript><style>.copy{display:none}</style></noscript>');
    expect(html).not.toMatch(
      /<link rel="stylesheet" (crossorigin )?href="\/assets\/index-1\.css">/,
    );
    // A disabled link is never fetched; the app's chunk loader sees it and adds no other. The
    // first paint's own sheet too: a lazy chunk may list it.
    expect(html).toContain('<link rel="stylesheet" href="/assets/checking-2.css" disabled>');
    expect(html).toContain('<link rel="stylesheet" href="/assets/index-1.css" disabled>');
    const csp = /Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    const styles = /style-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(styles.match(/'sha256-/g)).toHaveLength(3);
  });

  test('the app is started by the inline loader after #app, and nothing is requested before', () => {
    expect(entryScript(template)).toBe('/assets/index-1.js');
    const body = html.slice(html.indexOf('<body'));
    expect(body).toMatch(
      new RegExp(
        `<div id="app" data-prerendered="/port/443">[\\s\\S]*</div><script data-entry="/assets/index-1.js">${escaped(BOOT_LOADER)}</script>`,
      ),
    );
    // No script of the app in the head, nor any other request the parser would make early.
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/<script\b/);
    expect(html).not.toMatch(/\ssrc=|modulepreload/);
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  test('the manifest link is left out: the app adds it with its service worker', () => {
    // Chromium fetches a linked manifest at once; a request that ends before the first paint
    // counts in Lighthouse's simulated LCP.
    expect(template).toContain('rel="manifest"');
    expect(html).not.toContain('manifest');
  });

  test('the loader, the same text on every page, is allowed by its hash in the CSP', () => {
    const csp = /Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`script-src 'self' ${BOOT_LOADER_HASH}`);
    const digest = createHash('sha256').update(BOOT_LOADER).digest('base64');
    expect(BOOT_LOADER_HASH).toBe(`'sha256-${digest}'`);
  });

  test('the body goes into #app as it is, `$` patterns included, marked with its path', () => {
    expect(html).toContain(
      `<div id="app" data-prerendered="/port/443"><h1>Port 443</h1><code>awk '{print $1}' $&</code></div>`,
    );
    expect(html).not.toContain('Portwise needs JavaScript to run.');
    expect(html).toMatch(/<noscript><p class="no-script">JavaScript is off/);
  });

  test('a template whose CSP would block the loader is an error, not a page that never starts', () => {
    const blocking = template.replace(` ${BOOT_LOADER_HASH}`, '');
    expect(() => pageHtml(blocking, page, read)).toThrow(/loader/);
  });

  test('a template without a title or #app is an error, not a page without content', () => {
    expect(() => pageHtml(template.replace(/<title>.*<\/title>/, ''), page, read)).toThrow(/title/);
    expect(() => pageHtml(template.replace('id="app"', 'id="root"'), page, read)).toThrow(/app/);
  });
});
