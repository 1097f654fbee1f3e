import {
  checkBoolean,
  checkKind,
  checkPort,
  checkProtocol,
  checkSettingValue,
  checkText,
  checkTime,
  describeValue,
} from './fields.ts';
import type { FieldProblem } from './fields.ts';
import { isSettingKey, KNOWN_SETTINGS, SETTING_KEYS } from './known-settings.ts';
import type { SettingKey } from './known-settings.ts';
import { LIMITS } from './limits.ts';
import type { ExportedCheck, Feedback, JsonValue, Pin, PortNote, Setting } from './types.ts';

/** A record read from untrusted data: a clean copy holding only known fields, or its problems. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

type Fields = Record<string, unknown>;

function read<T>(
  raw: unknown,
  check: (fields: Fields) => (FieldProblem | undefined)[],
  build: (fields: Fields) => T,
): ReadResult<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [`expected an object, got ${describeValue(raw)}`] };
  }
  const fields = raw as Fields;
  const problems = check(fields).filter((problem) => problem !== undefined);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: build(fields) };
}

/** Reads a check; the optional fields are left out when absent so records stay JSON-equal. */
export function readCheck(raw: unknown): ReadResult<ExportedCheck> {
  return read(
    raw,
    (f) => [
      f.id === undefined || (Number.isInteger(f.id) && (f.id as number) > 0)
        ? undefined
        : `id must be a positive whole number, got ${describeValue(f.id)}`,
      checkPort(f.port),
      checkProtocol(f.protocol),
      checkText('platform', f.platform, LIMITS.platformChars),
      checkText('commandId', f.commandId, LIMITS.commandIdChars, true),
      checkKind(f.kind),
      checkText('verdict', f.verdict, LIMITS.verdictChars, true),
      checkText('output', f.output, LIMITS.outputChars, true),
      checkTime('at', f.at),
    ],
    (f) => {
      const check = {
        port: f.port,
        protocol: f.protocol,
        platform: f.platform,
        kind: f.kind,
        at: f.at,
      } as ExportedCheck;
      if (f.id !== undefined) check.id = f.id as number;
      if (f.commandId !== undefined) check.commandId = f.commandId as string;
      if (f.verdict !== undefined) check.verdict = f.verdict as string;
      if (f.output !== undefined) check.output = f.output as string;
      return check;
    },
  );
}

/** Reads a note. */
export function readNote(raw: unknown): ReadResult<PortNote> {
  return read(
    raw,
    (f) => [
      checkPort(f.port),
      checkText('text', f.text, LIMITS.noteChars),
      checkTime('updatedAt', f.updatedAt),
    ],
    (f) => ({ port: f.port as number, text: f.text as string, updatedAt: f.updatedAt as number }),
  );
}

/** Reads a pin. */
export function readPin(raw: unknown): ReadResult<Pin> {
  return read(
    raw,
    (f) => [checkPort(f.port), checkTime('pinnedAt', f.pinnedAt)],
    (f) => ({ port: f.port as number, pinnedAt: f.pinnedAt as number }),
  );
}

/** Reads a feedback answer. */
export function readFeedback(raw: unknown): ReadResult<Feedback> {
  return read(
    raw,
    (f) => [checkPort(f.port), checkBoolean('helpful', f.helpful), checkTime('at', f.at)],
    (f) => ({ port: f.port as number, helpful: f.helpful as boolean, at: f.at as number }),
  );
}

/** Reads a setting: one Portwise knows, holding a value its rule allows. */
export function readSetting(raw: unknown): ReadResult<Setting> {
  return read(
    raw,
    (f) => [
      settingKeyProblem(f.key),
      checkSettingValue(f.value) ??
        (isSettingKey(f.key) ? KNOWN_SETTINGS[f.key].check(f.value) : undefined),
    ],
    (f) => ({ key: f.key as string, value: f.value as JsonValue }),
  );
}

/** Reads only a setting's key: one Portwise knows. */
export function readSettingKey(key: unknown): ReadResult<SettingKey> {
  const problem = settingKeyProblem(key);
  return problem ? { ok: false, problems: [problem] } : { ok: true, value: key as SettingKey };
}

function settingKeyProblem(key: unknown): FieldProblem | undefined {
  const problem = checkText('key', key, LIMITS.settingKeyChars);
  if (problem || isSettingKey(key)) return problem;
  const known = SETTING_KEYS.map((name) => `"${name}"`).join(', ');
  return `key ${describeValue(key)} is not a setting Portwise knows (it knows ${known})`;
}
