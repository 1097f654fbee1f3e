import type { EphemeralMembership, PortInfo, RangeClass } from './types.ts';
import { ephemeralMembership } from './ephemeral.ts';
import { rangeClassOf } from './range-class.ts';
import { platformIds } from '../platform/platform-ids.ts';

const rangeWords: Record<RangeClass, string> = {
  system: 'system (well-known) range',
  user: 'registered range',
  dynamic: 'dynamic range',
};

const shortLabels: Record<string, string> = {
  macos: 'macOS',
  solaris: 'Solaris',
  android: 'Android',
};

/** Joins names as "A, B and C". */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "ephemeral on Linux, Windows and macOS" or "not ephemeral by default on any common OS". */
export function ephemeralPhrase(rows: EphemeralMembership[]): string {
  // The systems the app has commands for (the netstat note on the port page counts the same ones).
  const main: readonly string[] = platformIds;
  const on = rows
    .filter((r) => r.contains && main.includes(r.os))
    .map((r) => shortLabels[r.os] ?? r.label);
  if (on.length === 0) return 'not ephemeral by default on Linux, Windows, macOS or FreeBSD';
  if (on.length === main.length) return `ephemeral on ${joinAnd(on)}`;
  return `ephemeral on ${joinAnd(on)} only`;
}

/** What a port is in two or three words: its primary name, or "unassigned"/"reserved". */
export function assignmentPhrase(info: PortInfo | undefined, name: string): string {
  if (name) return name;
  if (!info) return '';
  if (info.ianaReserved) return 'reserved';
  if (info.iana.some((a) => /^reserved$/i.test(a.description))) return 'reserved';
  return 'unassigned';
}

/** The one-line verdict under a port page's title, e.g. "unassigned; dynamic range; ephemeral on …". */
export function portVerdictLine(port: number, info?: PortInfo, name = ''): string {
  const parts = [
    assignmentPhrase(info, name),
    rangeWords[rangeClassOf(port)],
    ephemeralPhrase(info?.ephemeral ?? ephemeralMembership(port)),
  ].filter(Boolean);
  return parts.join('; ');
}
