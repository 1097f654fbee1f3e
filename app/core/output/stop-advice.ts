/** What to offer once a verdict names the one process that holds a port: stop it, or why not. */
import { listCommands, renderCommand } from '../commands/render.ts';
import type { RenderedCommand } from '../commands/types.ts';
import type { PlatformId } from '../platform/platform-ids.ts';
import type { Protocol } from './types.ts';

/** Either the commands that stop the process, or why it must not be stopped and what to do instead. */
export type StopAdvice =
  | { kind: 'stop'; pid: number; platform: PlatformId; commands: RenderedCommand[] }
  | { kind: 'explain'; pid: number; title: string; text: string; command?: string };

/**
 * PIDs no one should be offered to kill: 0 is not a process, 1 is the init system, 4 is Windows'
 * kernel (System). Stopping either of the last two takes the machine down, or is refused.
 */
function protectedPid(pid: number, platform: PlatformId, port: number): StopAdvice | undefined {
  if (pid === 0) {
    return {
      kind: 'explain',
      pid,
      title: 'PID 0 is not a program',
      text: 'PID 0 stands for the system itself (on Windows, the System Idle Process, shown for connections the system is closing). There is nothing to stop: such a socket frees itself.',
    };
  }
  if (pid === 1) {
    const text =
      platform === 'macos'
        ? 'PID 1 is launchd, which starts services on demand and holds their ports while they are off. Stopping it would stop the whole system. Turn the service off where it was turned on (System Settings › General › Sharing, or the app that installed it).'
        : platform === 'windows'
          ? 'PID 1 is not a normal Windows program. Look it up with the command below before you do anything.'
          : 'PID 1 is the init system (systemd on most Linux systems), which holds the port for a service it starts on demand (socket activation). Stopping it would stop the whole system. Find the socket unit with the command below, then stop it with sudo systemctl stop NAME.socket.';
    const command =
      platform === 'windows'
        ? 'tasklist /FI "PID eq 1"'
        : platform === 'macos'
          ? `sudo lsof -nP -i :${port}`
          : `systemctl list-sockets --all | grep ':${port}'`;
    return { kind: 'explain', pid, title: 'PID 1 is the system, not a program', text, command };
  }
  if (pid === 4) {
    return platform === 'windows'
      ? {
          kind: 'explain',
          pid,
          title: 'PID 4 is Windows itself (System)',
          text: 'The Windows kernel holds this port for a driver: most often HTTP.sys, which serves IIS, WinRM, SSRS and other services, or SMB on port 445. It cannot be stopped; find the service that registered the address with the command below (in an administrator prompt) and stop or reconfigure that service.',
          command: 'netsh http show servicestate',
        }
      : {
          kind: 'explain',
          pid,
          title: 'PID 4 belongs to the kernel',
          text: 'Low PIDs belong to the kernel and the init system, not to a program you started: do not stop it. Check which service owns the port before changing anything.',
        };
  }
  return undefined;
}

/** Advice for the process a verdict names: stop commands for the output's platform, or an explanation. */
export function stopAdvice(
  pid: number,
  platform: PlatformId,
  port: number,
  protocol: Protocol,
): StopAdvice {
  const shielded = protectedPid(pid, platform, port);
  if (shielded !== undefined) return shielded;
  const commands = listCommands(platform, protocol, 'stop-process').map((spec) => ({
    spec,
    text: renderCommand(spec, { port, protocol, pid }),
  }));
  return { kind: 'stop', pid, platform, commands };
}
