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

/** A copy of `specs` grouped by intent in `intentOrder`, stable within an intent. */
export function byIntent(specs: readonly CommandSpec[]): CommandSpec[] {
  return [...specs].sort((a, b) => intentOrder.indexOf(a.intent) - intentOrder.indexOf(b.intent));
}
