import bounds from '../../generated/ephemeral-bounds.json' with { type: 'json' };
import type { EphemeralMembership, PortInfo, RangeClass } from './types.ts';
import { rangeClassOf } from './range-class.ts';
import { platformIds } from '../platform/platform-ids.ts';
import { m } from '../../generated/paraglide/messages.js';
import { listAnd } from '../../i18n/lists.ts';

const rangeWords: Record<RangeClass, () => string> = {
  system: m.port_vl_system_range,
  user: m.port_vl_registered_range,
  dynamic: m.port_vl_dynamic_range,
};

const shortLabels: Record<string, string> = {
  macos: 'macOS',
  solaris: 'Solaris',
  android: 'Android',
};

/** A system's name in a list of systems: "macOS" for the row "macOS and iOS". */
export function systemName(row: { os: string; label: string }): string {
  return shortLabels[row.os] ?? row.label;
}

/**
 * Which systems' default ephemeral ranges hold a port, from the ranges' bounds alone (the full
 * table, with notes and sources, is app/core/ports/ephemeral.ts and stays off the first paint).
 */
function ephemeralRows(port: number): Pick<EphemeralMembership, 'os' | 'label' | 'contains'>[] {
  return bounds.map((r) => ({
    os: r.os,
    label: r.label,
    contains: port >= r.from && port <= r.to,
  }));
}

/** "ephemeral on Linux, Windows and macOS" or "not ephemeral by default on any common OS". */
export function ephemeralPhrase(
  rows: readonly Pick<EphemeralMembership, 'os' | 'label' | 'contains'>[],
): string {
  // The systems the app has commands for (the netstat note on the port page counts the same ones).
  const main: readonly string[] = platformIds;
  const on = rows.filter((r) => r.contains && main.includes(r.os)).map(systemName);
  if (on.length === 0) return m.port_vl_ephemeral_none();
  if (on.length === main.length) return m.port_vl_ephemeral_all({ systems: listAnd(on) });
  return m.port_vl_ephemeral_only({ systems: listAnd(on) });
}

/** What a port is in two or three words: its primary name, or "unassigned"/"reserved". */
export function assignmentPhrase(info: PortInfo | undefined, name: string): string {
  if (name) return name;
  if (!info) return '';
  if (info.ianaReserved) return m.port_vl_reserved();
  if (info.iana.some((a) => /^reserved$/i.test(a.description))) return m.port_vl_reserved();
  return m.port_vl_unassigned();
}

/** The one-line verdict under a port page's title, e.g. "unassigned; dynamic range; ephemeral on …". */
export function portVerdictLine(port: number, info?: PortInfo, name = ''): string {
  const parts = [
    assignmentPhrase(info, name),
    rangeWords[rangeClassOf(port)](),
    ephemeralPhrase(info?.ephemeral ?? ephemeralRows(port)),
  ].filter(Boolean);
  return parts.join(m.port_vl_separator());
}
