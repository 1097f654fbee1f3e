/**
 * The settings API: each setting's own state loads and saves it here (today the platform choice).
 * Reading never fails (no storage reads as "never set"); a failed save becomes the shell's notice.
 */
import type { SettingKey } from '../storage/index.ts';
import { database, messageOf } from './database.svelte.ts';

/** A stored setting, or undefined when it was never set or storage cannot be read. */
export async function readSetting(key: SettingKey): Promise<unknown> {
  try {
    const m = await database.open();
    return database.available ? await m.getSetting(key) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves a setting; when that fails, the shell says so in the sentence `notSaved` makes of the
 * reason (for example `m.platform_not_saved`: "Your platform choice was not saved: …").
 */
export async function saveSetting(
  key: SettingKey,
  value: string,
  notSaved: (inputs: { reason: string }) => string,
): Promise<void> {
  try {
    const m = await database.open();
    if (database.available) await m.setSetting(key, value);
  } catch (error) {
    database.lastError = notSaved({ reason: messageOf(error) });
  }
}
