import { checkText } from './fields.ts';
import type { FieldProblem } from './fields.ts';
import { LIMITS } from './limits.ts';

/** One setting Portwise stores: the rule its value follows, and what it is, in words. */
interface KnownSetting {
  /** Checks a value; undefined when it is fine. */
  check: (value: unknown) => FieldProblem | undefined;
  /** What the setting holds, to finish a sentence such as "Clear history keeps …". */
  description: string;
}

/** Every setting the app reads or writes; nothing else is stored or imported. */
export const KNOWN_SETTINGS = {
  platform: {
    check: (value) => checkText('value', value, LIMITS.platformChars),
    description: 'the platform you chose for commands',
  },
} as const satisfies Record<string, KnownSetting>;

/** The key of a setting Portwise knows. */
export type SettingKey = keyof typeof KNOWN_SETTINGS;

/** The keys of every known setting. */
export const SETTING_KEYS = Object.keys(KNOWN_SETTINGS) as SettingKey[];

/** Whether a key names a setting Portwise knows (an own key: never `constructor` or `__proto__`). */
export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && Object.hasOwn(KNOWN_SETTINGS, key);
}
