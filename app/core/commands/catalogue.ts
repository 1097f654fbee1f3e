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
import type { CommandSpec, Intent } from './types.ts';

/** Intents in the order a page presents them. */
export const intentOrder: readonly Intent[] = [
  'listener',
  'sockets',
  'reachable',
  'containers',
  'firewall',
  'firewall-allow',
  'ephemeral-range',
  'excluded-ranges',
  'find-holder',
  'stop-process',
];

/** Every check command, grouped by intent in `intentOrder` (stable within an intent). */
export const catalogue: readonly CommandSpec[] = [
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
].sort((a, b) => intentOrder.indexOf(a.intent) - intentOrder.indexOf(b.intent));
