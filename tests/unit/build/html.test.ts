import { expect, test } from 'vitest';
import { stylesheetsFirst } from '../../../scripts/lib/html.js';

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
