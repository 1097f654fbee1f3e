import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineStylesheets, stylesheetsFirst } from '../../../../scripts/lib/html.js';

const built = [
  '<head>',
  '    <title>x</title>',
  '    <script type="module" crossorigin src="/assets/index-a.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/routes-b.js">',
  '    <link rel="stylesheet" crossorigin href="/assets/index-c.css">',
  '    <link rel="stylesheet" crossorigin href="/assets/more-d.css">',
  '  <link rel="manifest" href="/manifest.webmanifest"></head>',
].join('\n');

test('stylesheets move before the entry script, in their order, on lines of their own', () => {
  expect(stylesheetsFirst(built)).toBe(
    [
      '<head>',
      '    <title>x</title>',
      '    <link rel="stylesheet" crossorigin href="/assets/index-c.css">',
      '    <link rel="stylesheet" crossorigin href="/assets/more-d.css">',
      '    <script type="module" crossorigin src="/assets/index-a.js"></script>',
      '    <link rel="modulepreload" crossorigin href="/assets/routes-b.js">',
      '  <link rel="manifest" href="/manifest.webmanifest"></head>',
    ].join('\n'),
  );
});

test('a page whose stylesheets already lead, or that has no module script, is unchanged', () => {
  const once = stylesheetsFirst(built);
  expect(stylesheetsFirst(once)).toBe(once);
  const noScript = '<head>\n  <link rel="stylesheet" href="/a.css">\n</head>';
  expect(stylesheetsFirst(noScript)).toBe(noScript);
  const noSheet = '<head>\n  <script type="module" src="/a.js"></script>\n</head>';
  expect(stylesheetsFirst(noSheet)).toBe(noSheet);
});

const page = [
  '<head>',
  '    <meta',
  '      http-equiv="Content-Security-Policy"',
  `      content="default-src 'self'; object-src 'none'"`,
  '    />',
  '    <link rel="stylesheet" crossorigin href="/assets/index-c.css">',
  '    <script type="module" crossorigin src="/assets/index-a.js"></script>',
  '</head>',
].join('\n');

test('an inlined stylesheet replaces its link and is allowed by its hash, and nothing else is', () => {
  const css = 'body{margin:0}';
  const out = inlineStylesheets(page, (href) => (href === '/assets/index-c.css' ? css : ''));
  expect(out).not.toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/index-c\.css">/);
  expect(out).toContain(`    <style>${css}</style>\n    <script type="module"`);
  const hash = createHash('sha256').update(css).digest('base64');
  expect(out).toContain(
    `content="default-src 'self'; object-src 'none'; style-src 'self' 'sha256-${hash}'"`,
  );
  expect(out).not.toContain('unsafe-inline');
});

test('inlining refuses a page without a link or a CSP, a CSP with a style-src, and CSS that would close the block', () => {
  const noLink = page.replace(/\n.*<link rel="stylesheet".*/, '');
  expect(() => inlineStylesheets(noLink, () => 'a{}')).toThrow(/no <link/);
  const noCsp = page.replace(/<meta[\s\S]*?\/>/, '');
  expect(() => inlineStylesheets(noCsp, () => 'a{}')).toThrow(/Content-Security/);
  const styled = page.replace("object-src 'none'", "style-src 'self'");
  expect(() => inlineStylesheets(styled, () => 'a{}')).toThrow(/already has a style-src/);
  expect(() => inlineStylesheets(page, () => 'a{content:"</style>"}')).toThrow(/end the <style>/);
});

test('every stylesheet of a page is inlined, each allowed by its own hash in one style-src', () => {
  const two = page.replace(
    '<script type="module"',
    '<link rel="stylesheet" crossorigin href="/assets/more-d.css">\n    <script type="module"',
  );
  const css: Record<string, string> = { '/assets/index-c.css': 'a{}', '/assets/more-d.css': 'b{}' };
  const out = inlineStylesheets(two, (href) => css[href] ?? '');
  expect(out).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)/);
  expect(out).toContain('    <style>a{}</style>\n    <style>b{}</style>\n    <script');
  const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  expect(out).toContain(`style-src 'self' ${hashOf('a{}')} ${hashOf('b{}')}"`);
  expect(out.match(/style-src/g)).toHaveLength(1);
});

test('each inlined sheet leaves a disabled link, so the chunk loader does not fetch it again', () => {
  // Vite's loader adds a sheet only when no link[rel=stylesheet] with its href is in the page.
  const out = inlineStylesheets(page, () => 'a{}');
  expect(out).toContain('<link rel="stylesheet" href="/assets/index-c.css" disabled></head>');
  expect(out.match(/index-c\.css/g)).toHaveLength(1);
  expect(() => inlineStylesheets(page.replace('</head>', ''), () => 'a{}')).toThrow(/<\/head>/);
});
