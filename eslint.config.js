// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/*
 * The layers of the design notes, enforced per folder (tests/unit/lint/layers.test.ts proves each
 * rule fails on a bad import):
 *   core        pure functions and data types: no svelte, idb, DOM, network, timers or import()
 *   load        how data and chunks reach the page (fetch, timers, `?url`, virtual modules,
 *               import()); imports core only, so it stays a thin layer that state drives
 *   storage     the only code that touches IndexedDB; no svelte, nothing above it
 *   state       reactive state; imports core, load and storage, never components or idb
 *   views, components   imports state, core and components; storage, load and idb only via state
 *   worker      the service worker; no app code
 */
const svelteOrIdb = [
  { group: ['svelte', 'svelte/*', '*.svelte'], message: 'Core code is framework-free.' },
  { group: ['idb', 'idb/*'], message: 'Only app/storage may import idb.' },
];
/** Bans imports from app/<folder> by any path: `../storage`, `../../storage/x.ts`, `app/storage`. */
const upward = (/** @type {string[]} */ folders) =>
  folders.map((f) => ({
    group: [`**/${f}`, `**/${f}/**`],
    message: `This layer may not import from app/${f}.`,
  }));
/** Bans dynamic `import()` of a module whose specifier matches `pattern` (an esquery regex). */
const noDynamicImport = (/** @type {string} */ pattern, /** @type {string} */ message) => ({
  selector: `ImportExpression[source.value=/${pattern}/]`,
  message,
});
const idbPattern = '^idb(\\/|$)';
/** Globals that fetch, wait or reach the page: core must not touch them. */
const impure = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'indexedDB',
  'location',
  'self',
  'globalThis',
  'fetch',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'requestIdleCallback',
].map((name) => ({
  name,
  message: 'Core is pure; loading and timing belong in app/load or app/state.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'app/generated/**',
      'reports/**',
      'test-results/**',
      '*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    // __PORTWISE_ORIGIN__: the site's origin, put in by vite.config.ts (`define`).
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __PORTWISE_ORIGIN__: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    files: ['app/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...svelteOrIdb,
            ...upward(['load', 'storage', 'state', 'views', 'components']),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impure],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'Core is pure; chunks are loaded by app/load.' },
      ],
    },
  },
  {
    files: ['app/load/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '*.svelte'], message: 'Loading is framework-free.' },
            { group: ['idb', 'idb/*'], message: 'Only app/storage may import idb.' },
            ...upward(['storage', 'state', 'views', 'components']),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'indexedDB'],
    },
  },
  {
    files: ['app/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '*.svelte'], message: 'Storage is framework-free.' },
            ...upward(['load', 'state', 'views', 'components']),
          ],
        },
      ],
    },
  },
  {
    files: ['app/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['idb', 'idb/*'], message: 'Only app/storage may import idb.' },
            ...upward(['views', 'components']),
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        noDynamicImport(idbPattern, 'Only app/storage may import idb.'),
      ],
    },
  },
  {
    files: ['app/views/**', 'app/components/**', 'app/App.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['idb', 'idb/*'], message: 'Views talk to storage through app/state.' },
            ...upward(['storage', 'load']),
            {
              group: ['**/state/database*'],
              message:
                'The storage handle stays inside app/state: call a named verb of historyState.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        noDynamicImport(
          `${idbPattern}|(^|\\/)(storage|load)(\\/|$)|(^|\\/)state\\/database`,
          'Views load storage and data through app/state.',
        ),
      ],
      'no-restricted-globals': ['error', 'indexedDB'],
    },
  },
  {
    files: ['worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app', '**/app/**'],
              message: 'The service worker does not import app code.',
            },
          ],
        },
      ],
    },
  },
);
