/**
 * Every package the project's own code imports is one it declares in package.json: a package that
 * is only there because another one depends on it can go away with that one's next release (as
 * `jiti` was, used by scripts/catalogue-i18n.js and installed only for Paraglide).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
]);

/** The project's own source files: what it writes, not what it generates or installs. */
function sources(dir: string): string[] {
  const skip = new Set(['node_modules', 'dist', 'generated', 'reports', 'test-results', '.git']);
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : sources(path);
    return /\.(js|mjs|ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or undefined. */
function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|virtual:|data:|https?:)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return name && !builtinModules.includes(name) ? name : undefined;
}

/** Import and export statements (with `from`, or of a module alone) and dynamic imports. */
const IMPORTS = [
  /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

test('a package name is read from a specifier', () => {
  expect(packageOf('svelte/server')).toBe('svelte');
  expect(packageOf('@playwright/test')).toBe('@playwright/test');
  expect(packageOf('@sveltejs/vite-plugin-svelte/extra')).toBe('@sveltejs/vite-plugin-svelte');
  expect(packageOf('./x.ts')).toBeUndefined();
  expect(packageOf('node:fs')).toBeUndefined();
  expect(packageOf('fs')).toBeUndefined();
  expect(packageOf('virtual:portwise-slices')).toBeUndefined();
});

test("every package the project's code imports is declared in package.json", () => {
  const undeclared: string[] = [];
  for (const file of sources(root)) {
    const text = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of IMPORTS.flatMap((pattern) => [...text.matchAll(pattern)])) {
      // A specifier built from a variable (a test's own snippet) names no package.
      const name = specifier.includes('${') ? undefined : packageOf(specifier);
      if (name && !declared.has(name)) undeclared.push(`${relative(root, file)}: ${specifier}`);
    }
  }
  expect(undeclared).toEqual([]);
});
