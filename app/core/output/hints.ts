/** Which platform printed an output, and the command to run next when it hides the process. */
import { m } from '../../generated/paraglide/messages.js';
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
        ? m.vd_hint_netstat_sudo({ run })
        : m.vd_hint_netstat_no_p({ run });
    case 'ss':
      return parsed.processColumn ? m.vd_hint_ss_sudo({ run }) : m.vd_hint_ss_no_p({ run });
    case 'netstat-windows':
      return m.vd_hint_netstat_windows({ run });
    case 'netstat-bsd':
      return m.vd_hint_netstat_bsd({ run });
    case 'powershell':
      return m.vd_hint_powershell({ run });
    default:
      return m.vd_hint_other({ run });
  }
}
