import { m } from '../generated/paraglide/messages.js';
import { LIMITS } from './limits.ts';
import type { CheckKind, JsonValue, Protocol } from './types.ts';

/** A problem with one field, phrased to follow "<where>: ". */
export type FieldProblem = string;

/** Shows a value in a message briefly: long strings are cut, so messages stay readable. */
export function describeValue(value: unknown): string {
  if (value === undefined) return m.pg_value_nothing();
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (Array.isArray(value)) return m.pg_value_list();
  if (typeof value === 'object' && value !== null) return m.pg_value_object();
  return String(value);
}

/** Checks a port number; undefined when it is fine. */
export function checkPort(value: unknown): FieldProblem | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return m.pg_field_port_not_whole({ value: describeValue(value) });
  }
  if (value < 0 || value > 65_535) return m.pg_field_port_outside({ port: String(value) });
  return undefined;
}

/** Checks an epoch-milliseconds time called `field`. */
export function checkTime(field: string, value: unknown): FieldProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return m.pg_field_time_not_ms({ field, value: describeValue(value) });
  }
  if (!Number.isInteger(value) || value < 0 || value > LIMITS.maxTime) {
    return m.pg_field_time_invalid({ field, value: String(value) });
  }
  return undefined;
}

/** Checks a string field; `optional` allows it to be absent, never empty. */
export function checkText(
  field: string,
  value: unknown,
  maxChars: number,
  optional = false,
): FieldProblem | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') return m.pg_field_not_text({ field, value: describeValue(value) });
  if (value.length === 0) return m.pg_field_empty({ field });
  if (value.length > maxChars) {
    return m.pg_field_too_long({ field, length: value.length, max: maxChars });
  }
  return undefined;
}

/** Checks a protocol. */
export function checkProtocol(value: unknown): FieldProblem | undefined {
  return isProtocol(value) ? undefined : m.pg_field_protocol({ value: describeValue(value) });
}

/** Checks a check kind. */
export function checkKind(value: unknown): FieldProblem | undefined {
  return isCheckKind(value) ? undefined : m.pg_field_kind({ value: describeValue(value) });
}

/** Checks a boolean field. */
export function checkBoolean(field: string, value: unknown): FieldProblem | undefined {
  return typeof value === 'boolean'
    ? undefined
    : m.pg_field_not_boolean({ field, value: describeValue(value) });
}

/** Checks a setting value: JSON-serialisable and small. */
export function checkSettingValue(value: unknown): FieldProblem | undefined {
  if (!isJsonValue(value)) return m.pg_field_setting_not_json();
  const length = JSON.stringify(value).length;
  if (length > LIMITS.settingValueChars) {
    return m.pg_field_setting_too_long({ length, max: LIMITS.settingValueChars });
  }
  return undefined;
}

/** Whether a value is a protocol we record. */
export function isProtocol(value: unknown): value is Protocol {
  return value === 'tcp' || value === 'udp';
}

/** Whether a value is a check kind. */
export function isCheckKind(value: unknown): value is CheckKind {
  return value === 'view' || value === 'copy' || value === 'paste';
}

/** Whether a value survives a JSON round trip unchanged (no NaN, undefined, Dates, classes). */
export function isJsonValue(value: unknown, depth = 0): value is JsonValue {
  if (depth > 32) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((item) => isJsonValue(item, depth + 1));
  }
  return false;
}
