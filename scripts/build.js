// @ts-check
/**
 * `npm run build`: the knowledge data and messages, the English build (dist/), one build per other
 * language (dist/de/ …), then every language's prerendered pages. The one list of build steps:
 * `npm test` and `npm run bench` build through it too.
 */
import { fileURLToPath } from 'node:url';
import { run } from './lib/run.js';

/** Each step: a Node script and its arguments, relative to the project's root. */
export const BUILD_STEPS = [
  ['scripts/build-data.js'],
  ['node_modules/vite/bin/vite.js', 'build'],
  ['scripts/build-languages.js'],
  ['scripts/prerender.js'],
];

/**
 * Runs the steps in turn with `runStep`, stopping at the first that fails; resolves with its exit
 * code, or 0.
 * @param {(args: string[]) => Promise<number>} runStep
 */
export async function runBuild(runStep) {
  for (const step of BUILD_STEPS) {
    const code = await runStep(step);
    if (code !== 0) return code;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = await runBuild((args) => run(process.execPath, args));
