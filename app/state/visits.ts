/** A visit to a port page becomes a "view" check, with the platform the page showed. */
import type { Protocol } from '../core/protocol.ts';
import { historyState } from './history.svelte.ts';
import type { WriteOutcome } from './history.svelte.ts';
import { platformState } from './platform.svelte.ts';

/**
 * Records one visit once the remembered platform is restored, so it carries the platform shown;
 * resolves to whether it was saved.
 */
export async function recordVisit(port: number, protocol: Protocol): Promise<WriteOutcome> {
  await platformState.restore();
  return historyState.record({ port, protocol, platform: platformState.os, kind: 'view' });
}
