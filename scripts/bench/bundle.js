// @ts-check
/** Bundles one app module (with its dependencies) as a single ES module, so a bench page can load it. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

/** Builds `entry` (relative to the project) with Vite's library mode into `outDir`; returns the source. */
export async function bundleEntry(
  /** @type {string} */ root,
  /** @type {string} */ entry,
  /** @type {string} */ outDir,
) {
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      lib: { entry: join(root, entry), formats: ['es'], fileName: 'bundle' },
      outDir,
      emptyOutDir: true,
      write: true,
      minify: true,
      target: 'es2022',
    },
  });
  const file = (await readdir(outDir)).find((f) => f.endsWith('.js'));
  if (!file) throw new Error(`Vite wrote no .js file to ${outDir}`);
  return readFile(join(outDir, file), 'utf8');
}
