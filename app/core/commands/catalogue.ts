import { containerCommands } from './catalogue-containers.ts';
import { firewallCommands } from './catalogue-firewall.ts';
import { freebsdCommands } from './catalogue-freebsd.ts';
import { holderCommands } from './catalogue-holders.ts';
import { linuxCommands } from './catalogue-linux.ts';
import { macosCommands } from './catalogue-macos.ts';
import { rangeCommands } from './catalogue-ranges.ts';
import { remoteCommands } from './catalogue-remote.ts';
import { stopCommands } from './catalogue-stop.ts';
import { windowsCommands } from './catalogue-windows.ts';
import { byIntent } from './intents.ts';
import type { CommandSpec } from './types.ts';

export { intentOrder } from './intents.ts';

/** Every check command, grouped by intent in `intentOrder` (stable within an intent). */
export const catalogue: readonly CommandSpec[] = byIntent([
  ...linuxCommands,
  ...macosCommands,
  ...windowsCommands,
  ...freebsdCommands,
  ...remoteCommands,
  ...containerCommands,
  ...firewallCommands,
  ...rangeCommands,
  ...holderCommands,
  ...stopCommands,
]);
