/** The whole catalogue, listed and rendered (see recommend.ts for the one command a page shows first). */
import { catalogue } from './catalogue.ts';
import { renderCommand, selectCommands } from './fill.ts';
import type { RenderValues } from './fill.ts';
import type { PlatformId } from '../platform/platform-ids.ts';
import type { CommandPlatform, CommandSpec, Intent, Protocol, RenderedCommand } from './types.ts';

export { defaultHost, renderCommand } from './fill.ts';
export type { RenderValues } from './fill.ts';

/**
 * The catalogue entries for a platform and protocol, optionally of one intent, in catalogue order.
 * For checks from another machine, `from` keeps only the tools that the user's platform has.
 */
export function listCommands(
  platform: CommandPlatform,
  protocol: Protocol,
  intent?: Intent,
  from?: PlatformId,
): readonly CommandSpec[] {
  return selectCommands(catalogue, platform, protocol, intent, from);
}

/** Intents the output reader offers for one process, not the command list: they need a PID. */
const readerOnly: ReadonlySet<Intent> = new Set(['find-holder', 'stop-process']);

/**
 * Renders every command of a platform and protocol except stop-process and find-holder, which
 * the output reader offers for one process (they may need its PID); for
 * checks from another machine (`platform: 'remote'`), `from` keeps the tools the user's platform has.
 */
export function renderCommands(input: {
  port: number;
  protocol: Protocol;
  platform: CommandPlatform;
  host?: string;
  from?: PlatformId;
}): RenderedCommand[] {
  const values: RenderValues = { port: input.port, protocol: input.protocol };
  if (input.host !== undefined) values.host = input.host;
  return listCommands(input.platform, input.protocol, undefined, input.from)
    .filter((spec) => !readerOnly.has(spec.intent))
    .map((spec) => ({ spec, text: renderCommand(spec, values) }));
}
