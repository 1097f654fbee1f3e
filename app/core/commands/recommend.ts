/** The one command a port page shows first: the platform's first way to see which process listens. */
import { localCatalogue } from './catalogue-local.ts';
import { renderCommand, selectCommands } from './fill.ts';
import type { PlatformId } from '../platform/platform-ids.ts';
import type { Protocol, RenderedCommand } from './types.ts';

/** The first listener command for a platform and protocol, filled in for the port. */
export function recommendedCommand(input: {
  port: number;
  protocol: Protocol;
  platform: PlatformId;
}): RenderedCommand | undefined {
  const [spec] = selectCommands(localCatalogue, input.platform, input.protocol, 'listener');
  return (
    spec && { spec, text: renderCommand(spec, { port: input.port, protocol: input.protocol }) }
  );
}
