// @ts-check
/**
 * Compiles the messages (messages/<locale>.json, project.inlang) into typed, tree-shakable message
 * functions in app/generated/paraglide (Paraglide JS). Each client build names its language in
 * the define `__PORTWISE_LOCALE__` (vite.config.ts), which Paraglide's static-locale switch reads:
 * the minifier then keeps that language's text only. The prerenderer's build for Node has no such
 * define and picks the language per page with `setLocale`.
 */
import { compile } from '@inlang/paraglide-js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from './lib/locales.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function compileMessages() {
  await compile({
    project: resolve(root, 'project.inlang'),
    outdir: resolve(root, 'app/generated/paraglide'),
    strategy: ['globalVariable', 'baseLocale'],
    experimentalStaticLocale:
      "typeof __PORTWISE_LOCALE__ === 'undefined' ? undefined : __PORTWISE_LOCALE__",
    emitGitIgnore: false,
    emitPrettierIgnore: false,
  });
  // The runtime wraps the static locale in a check (`assertIsLocale(…)`), which throws where the
  // define is absent (the build for Node) and, being a call, hides the constant from the minifier.
  // Our define is checked in vite.config.ts instead, so the expression stands alone.
  const runtime = resolve(root, 'app/generated/paraglide/runtime.js');
  const text = readFileSync(runtime, 'utf8');
  const wrapped = /experimentalStaticLocale = assertIsLocale\((typeof __PORTWISE_LOCALE__[^;]*)\);/;
  if (!wrapped.test(text)) throw new Error(`${runtime}: the static locale line has changed`);
  writeFileSync(runtime, text.replace(wrapped, 'experimentalStaticLocale = $1;'));
  bindStaticLocale(resolve(root, 'app/generated/paraglide/messages'));
  cacheFormatters(resolve(root, 'app/generated/paraglide/registry.js'));
  writeCatalogueText();
}

/** Paraglide's `number` and `plural` in registry.js, each a whole `export function … };`. */
const FORMATTER = (/** @type {string} */ name) =>
  new RegExp(`^export function ${name}\\(locale, input, options\\) \\{[^]*?\\n\\};?$`, 'm');

/**
 * Paraglide builds a new Intl formatter for every number and plural a message shows. The first
 * Intl object a page makes wakes ICU: measured at 110–170 ms of a 4× slowed CPU in Chromium, inside
 * the task that takes over a prerendered page (its "Show all 7 systems"). The replacements use the
 * app's kept formatters (app/i18n/formatters.ts, one per language and options), and answer without Intl where its answer is known: a whole
 * number from 0 to 999 is written with plain digits in every language we ship, and English's
 * cardinal plural is "one" for 1 and -1 and "other" for the rest (tests/unit/i18n/numbers.test.ts checks
 * both against Intl for every language).
 */
function cacheFormatters(/** @type {string} */ path) {
  let text = readFileSync(path, 'utf8');
  const replacements = {
    number:
      'export function number(locale, input, options) {\n' +
      '\tconst n = Number(input);\n' +
      '\tif (plain(options) && Number.isInteger(n) && n >= 0 && n < 1000) return String(n);\n' +
      '\treturn numberFormat(locale, options).format(n);\n' +
      '};',
    plural:
      'export function plural(locale, input, options) {\n' +
      '\tconst n = Number(input);\n' +
      "\tif (locale === 'en' && plain(options)) return Math.abs(n) === 1 ? 'one' : 'other';\n" +
      '\treturn pluralRules(locale, options).select(n);\n' +
      '};',
  };
  for (const [name, code] of Object.entries(replacements)) {
    const pattern = FORMATTER(name);
    if (!pattern.test(text)) throw new Error(`${path}: Paraglide's ${name}() has changed shape`);
    text = text.replace(pattern, () => code);
  }
  text +=
    '\n/**\n' +
    " * Whether a message asked for its language's default format (Paraglide passes `{}`).\n" +
    ' * @param {object | undefined} options\n' +
    ' */\n' +
    'function plain(options) {\n' +
    '\treturn options === undefined || Object.keys(options).length === 0;\n' +
    '}\n';
  // The kept formatters are the app's own (app/i18n/formatters.ts), shared with its lists and dates.
  text = `import { numberFormat, pluralRules } from '../../i18n/formatters.ts';\n${text}`;
  writeFileSync(path, text);
}

const MESSAGE =
  /^export const (\w+) = (\/\*\* @type \{.*\} \*\/) (\(\(inputs[^\n]*=> \{\n[\s\S]*?\n\}\));$/m;

/**
 * Each message is exported as a function that picks its language when called. In a build for one
 * language the pick folds to one branch but the wrapper stays: a second function per message on
 * the first paint. Exported instead as the language's own function when the static locale is set
 * (the minifier folds the choice), and as the picking function otherwise (the build for Node).
 */
function bindStaticLocale(/** @type {string} */ dir) {
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.js') || file.startsWith('_')) continue;
    const path = resolve(dir, file);
    const source = readFileSync(path, 'utf8');
    const found = MESSAGE.exec(source);
    if (!found) throw new Error(`${path}: the message's export has changed shape`);
    const [, name, type, picker] = found;
    const bound = LOCALES.map(
      (/** @type {string} */ l) => `experimentalStaticLocale === "${l}" ? ${l}_${name} : `,
    ).join('');
    // Generated code: its exported type is the cast below; the picking function is not checked.
    writeFileSync(
      path,
      '// @ts-nocheck\n' +
        source.replace(
          MESSAGE,
          () =>
            `const pick_${name} = ${picker};\nexport const ${name} = ${type} (${bound}pick_${name});`,
        ),
    );
  }
}

/** 32-bit FNV-1a in base 36: app/core/text/text-key.ts, which reads the dictionaries. */
function textKey(/** @type {string} */ english) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < english.length; i++) {
    hash ^= english.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Compiles messages/catalogue/<locale>.json (the command catalogue's English sentences → their
 * translation) into app/generated/catalogue-text.js: one dictionary per language, keyed by
 * `textKey` of the English, and `catalogueText()`, which picks the page's. A client build's
 * static locale folds the pick, so it keeps one dictionary; English has none.
 */
function writeCatalogueText() {
  const parts = [];
  const picks = [];
  for (const locale of LOCALES) {
    if (locale === 'en') continue;
    const path = resolve(root, `messages/catalogue/${locale}.json`);
    /** @type {Record<string, string>} */
    const given = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
    /** @type {Record<string, string>} */
    const dictionary = {};
    /** @type {Map<string, string>} */
    const seen = new Map();
    for (const [english, text] of Object.entries(given)) {
      if (english === '$schema' || typeof text !== 'string' || text === '') continue;
      const key = textKey(english);
      const other = seen.get(key);
      if (other !== undefined && other !== english)
        throw new Error(`${path}: "${english}" and "${other}" have the same key; change textKey`);
      seen.set(key, english);
      dictionary[key] = text;
    }
    parts.push(`const ${locale} = ${JSON.stringify(dictionary)};`);
    picks.push(`l === ${JSON.stringify(locale)} ? ${locale} : `);
  }
  writeFileSync(
    resolve(root, 'app/generated/catalogue-text.js'),
    '// @ts-nocheck\n// Generated by scripts/i18n.js from messages/catalogue/<locale>.json.\n' +
      "import { experimentalStaticLocale, getLocale } from './paraglide/runtime.js';\n" +
      `${parts.join('\n')}\n` +
      "/** @returns {Record<string, string> | undefined} the page language's dictionary; none for English. */\n" +
      `export function catalogueText() {\n  const l = experimentalStaticLocale ?? getLocale();\n  return ${picks.join('')}undefined;\n}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compileMessages();
