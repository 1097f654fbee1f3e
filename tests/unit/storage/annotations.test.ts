import { describe, expect, test } from 'vitest';
import { StorageInputError } from '../../../app/storage/errors.ts';
import { getFeedback, setFeedback } from '../../../app/storage/feedback.ts';
import { LIMITS } from '../../../app/storage/limits.ts';
import { getNote, setNote } from '../../../app/storage/notes.ts';
import { isPinned, setPin } from '../../../app/storage/pins.ts';
import { getSetting, setSetting } from '../../../app/storage/settings.ts';
import type { JsonValue } from '../../../app/storage/types.ts';
import { useFreshDatabase } from './fake-db.ts';

useFreshDatabase();

describe('notes', () => {
  test('saves, replaces and deletes a note', async () => {
    expect(await getNote(22)).toBeUndefined();
    const saved = await setNote(22, 'bastion');
    expect(saved).toMatchObject({ port: 22, text: 'bastion' });
    expect(await getNote(22)).toEqual(saved);
    await setNote(22, 'bastion, key-only');
    expect((await getNote(22))?.text).toBe('bastion, key-only');
    expect(await setNote(22, '')).toBeUndefined();
    expect(await getNote(22)).toBeUndefined();
  });

  test('blank text deletes too', async () => {
    await setNote(80, 'x');
    await setNote(80, '  \n ');
    expect(await getNote(80)).toBeUndefined();
  });

  test.each([
    [
      'a note over the limit',
      1,
      'x'.repeat(LIMITS.noteChars + 1),
      'note is 10,001 characters long',
    ],
    ['a port out of range', 70000, 'hi', 'port 70000 is outside 0–65535'],
  ])('rejects %s and keeps the old note', async (_name, port, text, message) => {
    await setNote(1, 'old');
    await expect(setNote(port, text)).rejects.toThrow(StorageInputError);
    await expect(setNote(port, text)).rejects.toThrow(message);
    expect((await getNote(1))?.text).toBe('old');
  });
});

describe('pins', () => {
  test('pins, keeps the first pin time, and unpins', async () => {
    const first = await setPin(443, true);
    const again = await setPin(443, true);
    expect(again).toEqual(first);
    expect(await isPinned(443)).toBe(true);
    expect(await setPin(443, false)).toBeUndefined();
    expect(await isPinned(443)).toBe(false);
  });
});

describe('feedback', () => {
  test.each([[true], [false]])('stores helpful=%s and withdraws it with null', async (helpful) => {
    await setFeedback(8080, helpful);
    expect(await getFeedback(8080)).toMatchObject({ port: 8080, helpful });
    await setFeedback(8080, null);
    expect(await getFeedback(8080)).toBeUndefined();
  });

  test('rejects a bad port', async () => {
    await expect(setFeedback(-3, true)).rejects.toThrow('port -3 is outside 0–65535');
  });
});

describe('settings', () => {
  test.each(['linux', 'macos', 'windows', 'freebsd'])('round-trips platform %s', async (value) => {
    expect(await getSetting('platform')).toBeUndefined();
    await setSetting('platform', value);
    expect(await getSetting('platform')).toEqual(value);
  });

  test('undefined removes a setting', async () => {
    await setSetting('platform', 'linux');
    await setSetting('platform', undefined);
    expect(await getSetting('platform')).toBeUndefined();
  });

  test.each<[string, string, unknown, string]>([
    ['an empty key', '', 'x', 'key is empty'],
    ['a key it does not know', 'view', { sort: 'newest' }, 'key "view" is not a setting'],
    ['NaN', 'platform', Number.NaN, 'value cannot be stored as JSON'],
    ['a Date', 'platform', new Date(0), 'value cannot be stored as JSON'],
    ['a huge value', 'platform', 'x'.repeat(LIMITS.settingValueChars), 'the limit is 10,000'],
    ['a platform name too long', 'platform', 'x'.repeat(33), 'the limit is 32'],
  ])('rejects %s', async (_name, key, value, message) => {
    const set = setSetting as (key: string, value: JsonValue) => Promise<void>;
    await expect(set(key, value as JsonValue)).rejects.toThrow(message);
    expect(await getSetting('platform')).toBeUndefined();
  });
});
