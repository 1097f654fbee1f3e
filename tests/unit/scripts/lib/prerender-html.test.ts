import { describe, expect, test } from 'vitest';
import { bootScript, chunkFiles, pageHtml } from '../../../../scripts/lib/prerender-html.js';

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
      content="default-src 'self'; object-src 'none'"
    />
    <title>Portwise — generic</title>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
    <script type="module" crossorigin src="/assets/index-1.js"></script>
  </head>
  <body>
    <div id="app">
      <main id="main" class="shell-main">
        <noscript>Portwise needs JavaScript to run.</noscript>
      </main>
    </div>
  </body>
</html>`;

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
    // A disabled link is never fetched; the app's chunk loader sees it and adds no other.
    expect(html).toContain('<link rel="stylesheet" href="/assets/checking-2.css" disabled>');
    const csp = /Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp.match(/'sha256-/g)).toHaveLength(3);
  });

  test('the app starts from a boot module, after the first paint, and is not preloaded', () => {
    const boot = bootScript(template);
    expect(boot.entry).toBe('/assets/index-1.js');
    expect(boot.file).toBe('/assets/boot-1.js');
    expect(boot.source).toContain('import("/assets/index-1.js")');
    expect(boot.source).toContain('requestAnimationFrame');
    expect(html).toContain('<script type="module" src="/assets/boot-1.js"></script>');
    expect(html).not.toContain('src="/assets/index-1.js"');
    expect(html).not.toContain('modulepreload');
  });

  test('the body goes into #app as it is, `$` patterns included, marked with its path', () => {
    expect(html).toContain(
      `<div id="app" data-prerendered="/port/443"><h1>Port 443</h1><code>awk '{print $1}' $&</code></div>`,
    );
    expect(html).not.toContain('Portwise needs JavaScript to run.');
    expect(html).toMatch(/<noscript><p class="no-script">JavaScript is off/);
  });

  test('a template without a title or #app is an error, not a page without content', () => {
    expect(() => pageHtml(template.replace(/<title>.*<\/title>/, ''), page, read)).toThrow(/title/);
    expect(() => pageHtml(template.replace('id="app"', 'id="root"'), page, read)).toThrow(/app/);
  });
});
