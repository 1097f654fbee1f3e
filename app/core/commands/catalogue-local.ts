/**
 * The commands run on the machine itself for Linux, macOS, Windows and FreeBSD: enough for the
 * command a port page shows first, without the firewall, container and remote checks, which
 * are most of the catalogue's weight.
 */
import { freebsdCommands } from './catalogue-freebsd.ts';
import { linuxCommands } from './catalogue-linux.ts';
import { macosCommands } from './catalogue-macos.ts';
import { windowsCommands } from './catalogue-windows.ts';
import { byIntent } from './intents.ts';
import type { CommandSpec } from './types.ts';

/** The platforms' own commands, grouped by intent in `intentOrder`. */
export const localCatalogue: readonly CommandSpec[] = byIntent([
  ...linuxCommands,
  ...macosCommands,
  ...windowsCommands,
  ...freebsdCommands,
]);
