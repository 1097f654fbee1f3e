// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const svelteOrIdb = [
  { group: ['svelte', 'svelte/*', '*.svelte'], message: 'Core code is framework-free.' },
  { group: ['idb', 'idb/*'], message: 'Only app/storage may import idb.' },
];
const upward = (/** @type {string[]} */ folders) =>
  folders.map((f) => ({
    group: [`**/${f}/**`, `../${f}/*`, `../../${f}/*`],
    message: `This layer may not import from app/${f}.`,
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
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
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
        { patterns: [...svelteOrIdb, ...upward(['storage', 'state', 'views', 'components'])] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'location',
      ],
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
            ...upward(['state', 'views', 'components']),
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
            ...upward(['storage']),
          ],
        },
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
              group: ['../app/*', '../app/**'],
              message: 'The service worker does not import app code.',
            },
          ],
        },
      ],
    },
  },
);
