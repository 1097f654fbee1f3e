import { describe, expect, test } from 'vitest';
import { fileFor } from '../../../../scripts/lib/clean-urls.js';

const site = new Set(['/index.html', '/shell.html', '/port/443.html', '/range/0-1023.html']);
const exists = (f: string) => site.has(f);

describe('fileFor: how a host answers an address', () => {
  test.each([
    ['/', '/index.html'],
    ['/port/443', '/port/443.html'],
    ['/port/443/', '/port/443.html'],
    ['/range/0-1023', '/range/0-1023.html'],
    // No page of its own: the app shell, which the app fills in.
    ['/port/12346', '/shell.html'],
    ['/history', '/shell.html'],
    ['/search', '/shell.html'],
    ['/port/', '/shell.html'],
  ])('%s → %s', (path, file) => expect(fileFor(path, exists)).toBe(file));

  test('a file is served by its own name, or not found', () => {
    expect(fileFor('/assets/index-abc.js', exists)).toBeUndefined();
    expect(fileFor('/robots.txt', exists)).toBeUndefined();
    expect(fileFor('/port/443.html', exists)).toBeUndefined();
  });

  test('a build without prerendered pages falls back to index.html', () => {
    expect(fileFor('/port/443', (f) => f === '/index.html')).toBe('/index.html');
  });

  describe('each language is a site of its own under its prefix', () => {
    const withLanguages = new Set([...site, '/de/index.html', '/ja/index.html', '/ja/shell.html']);
    const has = (f: string) => withLanguages.has(f);
    test.each([
      ['/de/', '/de/index.html'],
      ['/de', '/de/index.html'],
      // Not prerendered: the language's own index.html is its shell.
      ['/de/port/22', '/de/index.html'],
      ['/de/history', '/de/index.html'],
      // A language with a shell of its own answers with that.
      ['/ja/search', '/ja/shell.html'],
      // Not one of the languages, or one that was not built: the English site answers.
      ['/xx/port/22', '/shell.html'],
      ['/fr/port/22', '/shell.html'],
    ])('%s → %s', (path, file) => expect(fileFor(path, has)).toBe(file));

    test("a language's files are served by their own name", () => {
      expect(fileFor('/de/assets/index-abc.js', has)).toBeUndefined();
      expect(fileFor('/de/sw.js', has)).toBeUndefined();
    });
  });
});
