// @ts-check
/**
 * The curated texts a port page shows, by a stable key, and the files that translate them
 * (app/data/i18n/<locale>.json: key → { en: hash of the English it was made from, text }).
 * Keys: `service/<port>/<English name>/name|summary`, `security/<port>/<protocols>/title|note`,
 * `display/<port>/name`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The hash a translation stores of its English source: 12 hex digits of SHA-256. */
export function sourceHash(/** @type {string} */ english) {
  return createHash('sha256').update(english).digest('hex').slice(0, 12);
}

/**
 * @typedef {{ port: number, protocols: string[], name: string, summary: string }} Service
 * @typedef {{ port: number, protocols: string[], title: string, note: string }} Security
 * @typedef {{ port: number, name: string }} Display
 */

/** Key of a curated service's field. */
export const serviceKey = (/** @type {Service} */ s, /** @type {'name' | 'summary'} */ field) =>
  `service/${s.port}/${s.name}/${field}`;
/** Key of a security note's field. */
export const securityKey = (/** @type {Security} */ s, /** @type {'title' | 'note'} */ field) =>
  `security/${s.port}/${s.protocols.join('+')}/${field}`;
/** Key of a display name. */
export const displayKey = (/** @type {Display} */ d) => `display/${d.port}/name`;

/** Every curated English text, by key, in the files' order. */
export function curatedTexts(/** @type {string} */ root) {
  const read = (/** @type {string} */ f) =>
    JSON.parse(readFileSync(resolve(root, `app/data/${f}.json`), 'utf8')).entries;
  /** @type {Map<string, string>} */
  const texts = new Map();
  for (const s of [...read('services-system'), ...read('services-registered')]) {
    texts.set(serviceKey(s, 'name'), s.name);
    texts.set(serviceKey(s, 'summary'), s.summary);
  }
  for (const s of read('security-notes')) {
    texts.set(securityKey(s, 'title'), s.title);
    texts.set(securityKey(s, 'note'), s.note);
  }
  for (const d of read('display-names')) texts.set(displayKey(d), d.name);
  return texts;
}

/**
 * A language's translations of the curated texts.
 * @returns {Record<string, { en: string, text: string }>}
 */
export function curatedTranslations(/** @type {string} */ root, /** @type {string} */ locale) {
  const path = resolve(root, `app/data/i18n/${locale}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).texts : {};
}

/**
 * The curated entries with their texts in `locale`, where a translation made from the current
 * English exists; the rest stay English (the translation test fails for them).
 * @template {{ services: Service[], security: Security[], display: Display[] }} T
 * @param {T} curated
 * @param {Record<string, { en: string, text: string }>} translations
 * @returns {T}
 */
export function translateCurated(curated, translations) {
  const say = (/** @type {string} */ key, /** @type {string} */ english) => {
    const t = translations[key];
    return t !== undefined && t.en === sourceHash(english) ? t.text : english;
  };
  return {
    ...curated,
    services: curated.services.map((s) => ({
      ...s,
      name: say(serviceKey(s, 'name'), s.name),
      summary: say(serviceKey(s, 'summary'), s.summary),
    })),
    security: curated.security.map((s) => ({
      ...s,
      title: say(securityKey(s, 'title'), s.title),
      note: say(securityKey(s, 'note'), s.note),
    })),
    display: curated.display.map((d) => ({ ...d, name: say(displayKey(d), d.name) })),
  };
}

/** The generated knowledge file of a language, in app/generated: English has the plain name. */
export function knowledgeFile(/** @type {string} */ locale) {
  return locale === 'en' ? 'knowledge.json' : `knowledge.${locale}.json`;
}
