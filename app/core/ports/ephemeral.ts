import data from '../../data/ephemeral-ranges.json' with { type: 'json' };
import type { EphemeralMembership } from './types.ts';
import { assertPort } from './range-class.ts';

/** One operating system's default ephemeral range, as curated in app/data. */
export interface EphemeralRange {
  os: string;
  label: string;
  from: number;
  to: number;
  command: string;
  note: string;
  source: { url: string; title: string };
}

/** Default ephemeral ranges per operating system, in the curated order. */
export const ephemeralRanges: readonly EphemeralRange[] = data.entries.map((e) => ({
  os: e.os,
  label: e.label,
  from: e.from,
  to: e.to,
  command: e.command,
  note: e.note,
  source: { url: e.source, title: e.sourceTitle },
}));

/** Ephemeral membership of a port on every OS, with the user's OS (if given) first. */
export function ephemeralMembership(port: number, firstOs?: string): EphemeralMembership[] {
  assertPort(port);
  const rows = ephemeralRanges.map((r) => ({ ...r, contains: port >= r.from && port <= r.to }));
  if (!firstOs) return rows;
  const first = rows.filter((r) => r.os === firstOs);
  return [...first, ...rows.filter((r) => r.os !== firstOs)];
}

/** The ephemeral range for an OS id, if curated. */
export function ephemeralRangeOf(os: string): EphemeralRange | undefined {
  return ephemeralRanges.find((r) => r.os === os);
}
