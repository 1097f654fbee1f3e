import { describe, expect, test } from 'vitest';
import { recordCheck } from '../../../app/storage/checks.ts';
import { ImportError } from '../../../app/storage/errors.ts';
import { exportJson } from '../../../app/storage/export.ts';
import * as history from '../../../app/storage/history.ts';
import { importJson } from '../../../app/storage/import.ts';
import { LIMITS } from '../../../app/storage/limits.ts';
import { setNote } from '../../../app/storage/notes.ts';
import { DATA_STORES, HISTORY_STORES } from '../../../app/storage/schema.ts';
import * as settings from '../../../app/storage/settings.ts';
import type { JsonValue } from '../../../app/storage/types.ts';
import { aCheck, useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

const DAY = 24 * 60 * 60 * 1000;

/** An export file holding what `parts` gives, everything else empty. */
function fileWith(parts: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'portwise-history',
    schemaVersion: 1,
    exportedAt: new Date().toISOString(),
    checks: [],
    notes: [],
    pins: [],
    feedback: [],
    settings: [],
    ...parts,
  });
}

async function importError(text: string): Promise<ImportError> {
  const error = await importJson(text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('dates later than the import', () => {
  const future = () => Date.now() + 2 * DAY;
  const iso = (time: number) => new Date(time).toISOString().slice(0, 16);

  test.each<[string, (time: number) => Record<string, unknown>, string]>([
    ['a check', (time) => ({ checks: [aCheck({ at: time })] }), 'checks[0]: at'],
    [
      'a note',
      (time) => ({ notes: [{ port: 1, text: 'n', updatedAt: time }] }),
      'notes[0]: updatedAt',
    ],
    ['a pin', (time) => ({ pins: [{ port: 1, pinnedAt: time }] }), 'pins[0]: pinnedAt'],
    [
      'an answer',
      (time) => ({ feedback: [{ port: 1, helpful: true, at: time }] }),
      'feedback[0]: at',
    ],
  ])('%s dated two days ahead is refused, and nothing changes', async (_name, parts, where) => {
    await recordCheck(aCheck({ port: 22, at: 1000 }));
    const before = await exportJson();
    const time = future();
    const error = await importError(fileWith(parts(time)));
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain(`${where} ${iso(time)}`);
    expect(error.message).toContain('is later than now');
    expect((await exportJson()).checks).toEqual(before.checks);
  });

  test('a file saved two days from now is refused', async () => {
    const error = await importError(fileWith({ exportedAt: new Date(future()).toISOString() }));
    expect(error.message).toMatch(/^exportedAt .* is later than now/);
  });

  test('up to a day ahead is clock skew between devices, and is imported', async () => {
    const at = Date.now() + DAY - 60_000;
    const result = await importJson(
      fileWith({ exportedAt: new Date(at).toISOString(), checks: [aCheck({ at })] }),
    );
    expect(result.checks.added).toBe(1);
    expect(LIMITS.clockSkewMs).toBe(DAY);
  });
});

describe('settings are limited to the ones Portwise knows', () => {
  test('the known settings are the platform, nothing else', () => {
    expect(settings.SETTING_KEYS).toEqual(['platform']);
  });

  test('an import leaves out settings it does not know, and says which', async () => {
    const result = await importJson(
      fileWith({
        settings: [
          { key: 'theme', value: 'dark' },
          { key: 'platform', value: 'windows' },
          { key: '__proto__', value: { polluted: true } },
        ],
      }),
    );
    expect(result.settings).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(result.notices).toEqual([
      'Left out 2 settings this version of Portwise does not know: "theme", "__proto__".',
    ]);
    expect((await exportJson()).settings).toEqual([{ key: 'platform', value: 'windows' }]);
  });

  test('an import without unknown settings has no notices', async () => {
    const result = await importJson(fileWith({ settings: [{ key: 'platform', value: 'linux' }] }));
    expect(result.notices).toEqual([]);
  });

  test('a known setting holding the wrong kind of value is refused', async () => {
    const error = await importError(fileWith({ settings: [{ key: 'platform', value: { a: 1 } }] }));
    expect(error.problems).toEqual(['settings[0]: value must be text, got an object']);
  });

  test.each<[string, string, JsonValue, string]>([
    ['an unknown key', 'theme', 'dark', 'key "theme" is not a setting Portwise knows'],
    ['a platform that is not text', 'platform', 7, 'value must be text, got 7'],
  ])('setSetting refuses %s', async (_name, key, value, message) => {
    const set = settings.setSetting as (key: string, value: JsonValue) => Promise<void>;
    await expect(set(key, value)).rejects.toThrow(message);
  });
});

describe('what "Clear history" keeps', () => {
  test('it says it keeps the chosen platform and removes the rest', () => {
    expect(history.CLEAR_HISTORY_SCOPE).toEqual({
      removes: ['checks', 'notes', 'pins', 'answers to “Was this page helpful?”'],
      keeps: ['the platform you chose for commands'],
    });
  });

  test('what it keeps is exactly what survives: the settings store, no other', async () => {
    expect(
      DATA_STORES.filter((store) => !(HISTORY_STORES as readonly string[]).includes(store)),
    ).toEqual(['settings']);
    await settings.setSetting('platform', 'macos');
    await setNote(22, 'kept?');
    await recordCheck(aCheck({ at: 1000 }));
    await history.clearHistory();
    const after = await exportJson();
    expect(after.settings).toEqual([{ key: 'platform', value: 'macos' }]);
    expect([after.checks, after.notes, after.pins, after.feedback].flat()).toEqual([]);
  });
});
