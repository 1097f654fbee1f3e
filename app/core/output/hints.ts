/** Which platform printed an output, and the command to run next when it hides the process. */
import { recommendedCommand } from '../commands/recommend.ts';
import type { PlatformId } from '../platform/platform-ids.ts';
import type { ParsedOutput, Protocol, ToolId } from './types.ts';

/**
 * The platform whose commands fit this output: the tool says it where only one platform has it
 * (netstat -ano is Windows, ss is Linux, sockstat is FreeBSD); otherwise the user's pick decides.
 */
export function outputPlatform(tool: ToolId | null, picked: PlatformId): PlatformId {
  switch (tool) {
    case 'netstat-windows':
    case 'powershell':
      return 'windows';
    case 'ss':
    case 'netstat-linux':
    case 'fuser':
      return 'linux';
    case 'sockstat':
      return 'freebsd';
    case 'netstat-bsd':
      return picked === 'freebsd' ? 'freebsd' : 'macos';
    case 'lsof':
    case 'lsof-fields':
      // lsof is not a Windows command: Windows picked with lsof output means a Unix machine.
      return picked === 'windows' ? 'linux' : picked;
    default:
      return picked;
  }
}

/** The catalogue's first listener command for a platform and protocol, filled in for the port. */
export function listenerCommand(platform: PlatformId, protocol: Protocol, port: number): string {
  return recommendedCommand({ port, protocol, platform })?.text ?? '';
}

/** Why a listener's process is missing, in the words of the tool that hid it, and what to run. */
export function listenerHint(
  parsed: ParsedOutput,
  port: number,
  protocol: Protocol,
  picked: PlatformId = 'linux',
): string {
  const run = listenerCommand(outputPlatform(parsed.tool, picked), protocol, port);
  switch (parsed.tool) {
    case 'netstat-linux':
      return parsed.processColumn
        ? `netstat names other users’ processes only when run with sudo: run ${run}`
        : `This netstat ran without -p, so no process is shown: run ${run}`;
    case 'ss':
      return parsed.processColumn
        ? `ss names other users’ processes only when run with sudo: run ${run}`
        : `This ss ran without -p (or without sudo), so no process is shown: run ${run}`;
    case 'netstat-windows':
      return `This netstat ran without -o, so no PID is shown: run ${run}`;
    case 'netstat-bsd':
      return `This netstat shows no process: run ${run}`;
    case 'powershell':
      return `This table has no OwningProcess column: run ${run}`;
    default:
      return `This output does not name the process: run ${run}`;
  }
}
