export { catalogue, intentOrder } from './catalogue.ts';
export { checkHost } from './host.ts';
export { quoteCmd, quoteFor, quotePosix, quotePowerShell } from './quote.ts';
export { defaultHost, listCommands, renderCommand, renderCommands } from './render.ts';
export { recommendedCommand } from './recommend.ts';
export type { RenderValues } from './render.ts';
export type {
  CommandPlatform,
  CommandSpec,
  FlagNote,
  HostCheck,
  Intent,
  Protocol,
  RenderedCommand,
  Shell,
  SourceRef,
} from './types.ts';
