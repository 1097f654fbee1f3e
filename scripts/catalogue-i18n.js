// @ts-check
/**
 * The command catalogue's translations (messages/catalogue/<locale>.json, English sentence →
 * translation, like gettext's msgid/msgstr):
 *   node scripts/catalogue-i18n.js extract          the English sentences, as a JSON array
 *   node scripts/catalogue-i18n.js check            per language: missing and no-longer-used
 *   node scripts/catalogue-i18n.js prune <locale>   drops sentences the catalogue no longer has
 */
import { createJiti } from 'jiti';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OTHER_LOCALES } from './lib/locales.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jiti = createJiti(import.meta.url);
/** @type {{ catalogueStrings(): string[] }} */
const mod = await jiti.import(resolve(root, 'scripts/lib/catalogue-strings.ts'));
const strings = mod.catalogueStrings();
const locales = OTHER_LOCALES;
const file = (/** @type {string} */ l) => resolve(root, `messages/catalogue/${l}.json`);
const read = (/** @type {string} */ l) =>
  existsSync(file(l)) ? JSON.parse(readFileSync(file(l), 'utf8')) : {};

const [command, arg] = process.argv.slice(2);
if (command === 'extract') {
  console.log(JSON.stringify(strings, null, 2));
} else if (command === 'check') {
  let bad = 0;
  for (const l of locales) {
    const t = read(l);
    const missing = strings.filter((s) => typeof t[s] !== 'string' || t[s] === '');
    const unused = Object.keys(t).filter((k) => k !== '$schema' && !strings.includes(k));
    bad += missing.length + unused.length;
    console.log(
      `${l}: ${strings.length - missing.length}/${strings.length} translated, ${unused.length} unused`,
    );
    for (const s of missing.slice(0, 5)) console.log(`  missing: ${s}`);
    for (const s of unused.slice(0, 5)) console.log(`  unused: ${s}`);
  }
  process.exitCode = bad ? 1 : 0;
} else if (command === 'prune' && arg) {
  const t = read(arg);
  const kept = Object.fromEntries(strings.filter((s) => s in t).map((s) => [s, t[s]]));
  writeFileSync(file(arg), `${JSON.stringify(kept, null, 2)}\n`);
} else {
  console.error('usage: node scripts/catalogue-i18n.js extract | check | prune <locale>');
  process.exitCode = 2;
}
