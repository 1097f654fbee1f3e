/**
 * The layer rules in eslint.config.js, proved: each deliberately bad snippet, linted as if it sat
 * in a layer's folder, must be reported by the rule that guards that layer, and a good snippet in
 * each layer must pass. Removing or loosening a rule makes its case fail here.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Lints `code` as the file `path` (it need not exist) and returns every message. */
async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}`, warnIgnored: true });
  return result?.messages ?? [];
}

const imports = 'no-restricted-imports';
const globals = 'no-restricted-globals';
const syntax = 'no-restricted-syntax';

/** A bad snippet: `code` in `path` must get an error from `rule`. */
interface BadCase {
  name: string;
  path: string;
  code: string;
  rule: string;
}

/** Makes bad cases for one file of a layer. */
const at =
  (layer: string, path: string) =>
  (what: string, code: string, rule: string): BadCase => ({
    name: `${layer}: ${what} (${path})`,
    path,
    code,
    rule,
  });

/** A Svelte component whose script is `script` and whose markup is `markup`. */
const component = (script: string, markup = '') =>
  `<script lang="ts">\n${script}\n</script>\n\n${markup}\n`;

/** A component that imports `source`, statically or with `import()`. */
const importing = (source: string, dynamic = false) =>
  component(
    dynamic
      ? `const m = import('${source}');\nvoid m;`
      : `import * as m from '${source}';\nvoid m;`,
  );

/** Globals that fetch, wait or reach the page; app/core may use none of them. */
const impureGlobals = [
  ...['fetch', 'setTimeout', 'setInterval', 'self', 'globalThis', 'window', 'navigator'],
  ...['document', 'indexedDB', 'localStorage', 'location', 'requestAnimationFrame'],
  'requestIdleCallback',
];

const core = at('core', 'app/core/ports/bad.ts');
const load = at('load', 'app/load/bad.ts');
const storage = at('storage', 'app/storage/bad.ts');
const state = at('state', 'app/state/bad.ts');
const helper = at('components', 'app/components/bad.ts');
const worker = at('worker', 'worker/bad.ts');

const bad: BadCase[] = [
  ...impureGlobals.map((g) => core(`the global ${g}`, `export const touch = () => ${g};`, globals)),
  core('dynamic import()', `export const m = () => import('./search.ts');`, syntax),
  core('svelte', `export { mount } from 'svelte';`, imports),
  core('svelte/store', `export { writable } from 'svelte/store';`, imports),
  core('a .svelte file', `export { default } from './X.svelte';`, imports),
  core('idb', `export { openDB } from 'idb';`, imports),
  core('a storage file', `export * from '../../storage/history.ts';`, imports),
  core('the storage folder', `export * from '../../storage';`, imports),
  core('storage/index.ts', `export * from '../../storage/index.ts';`, imports),
  core('state', `export * from '../../state/knowledge.svelte.ts';`, imports),
  core('load', `export * from '../../load/knowledge.ts';`, imports),
  load('svelte', `export { untrack } from 'svelte';`, imports),
  load('idb', `export { openDB } from 'idb';`, imports),
  load('the storage folder', `export * from '../storage';`, imports),
  load('state', `export * from '../state/knowledge.svelte.ts';`, imports),
  load('a component', `export { default } from '../components/X.svelte';`, imports),
  load('the global indexedDB', `export const db = () => indexedDB;`, globals),
  storage('svelte', `export { SvelteMap } from 'svelte/reactivity';`, imports),
  storage('state', `export * from '../state/history.svelte.ts';`, imports),
  storage('the state folder', `export * from '../state';`, imports),
  storage('load', `export * from '../load/knowledge.ts';`, imports),
  state('a component', `export { default } from '../components/CopyButton.svelte';`, imports),
  state('the views folder', `export * from '../views';`, imports),
  state('idb', `export { openDB } from 'idb';`, imports),
  state('idb, dynamically', `export const open = () => import('idb');`, syntax),
  ...['views/Bad.svelte', 'components/Bad.svelte'].flatMap((file) => {
    const view = at(file.split('/')[0] ?? '', `app/${file}`);
    return [
      view('idb', importing('idb'), imports),
      view('a storage file', importing('../storage/history.ts'), imports),
      view('the storage folder', importing('../storage'), imports),
      view('storage/index.ts', importing('../storage/index.ts'), imports),
      view('app/storage', importing('app/storage'), imports),
      view('load', importing('../load/knowledge.ts'), imports),
      view('idb, dynamically', importing('idb', true), syntax),
      view('a storage file, dynamically', importing('../storage/history.ts', true), syntax),
      view('the storage folder, dynamically', importing('../../storage', true), syntax),
      view('load, dynamically', importing('../load/knowledge.ts', true), syntax),
      view('the global indexedDB', component('void indexedDB;'), globals),
      view('the storage handle in app/state', importing('../state/database.svelte.ts'), imports),
      view(
        'the storage handle, dynamically',
        importing('../state/database.svelte.ts', true),
        syntax,
      ),
    ];
  }),
  helper('storage from a .ts file', `export * from '../storage/index.ts';`, imports),
  helper('storage, dynamically', `export const s = () => import('../storage');`, syntax),
  worker('app code', `export * from '../app/routes.ts';`, imports),
  worker('the app folder', `export * from '../app';`, imports),
];

/** [file, code]: code that keeps its layer's rules, in each layer's folder. */
const good: [string, string][] = [
  [
    'app/core/ports/good.ts',
    `import data from '../../generated/knowledge.json';
import type { KnowledgeData } from './knowledge-data.ts';
import { lowerBound } from './sorted.ts';
export const first = () => lowerBound((data as unknown as KnowledgeData).blocked.ports, 1);`,
  ],
  [
    'app/load/good.ts',
    `import dataUrl from '../generated/knowledge.json?url';
import slices from 'virtual:knowledge-slices';
import { sliceStartFor } from '../core/ports/slices.ts';
export async function get(port: number) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const mod = await import('./knowledge-module.ts');
  return [mod, await fetch(dataUrl), sliceStartFor(slices.starts, port)];
}`,
  ],
  [
    'app/storage/good.ts',
    `import { openDB } from 'idb';
import type { PortInfo } from '../core/ports/types.ts';
export const open = (info: PortInfo) => openDB(String(info));`,
  ],
  [
    'app/state/good.ts',
    `import { untrack } from 'svelte';
import { loadKnowledge } from '../load/knowledge.ts';
import { lowerBound } from '../core/ports/sorted.ts';
export const run = () => untrack(() => [loadKnowledge, lowerBound, import('../storage')]);`,
  ],
  [
    'app/views/Good.svelte',
    component(
      `import CopyButton from '../components/CopyButton.svelte';
import { knowledgeState } from '../state/knowledge.svelte.ts';
import { lowerBound } from '../core/ports/sorted.ts';
const more = import('./port/Uses.svelte');`,
      `<CopyButton text={String(lowerBound([1], 1))} />
<p>{knowledgeState.status}</p>
{#await more}<p>…</p>{/await}`,
    ),
  ],
  [
    'worker/good.ts',
    `import { precacheAndRoute } from 'workbox-precaching';\nprecacheAndRoute([]);`,
  ],
];

describe('eslint layer rules', { timeout: 60_000 }, () => {
  test.each(bad)('$name is an error', async ({ path, code, rule }) => {
    const messages = await lint(path, code);
    const errors = messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
    expect(errors, JSON.stringify(messages)).toContain(rule);
  });

  test.each(good)('a good snippet in %s lints clean', async (path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
