/** Filling one command's template, and picking entries from a list of specs: no catalogue here. */
import { checkHost } from './host.ts';
import { quoteFor } from './quote.ts';
import type { PlatformId } from '../platform/platform-ids.ts';
import type { CommandPlatform, CommandSpec, Intent, Protocol } from './types.ts';

/** Values a template's placeholders are filled with. */
export interface RenderValues {
  port: number;
  protocol: Protocol;
  host?: string;
  pid?: number;
}

/** Host the remote checks use when the Host field is left at its default. */
export const defaultHost = 'localhost';

const maxPid = 4_294_967_295;

function requirePort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`Port must be a whole number from 0 to 65535, got ${String(port)}`);
  }
}

// PID 0 and negative PIDs make `kill` signal whole process groups, so only real PIDs pass.
function requirePid(pid: number | undefined): number {
  if (pid === undefined || !Number.isInteger(pid) || pid < 1 || pid > maxPid) {
    throw new TypeError(`PID must be a whole number from 1 to ${maxPid}, got ${String(pid)}`);
  }
  return pid;
}

/**
 * Fills a template's placeholders, each value validated and quoted for the spec's shell.
 * Throws TypeError for an invalid port, host or PID, or a protocol the spec does not serve.
 */
export function renderCommand(spec: CommandSpec, values: RenderValues): string {
  requirePort(values.port);
  if (!spec.protocols.includes(values.protocol)) {
    throw new TypeError(`${spec.id} does not serve ${values.protocol.toUpperCase()}`);
  }
  const quote = quoteFor(spec.shell);
  let template = spec.template;
  let host = '';
  if (template.includes('{{host}}')) {
    const checked = checkHost(values.host ?? defaultHost);
    if (!checked.ok) throw new TypeError(checked.message);
    host = checked.host;
    if (checked.kind === 'ipv6' && spec.ipv6Template) template = spec.ipv6Template;
    if (checked.kind === 'name' && spec.nameTemplate) template = spec.nameTemplate;
  }
  const pid = template.includes('{{pid}}') ? requirePid(values.pid) : 0;
  return template.replace(/\{\{(port|host|pid|protocol)\}\}/g, (_match, name: string) => {
    if (name === 'port') return quote(String(values.port));
    if (name === 'host') return quote(host);
    if (name === 'pid') return quote(String(pid));
    return quote(values.protocol);
  });
}

/**
 * The entries of `specs` for a platform and protocol, optionally of one intent, in their order.
 * For checks from another machine, `from` keeps only the tools that the user's platform has.
 */
export function selectCommands(
  specs: readonly CommandSpec[],
  platform: CommandPlatform,
  protocol: Protocol,
  intent?: Intent,
  from?: PlatformId,
): readonly CommandSpec[] {
  return specs.filter(
    (spec) =>
      spec.platform === platform &&
      spec.protocols.includes(protocol) &&
      (intent === undefined || spec.intent === intent) &&
      (from === undefined || spec.runsOn === undefined || spec.runsOn.includes(from)),
  );
}
