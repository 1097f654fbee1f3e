/**
 * Translations of the curated port texts (app/data/i18n/<locale>.json): every text translated in
 * every language, each made from the English as it is now (the stored hash), and the knowledge
 * data of a language carrying them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../app/i18n/locales.ts';
import {
  curatedTexts,
  curatedTranslations,
  knowledgeFile,
  serviceKey,
  sourceHash,
  translateCurated,
} from '../../../scripts/lib/curated-text.js';

const root = new URL('../../..', import.meta.url).pathname;
const texts = curatedTexts(root);

test('the curated texts have one key each', () => {
  expect(texts.size).toBeGreaterThan(800);
  for (const [key, english] of texts) {
    expect(key).toMatch(/^(service|security|display)\//);
    expect(english.trim()).not.toBe('');
  }
});

describe.each(LOCALES.filter((l) => l !== 'en'))('app/data/i18n/%s.json', (locale) => {
  const given = curatedTranslations(root, locale);
  test('translates every curated text', () => {
    expect([...texts.keys()].filter((k) => !(k in given))).toEqual([]);
  });
  test('was made from the English as it is now (else translate it again)', () => {
    const stale = [...texts]
      .filter(([key, english]) => key in given && given[key]?.en !== sourceHash(english))
      .map(([key]) => key);
    expect(stale).toEqual([]);
  });
  test('has no text the English does not have', () => {
    expect(Object.keys(given).filter((k) => !texts.has(k))).toEqual([]);
  });
  test("is in the language's knowledge data", () => {
    const data = JSON.parse(
      readFileSync(`${root}/app/generated/${knowledgeFile(locale)}`, 'utf8'),
    ) as { services: unknown[][] };
    const ssh = data.services.find((s) => s[0] === 22 && s[3] === 'ssh');
    const key = serviceKey({ port: 22, protocols: ['tcp'], name: 'SSH', summary: '' }, 'summary');
    expect(ssh?.[4]).toBe(given[key]?.text);
  });
});

test('a translation of an older English is not used: the English shows instead', () => {
  const service = { port: 1, protocols: ['tcp'], name: 'A', summary: 'New words.' };
  const curated = { services: [service], security: [], display: [] };
  const made = (en: string) => ({
    [serviceKey(service, 'summary')]: { en: sourceHash(en), text: 'Neue Wörter.' },
  });
  expect(translateCurated(curated, made('New words.')).services[0]?.summary).toBe('Neue Wörter.');
  expect(translateCurated(curated, made('Old words.')).services[0]?.summary).toBe('New words.');
});
