/**
 * The command catalogue's translations (messages/catalogue/<locale>.json, English sentence →
 * translation): complete, nothing left over, code kept as code, and the page showing them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { catalogue } from '../../../app/core/commands/catalogue.ts';
import { localSpec, say, translated } from '../../../app/core/commands/words.ts';
import { textKey } from '../../../app/core/text/text-key.ts';
import { setLocale } from '../../../app/generated/paraglide/runtime.js';
import { LOCALES } from '../../../app/i18n/locales.ts';
import { catalogueStrings } from '../../../scripts/lib/catalogue-strings.ts';

const strings = catalogueStrings();
const others = LOCALES.filter((l) => l !== 'en');
function read(locale: string): Record<string, string> {
  const path = new URL(`../../../messages/catalogue/${locale}.json`, import.meta.url);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}
/** What must reach the reader unchanged: `code`, "quoted text", and words in capitals (LISTEN, PORT). */
const verbatim = (s: string) => [
  ...[...s.matchAll(/`[^`]+`/g)].map((m) => m[0]),
  ...[...s.matchAll(/\b[A-Z][A-Z_]{2,}\b/g)]
    .map((m) => m[0])
    .filter((w) => !/^(TCP|UDP|IP|PID|AND)$/.test(w)),
];

afterEach(() => setLocale('en', { reload: false }));

test('the sentences have distinct keys', () => {
  const keys = new Map<string, string>();
  for (const s of strings) {
    expect(keys.get(textKey(s)) ?? s, `"${s}" and "${keys.get(textKey(s))}" share a key`).toBe(s);
    keys.set(textKey(s), s);
  }
  expect(keys.size).toBe(strings.length);
});

describe.each(others)('messages/catalogue/%s.json', (locale) => {
  const given = read(locale);
  test('translates every sentence of the catalogue, and nothing else', () => {
    expect(strings.filter((s) => typeof given[s] !== 'string' || given[s].trim() === '')).toEqual(
      [],
    );
    expect(Object.keys(given).filter((k) => k !== '$schema' && !strings.includes(k))).toEqual([]);
  });
  test('keeps code, quoted output and words in capitals as they are', () => {
    const lost = strings.flatMap((s) => {
      const t = given[s];
      if (t === undefined) return [];
      return verbatim(s)
        .filter((v) => !t.includes(v))
        .map((v) => `${v} in "${t}"`);
    });
    expect(lost).toEqual([]);
  });
  test('is what a page in that language shows', () => {
    setLocale(locale, { reload: false });
    const spec = catalogue.find((s) => s.id === 'linux-ss-listener-tcp');
    expect(spec).toBeDefined();
    const local = localSpec(spec!);
    expect(local.title).toBe(given[spec!.title]);
    expect(local.flags.map((f) => f.meaning)).toEqual(spec!.flags.map((f) => given[f.meaning]));
    expect(local.template).toBe(spec!.template);
    expect(strings.every(translated)).toBe(true);
  });
});

test('English pages show the catalogue as written', () => {
  const spec = catalogue[0]!;
  expect(localSpec(spec)).toBe(spec);
  expect(say(spec.title)).toBe(spec.title);
});
