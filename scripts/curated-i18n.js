// @ts-check
/**
 * Translations of the curated port texts (app/data/i18n/<locale>.json):
 *   node scripts/curated-i18n.js extract                 key → English, as JSON
 *   node scripts/curated-i18n.js stamp <locale> <file>   takes key → translation from <file> and
 *                                                        stores each with its English's hash
 *   node scripts/curated-i18n.js check                   per language: missing, stale, unknown
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { curatedTexts, curatedTranslations, sourceHash } from './lib/curated-text.js';
import { OTHER_LOCALES } from './lib/locales.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const texts = curatedTexts(root);
const locales = OTHER_LOCALES;
const [command, locale, from] = process.argv.slice(2);

if (command === 'extract') {
  console.log(JSON.stringify(Object.fromEntries(texts), null, 2));
} else if (command === 'stamp' && locale && from) {
  const given = JSON.parse(readFileSync(resolve(from), 'utf8'));
  const out = { ...curatedTranslations(root, locale) };
  for (const [key, text] of Object.entries(given)) {
    const english = texts.get(key);
    if (english === undefined) throw new Error(`${from}: no curated text has the key ${key}`);
    if (typeof text !== 'string' || text.trim() === '') throw new Error(`${from}: ${key} is empty`);
    out[key] = { en: sourceHash(english), text };
  }
  const ordered = Object.fromEntries(
    [...texts.keys()].filter((k) => k in out).map((k) => [k, out[k]]),
  );
  const path = resolve(root, `app/data/i18n/${locale}.json`);
  mkdirSync(dirname(path), { recursive: true });
  const about =
    'Translations of the curated port texts. `en` is the hash of the English text each was made ' +
    'from (scripts/lib/curated-text.js); a test fails when the English changes and this does not.';
  writeFileSync(path, `${JSON.stringify({ about, texts: ordered }, null, 2)}\n`);
  console.log(`${locale}: ${Object.keys(ordered).length}/${texts.size} texts`);
} else if (command === 'check') {
  let bad = 0;
  for (const l of locales) {
    const t = curatedTranslations(root, l);
    const missing = [...texts.keys()].filter((k) => !(k in t));
    const stale = [...texts].filter(([k, en]) => k in t && t[k]?.en !== sourceHash(en));
    const unknown = Object.keys(t).filter((k) => !texts.has(k));
    bad += missing.length + stale.length + unknown.length;
    console.log(
      `${l}: ${texts.size - missing.length}/${texts.size}, ${stale.length} stale, ${unknown.length} unknown`,
    );
  }
  process.exitCode = bad ? 1 : 0;
} else {
  console.error('usage: node scripts/curated-i18n.js extract | stamp <locale> <file> | check');
  process.exitCode = 2;
}
