// @ts-check
/** Sizes of the build: what the first paint loads, everything precached, the knowledge data and code. */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { round } from './stats.js';
import { OTHER_LOCALES } from '../lib/locales.js';

/** @typedef {import('./types.js').Figure} Figure */
/** @typedef {{ raw: number, gzip: number, brotli: number }} Size */

/** Returns raw, gzip (level 9) and brotli (quality 11) byte counts of a buffer. */
export function compressedSizes(/** @type {Buffer} */ data) {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

/** Sums the sizes of files under `dist`, given as site paths (with or without a leading slash). */
async function sumFiles(/** @type {string} */ dist, /** @type {string[]} */ paths) {
  /** @type {Size} */
  const total = { raw: 0, gzip: 0, brotli: 0 };
  /** @type {Record<string, Size>} */
  const files = {};
  for (const path of paths) {
    const size = compressedSizes(await readFile(join(dist, path.replace(/^\//, ''))));
    files[path] = size;
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return { total, files };
}

/** Reads the entry script, stylesheets and module preloads that `dist/index.html` references. */
export function firstPaintAssets(/** @type {string} */ html) {
  /** @type {string[]} */
  const js = [];
  /** @type {string[]} */
  const css = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (/** @type {string} */ name) =>
      new RegExp(`\\s${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];
    const rel = attr('rel');
    if (tag.startsWith('<script') && attr('type') === 'module' && attr('src'))
      js.push(attr('src') ?? '');
    else if (rel === 'modulepreload' && attr('href')) js.push(attr('href') ?? '');
    else if (rel === 'stylesheet' && attr('href')) css.push(attr('href') ?? '');
  }
  return { js, css };
}

/** Reads the precache manifest (url and revision pairs) that the plugin injected into `dist/sw.js`. */
export function precacheUrls(/** @type {string} */ swSource) {
  /** @type {Set<string>} */
  const urls = new Set();
  for (const m of swSource.matchAll(/\{"(?:revision|url)":[^{}]*\}/g)) {
    const entry = JSON.parse(m[0]);
    if (typeof entry.url === 'string' && 'revision' in entry) urls.add(entry.url);
  }
  if (urls.size === 0) throw new Error('no precache manifest found in dist/sw.js');
  return [...urls];
}

const kb = (/** @type {number} */ bytes) => round(bytes / 1024, 1);

/** Measures the sizes; returns the figures and per-file details. */
export async function measureSizes(/** @type {import('./types.js').BenchContext} */ ctx) {
  // The app's first paint is that of a page it builds in the browser: the shell every address
  // without a prerendered page gets (dist/index.html is the prerendered home page, which starts
  // the app through a small inline loader after painting, scripts/lib/boot-loader.js).
  const shell = existsSync(join(ctx.dist, 'shell.html')) ? 'shell.html' : 'index.html';
  const html = await readFile(join(ctx.dist, shell), 'utf8');
  const first = firstPaintAssets(html);
  if (!first.js.some((src) => /\/assets\/index-[\w-]+\.js$/.test(src)))
    throw new Error(`no app entry script (/assets/index-*.js) in dist/${shell}`);
  const js = await sumFiles(ctx.dist, first.js);
  const css = await sumFiles(ctx.dist, first.css);
  // A prerendered page paints from its HTML alone (its stylesheets are inline).
  const pages = await sumFiles(ctx.dist, ['port/443.html', 'port/60904.html']);
  const precached = precacheUrls(await readFile(join(ctx.dist, 'sw.js'), 'utf8'));
  const all = await sumFiles(ctx.dist, precached);
  const assets = await readdir(join(ctx.dist, 'assets'));
  const knowledgeFile = assets.find((f) => /^knowledge[.-].*\.json$/.test(f));
  const knowledgeCode = assets.find((f) => /^knowledge-module-.*\.js$/.test(f));
  if (!knowledgeFile) throw new Error('no dist/assets/knowledge-*.json data file');
  if (!knowledgeCode) throw new Error('no dist/assets/knowledge-module-*.js chunk');
  const knowledge = await sumFiles(ctx.dist, [`assets/${knowledgeFile}`]);
  const knowledgeJs = await sumFiles(ctx.dist, [`assets/${knowledgeCode}`]);
  const firstGzip = js.total.gzip + css.total.gzip;
  /** @type {Figure[]} */
  const figures = [
    {
      id: 'size.firstPaint.js.gzip',
      label: 'First paint JS (gzip)',
      value: kb(js.total.gzip),
      unit: 'KB',
    },
    {
      id: 'size.firstPaint.css.gzip',
      label: 'First paint CSS (gzip)',
      value: kb(css.total.gzip),
      unit: 'KB',
    },
    {
      id: 'size.firstPaint.gzip',
      label: 'First paint JS + CSS (gzip)',
      value: kb(firstGzip),
      unit: 'KB',
      budget: { max: 30 },
    },
    {
      id: 'size.firstPaint.brotli',
      label: 'First paint JS + CSS (brotli)',
      value: kb(js.total.brotli + css.total.brotli),
      unit: 'KB',
    },
    {
      id: 'size.prerendered.brotli',
      label: 'Prerendered /port/443 + /port/60904 HTML (brotli)',
      value: kb(pages.total.brotli),
      unit: 'KB',
      note: Object.entries(pages.files)
        .map(([f, size]) => `${f} ${kb(size.brotli)} KB`)
        .join(', '),
    },
    {
      id: 'size.precache.raw',
      label: `Precached, ${precached.length} files (raw)`,
      value: kb(all.total.raw),
      unit: 'KB',
    },
    { id: 'size.precache.gzip', label: 'Precached (gzip)', value: kb(all.total.gzip), unit: 'KB' },
    {
      id: 'size.precache.brotli',
      label: 'Precached (brotli)',
      value: kb(all.total.brotli),
      unit: 'KB',
    },
    {
      id: 'size.knowledge.raw',
      label: 'Knowledge data file (raw)',
      value: kb(knowledge.total.raw),
      unit: 'KB',
    },
    {
      id: 'size.knowledge.gzip',
      label: 'Knowledge data file (gzip)',
      value: kb(knowledge.total.gzip),
      unit: 'KB',
    },
    {
      id: 'size.knowledge.brotli',
      label: 'Knowledge data file (brotli)',
      value: kb(knowledge.total.brotli),
      unit: 'KB',
      budget: { max: 120 },
    },
    {
      id: 'size.knowledge.code.brotli',
      label: 'Knowledge code chunk (brotli)',
      value: kb(knowledgeJs.total.brotli),
      unit: 'KB',
    },
  ];
  // Each language is a build of its own (dist/de/ …): its first paint must carry only its own
  // messages and stay in the same budget; its knowledge data is reported next to English's.
  /** @type {Record<string, { firstPaint: number, knowledge: number }>} */
  const languages = {};
  for (const l of OTHER_LOCALES) {
    const dir = join(ctx.dist, l);
    if (!existsSync(dir)) throw new Error(`no build for ${l} (dist/${l}/)`);
    const page = existsSync(join(dir, 'shell.html')) ? 'shell.html' : 'index.html';
    const assetsOf = firstPaintAssets(await readFile(join(dir, page), 'utf8'));
    const paint = await sumFiles(ctx.dist, [...assetsOf.js, ...assetsOf.css]);
    const data = (await readdir(join(dir, 'assets'))).find((f) =>
      /^knowledge[.-].*\.json$/.test(f),
    );
    if (!data) throw new Error(`no dist/${l}/assets/knowledge-*.json data file`);
    const dataSize = await sumFiles(dir, [`assets/${data}`]);
    languages[l] = { firstPaint: paint.total.gzip, knowledge: dataSize.total.brotli };
    figures.push(
      {
        id: `size.firstPaint.${l}.gzip`,
        label: `First paint JS + CSS, /${l}/ (gzip)`,
        value: kb(paint.total.gzip),
        unit: 'KB',
        budget: { max: 30 },
      },
      {
        id: `size.knowledge.${l}.brotli`,
        label: `Knowledge data file, /${l}/ (brotli)`,
        value: kb(dataSize.total.brotli),
        unit: 'KB',
        budget: { max: 120 },
        note: `${kb(dataSize.total.brotli - knowledge.total.brotli)} KB more than English`,
      },
    );
  }
  return {
    figures,
    details: {
      languages,
      firstPaint: { js: js.files, css: css.files },
      precache: all.files,
      knowledgeFile,
      knowledgeCode,
    },
  };
}
