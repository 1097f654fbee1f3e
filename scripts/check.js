// @ts-check
/** `npm run check`: lint (with the layer rules), formatting, and the three type-check configs. */
import { run } from './lib/run.js';

const bin = (/** @type {string} */ name) => `node_modules/.bin/${name}`;

/** The checks, in order; each is one command. */
export const checks = [
  { name: 'eslint', command: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'prettier', command: bin('prettier'), args: ['--check', '--log-level=warn', '.'] },
  {
    name: 'svelte-check',
    command: bin('svelte-check'),
    args: ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'],
  },
  { name: 'tsc (unit tests)', command: bin('tsc'), args: ['-p', 'tsconfig.tests.json'] },
  { name: 'tsc (node side)', command: bin('tsc'), args: ['-p', 'tsconfig.node.json'] },
  { name: 'tsc (service worker)', command: bin('tsc'), args: ['-p', 'tsconfig.worker.json'] },
];

/** Runs every check (all of them, so one run shows every problem) and returns how many passed and failed. */
export async function runChecks() {
  let passed = 0;
  let failed = 0;
  // The type checks read the generated knowledge data, which a fresh clone does not have yet.
  console.log('\n▶ knowledge data');
  if ((await run('node', ['scripts/build-data.js'])) !== 0) return { passed, failed: 1 };
  for (const c of checks) {
    console.log(`\n▶ check: ${c.name}`);
    const code = await run(c.command, c.args);
    if (code === 0) passed++;
    else {
      failed++;
      console.error(`✗ check failed: ${c.name}`);
    }
  }
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = await runChecks();
  console.log(`checks: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
