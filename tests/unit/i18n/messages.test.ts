/**
 * The message files (messages/<area>/<locale>.json): every key in every language, the same
 * placeholders as English, no empty or untranslated-looking text, and keys named for their area.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../app/i18n/locales.ts';

const root = new URL('../../../messages/', import.meta.url);
// messages/catalogue is not Paraglide's: it translates the command catalogue's English sentences
// (catalogue.test.ts).
const areas = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'catalogue')
  .map((d) => d.name);
const settings = JSON.parse(
  readFileSync(new URL('../../../project.inlang/settings.json', import.meta.url), 'utf8'),
) as { locales: string[]; 'plugin.inlang.messageFormat': { pathPattern: string[] } };

type Message = string | { declarations?: string[]; match: Record<string, string> }[];
function read(area: string, locale: string): Record<string, Message> {
  const all = JSON.parse(readFileSync(new URL(`${area}/${locale}.json`, root), 'utf8')) as Record<
    string,
    Message
  >;
  delete all.$schema;
  return all;
}
/** Every text of a message: a plain one, or each case of a plural. */
const textsOf = (m: Message): string[] =>
  typeof m === 'string' ? [m] : m.flatMap((v) => Object.values(v.match));
const used = (m: Message) =>
  new Set(textsOf(m).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)));
/** What a message takes: its declared inputs, or the placeholders of a plain text. */
const placeholders = (m: Message) =>
  typeof m === 'string'
    ? [...used(m)].sort()
    : [
        ...new Set(
          m.flatMap((v) =>
            (v.declarations ?? []).filter((d) => d.startsWith('input ')).map((d) => d.slice(6)),
          ),
        ),
      ].sort();
/** What a message's texts may name: its inputs and its locals (`local countText = count: number`). */
const names = (m: Message) =>
  typeof m === 'string'
    ? used(m)
    : new Set(m.flatMap((v) => (v.declarations ?? []).map((d) => d.split(/\s+/)[1]!)));

test('the project compiles the same languages the app routes, and every area folder', () => {
  expect(settings.locales).toEqual([...LOCALES]);
  expect(settings['plugin.inlang.messageFormat'].pathPattern.sort()).toEqual(
    areas.map((a) => `./messages/${a}/{locale}.json`).sort(),
  );
});

describe.each(areas)('messages/%s', (area) => {
  const en = read(area, 'en');

  test('keys are named for their area and unique across areas', () => {
    const prefix = {
      shell: '',
      port: 'port_',
      components: 'cmp_',
      doctor: 'doc_',
      pages: 'pg_',
      verdict: 'vd_',
    }[area];
    expect(prefix, `no key prefix agreed for messages/${area}`).toBeDefined();
    for (const key of Object.keys(en)) expect(key.startsWith(prefix ?? '')).toBe(true);
    for (const other of areas.filter((a) => a !== area))
      for (const key of Object.keys(read(other, 'en'))) expect(en).not.toHaveProperty(key);
  });

  test.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has every key, with the same placeholders',
    (l) => {
      const messages = read(area, l);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        const translated = messages[key];
        expect(translated, key).toBeDefined();
        expect(placeholders(translated!), key).toEqual(placeholders(text));
        for (const name of used(translated!)) expect(names(translated!), key).toContain(name);
        for (const t of textsOf(translated!)) expect(t.trim(), key).not.toBe('');
      }
    },
  );

  test.each(['zh', 'ja'])('%s text is in its own script, not English left in place', (l) => {
    const messages = read(area, l);
    const latinOnly = Object.entries(messages).filter(([key, m]) =>
      textsOf(m).some(
        (t) =>
          // A lower-case English word, no CJK character, and the same as English: not translated.
          /[a-z]{4,}/.test(t.replace(/\{\w+\}/g, '')) &&
          !/[\u3040-\u30ff\u3400-\u9fff]/.test(t) &&
          textsOf(en[key]!).includes(t),
      ),
    );
    expect(latinOnly.map(([k]) => k)).toEqual([]);
  });
});
