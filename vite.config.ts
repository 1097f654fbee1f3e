import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { Knowledge } from './app/core/ports/knowledge.ts';
import type { KnowledgeData } from './app/core/ports/knowledge-data.ts';
import { planSlices, sliceData, sliceEndFor } from './app/core/ports/slices.ts';

/**
 * `virtual:knowledge-slices`: cuts app/generated/knowledge.json into slices (app/core/ports/slices.ts),
 * writes them under a folder named by the data's hash, and exports where they are.
 */
function knowledgeSlices(): Plugin {
  const id = 'virtual:knowledge-slices';
  const dataPath = 'app/generated/knowledge.json';
  let base = '/';
  let building = false;
  let files = new Map<string, string>();
  function cut() {
    const text = readFileSync(dataPath, 'utf8');
    const data = JSON.parse(text) as KnowledgeData;
    const whole = new Knowledge(data);
    const folder = `assets/slices-${createHash('sha256').update(text).digest('hex').slice(0, 10)}/`;
    const starts = planSlices(data);
    files = new Map(
      starts.map((from) => [
        `${folder}${from}.json`,
        JSON.stringify(sliceData(data, whole, from, sliceEndFor(starts, from))),
      ]),
    );
    return { base: `${base}${folder}`, starts };
  }
  return {
    name: 'portwise-knowledge-slices',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(dataPath);
      const index = cut();
      if (building)
        for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      return `export default ${JSON.stringify(index)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const source = files.get((req.url ?? '').slice(base.length).split('?')[0] ?? '');
        if (source === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(source);
      });
    },
  };
}

const themeLight = '#0f5e9c';
const background = '#ffffff';

export default defineConfig({
  plugins: [
    svelte(),
    knowledgeSlices(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'worker',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'robots.txt', 'apple-touch-icon.png'],
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,txt}'],
        // Slices serve first visits over the network; offline pages read the whole base.
        globIgnores: ['**/slices-*/**'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Portwise — what is this port?',
        short_name: 'Portwise',
        description:
          'What is this port, and what is using it on my machine? Every TCP/UDP port explained, with the exact commands to check it. Works offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: themeLight,
        background_color: background,
        lang: 'en',
        categories: ['developer', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  json: { stringify: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
