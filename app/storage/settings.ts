import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { StorageInputError } from './errors.ts';
import { readSetting, readSettingKey } from './records.ts';
import type { SettingKey } from './known-settings.ts';
import type { JsonValue } from './types.ts';

export { KNOWN_SETTINGS, SETTING_KEYS } from './known-settings.ts';
export type { SettingKey } from './known-settings.ts';

/** A stored setting's value (for example the chosen platform), or undefined when never set. */
export function getSetting(key: SettingKey): Promise<JsonValue | undefined> {
  return withDatabase(async (db) => (await db.get('settings', key))?.value);
}

/**
 * Stores a setting; undefined removes it. Only the settings in KNOWN_SETTINGS, each with a value
 * its rule allows: anything else is refused with a StorageInputError.
 */
export function setSetting(key: SettingKey, value: JsonValue | undefined): Promise<void> {
  // Removing needs only a known key; a value to store must also follow the setting's rule.
  const result = value === undefined ? readSettingKey(key) : readSetting({ key, value });
  if (!result.ok) {
    return Promise.reject(new StorageInputError(result.problems.join('; ')));
  }
  return withDatabase(async (db) => {
    const tx = db.transaction('settings', 'readwrite');
    const request = value === undefined ? tx.store.delete(key) : tx.store.put({ key, value });
    await commit(tx.done, [request]);
  });
}
