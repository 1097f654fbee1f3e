import { commit } from './commit.ts';
import { withDatabase } from './db.ts';
import { StorageInputError } from './errors.ts';
import { readSetting } from './records.ts';
import type { JsonValue } from './types.ts';

/** A stored setting's value (for example the chosen platform), or undefined when never set. */
export function getSetting(key: string): Promise<JsonValue | undefined> {
  return withDatabase(async (db) => (await db.get('settings', key))?.value);
}

/** Stores a JSON-serialisable setting; undefined removes it. */
export function setSetting(key: string, value: JsonValue | undefined): Promise<void> {
  const result = readSetting({ key, value: value ?? null });
  if (!result.ok) {
    return Promise.reject(
      new StorageInputError(`Cannot save setting: ${result.problems.join('; ')}`),
    );
  }
  return withDatabase(async (db) => {
    const tx = db.transaction('settings', 'readwrite');
    const request = value === undefined ? tx.store.delete(key) : tx.store.put(result.value);
    await commit(tx.done, [request]);
  });
}
