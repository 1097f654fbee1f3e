import type { RangeClass } from './types.ts';

/** Highest valid port number. */
export const MAX_PORT = 65535;

/** Whether a value is an integer port number 0–65535. */
export function isPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_PORT;
}

/** Refused when something that is not a port 0–65535 is looked up. */
export class InvalidPortError extends TypeError {
  override name = 'InvalidPortError';
  constructor(readonly value: unknown) {
    super(`Ports go from 0 to 65535; ${String(value)} is not one.`);
  }
}

/** Throws InvalidPortError unless the value is a port. */
export function assertPort(value: unknown): asserts value is number {
  if (!isPort(value)) throw new InvalidPortError(value);
}

/** The IANA range a port belongs to (RFC 6335 section 6). */
export function rangeClassOf(port: number): RangeClass {
  assertPort(port);
  if (port <= 1023) return 'system';
  if (port <= 49151) return 'user';
  return 'dynamic';
}

/** Bounds of each IANA range. */
export const rangeClassBounds: Record<RangeClass, { from: number; to: number }> = {
  system: { from: 0, to: 1023 },
  user: { from: 1024, to: 49151 },
  dynamic: { from: 49152, to: 65535 },
};
