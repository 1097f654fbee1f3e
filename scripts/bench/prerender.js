// @ts-check
/**
 * What prerendering costs: the full build's time and peak memory, the pages and the size of dist/,
 * and whether a second build writes exactly the same files.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildApp } from './server.js';

/** @typedef {import('./types.js').Figure} Figure */

/** Every file under `dir`, as paths relative to it. */
async function files(/** @type {string} */ dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A digest of every file under `dir`, by relative path. */
async function digests(/** @type {string} */ dir) {
  /** @type {Map<string, string>} */
  const map = new Map();
  for (const file of await files(dir))
    map.set(
      file,
      createHash('sha256')
        .update(await readFile(join(dir, file)))
        .digest('hex'),
    );
  return map;
}

/** Measures the build (run.js built once already: ctx.build) and builds again to compare. */
export async function measurePrerender(/** @type {import('./types.js').BenchContext} */ ctx) {
  const served = await digests(ctx.dist);
  // The bench's own baselines are written into the served copy by other steps: not build output.
  for (const file of served.keys()) if (file.startsWith('bench-')) served.delete(file);
  let bytes = 0;
  for (const file of served.keys()) bytes += (await stat(join(ctx.dist, file))).size;
  const pages = [...served.keys()].filter((f) => f.endsWith('.html')).length;
  const second = await buildApp(ctx.root, ctx.baseUrl);
  const again = await digests(join(ctx.root, 'dist'));
  const differ = [...new Set([...served.keys(), ...again.keys()])].filter(
    (f) => served.get(f) !== again.get(f),
  );
  /** @type {Figure[]} */
  const figures = [
    {
      id: 'build.seconds',
      label: 'Full build, with prerendering',
      value: Math.round(ctx.build.seconds * 10) / 10,
      unit: 's',
      budget: { max: 90 },
      note: `second build ${second.seconds.toFixed(1)} s`,
    },
    {
      id: 'build.peakMemory',
      label: 'Full build, peak memory of a step',
      value: Math.round(Math.max(ctx.build.peakMB, second.peakMB)),
      unit: 'MB',
      budget: { max: 1536 },
    },
    { id: 'dist.pages', label: 'HTML pages in dist/', value: pages, unit: 'files' },
    { id: 'dist.files', label: 'Files in dist/', value: served.size, unit: 'files' },
    {
      id: 'dist.size',
      label: 'dist/ size (raw)',
      value: Math.round((bytes / 1024 / 1024) * 10) / 10,
      unit: 'MB',
    },
    {
      id: 'build.differingFiles',
      label: 'Files differing between two builds',
      value: differ.length,
      unit: 'files',
      budget: { max: 0 },
      ...(differ.length ? { note: differ.slice(0, 5).join(', ') } : {}),
    },
  ];
  return { figures, details: { differ: differ.slice(0, 50) } };
}
