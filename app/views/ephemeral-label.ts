/** The name of a system in the ephemeral ranges' table, in the page's language. */
import { m } from '../generated/paraglide/messages.js';

const joined: Record<string, () => string> = {
  macos: m.port_os_macos_ios,
  solaris: m.port_os_solaris_illumos,
};

/** "macOS and iOS" in the page's language; a single system's name is the same in every language. */
export function ephemeralLabel(row: { os: string; label: string }): string {
  return joined[row.os]?.() ?? row.label;
}
