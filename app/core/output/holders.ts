/**
 * What a process that holds a port is, when the pasted output names it: a system part that must
 * not be killed (and what frees the port instead), or a program that may be stopped. Returns
 * codes and catalogue ids; the words are in holder-text.ts.
 */
import { catalogue } from '../commands/catalogue.ts';
import { renderCommand } from '../commands/render.ts';
import type { CommandPlatform, Protocol, RenderedCommand } from '../commands/types.ts';
import type { PlatformId } from '../platform/platform-ids.ts';

/** The kinds of holder the reader knows. */
export type HolderKind =
  | 'no-process'
  | 'airplay'
  | 'macos-system'
  | 'launchd'
  | 'socket-activation'
  | 'container-init'
  | 'pid-1-windows'
  | 'http-sys'
  | 'windows-kernel'
  | 'kernel-pid'
  | 'container-proxy'
  | 'wsl-relay'
  | 'windows-service'
  | 'shell'
  | 'kubectl-port-forward';

/** A holder the output named, with the commands that find what is behind it. */
export interface Holder {
  kind: HolderKind;
  pid: number;
  process?: string;
  /** The platform the output came from (the commands are for it). */
  platform: PlatformId;
  /** Whether the stop commands may be offered; false for every system part and the shell. */
  mayStop: boolean;
  /** Catalogue ids of the commands to run next, in order. */
  commandIds: readonly string[];
  /** Those commands filled in for the port, protocol and PID. */
  commands: readonly RenderedCommand[];
}

/** AirPlay Receiver's ports on macOS 12 and later. */
const AIRPLAY_PORTS: readonly number[] = [5000, 7000];

// Names as the tools print them: lsof cuts COMMAND to 9 characters ("ControlCe"), ss and
// /proc/PID/comm to 15, Windows tools add or drop ".exe".
const bare = (name: string) => name.replace(/\.exe$/i, '').toLowerCase();

// Prefixes of at most 9 characters, so lsof's cut names (ControlCe, docker-pr, com.docke) match.
// dockerd and containerd are left out: when they listen themselves it is Docker's own API.
const CONTROL_CENTER = /^(controlce|airplayxp|airplayui)/;
const MACOS_SYSTEM = /^(rapportd|sharingd|mdnsrespo|remoted|launchd|identitys|netbiosd|smbd|cupsd)/;
const CONTAINER_PROXY = /^(docker-pr|com\.docke|vpnkit|rootlessp|rootlessk|slirp4net|gvproxy)/;
const SYSTEMD = /^(systemd|init)$/;
const WINDOWS_SERVICE_HOSTS = new Set([
  'svchost',
  'services',
  'lsass',
  'spoolsv',
  'wininit',
  'csrss',
  'smss',
  'winlogon',
  'searchindexer',
  'msmpeng',
]);
const SHELLS = new Set([
  'bash',
  'zsh',
  'sh',
  'dash',
  'fish',
  'ksh',
  'mksh',
  'tcsh',
  'csh',
  'nu',
  'login',
  'cmd',
  'powershell',
  'pwsh',
  'windowsterminal',
  'conhost',
]);

function kindOf(pid: number, process: string | undefined, platform: PlatformId, port: number) {
  const name = process === undefined ? '' : bare(process);
  if (pid === 0) return 'no-process';
  if (pid === 4 && platform === 'windows')
    return port === 80 || port === 443 ? 'http-sys' : 'windows-kernel';
  if (platform === 'windows' && name === 'system')
    return port === 80 || port === 443 ? 'http-sys' : 'windows-kernel';
  if (pid === 1) {
    if (platform === 'windows') return 'pid-1-windows';
    if (platform === 'macos') return 'launchd';
    if (name === '' || SYSTEMD.test(name)) return 'socket-activation';
    return 'container-init';
  }
  if (pid === 4) return 'kernel-pid';
  if (name === '') return undefined;
  if (CONTROL_CENTER.test(name)) return AIRPLAY_PORTS.includes(port) ? 'airplay' : 'macos-system';
  if (platform === 'macos' && MACOS_SYSTEM.test(name)) return 'macos-system';
  if (name === 'wslrelay' || name === 'wslhost') return 'wsl-relay';
  if (CONTAINER_PROXY.test(name)) return 'container-proxy';
  if (SYSTEMD.test(name)) return 'socket-activation';
  if (platform === 'windows' && WINDOWS_SERVICE_HOSTS.has(name)) return 'windows-service';
  if (SHELLS.has(name.replace(/^-/, ''))) return 'shell';
  if (name === 'kubectl') return 'kubectl-port-forward';
  return undefined;
}

/** The catalogue ids each kind points to, for the platform the output came from. */
function commandIdsFor(kind: HolderKind, platform: PlatformId): string[] {
  const docker = (p: CommandPlatform) => `${p}-docker-ps-containers`;
  switch (kind) {
    case 'http-sys':
    case 'windows-kernel':
      return ['windows-cmd-netsh-http-servicestate-find-holder'];
    case 'windows-service':
      return ['windows-cmd-tasklist-services-find-holder'];
    case 'socket-activation':
      return ['linux-systemctl-list-sockets-find-holder'];
    case 'container-init':
    case 'container-proxy':
      return [docker(platform === 'freebsd' ? 'linux' : platform)];
    case 'wsl-relay':
      return ['linux-ss-listener-tcp', docker('windows')];
    case 'launchd':
      return ['macos-lsof-listener-tcp'];
    case 'pid-1-windows':
      return ['windows-cmd-tasklist-services-find-holder'];
    case 'kubectl-port-forward':
      return [];
    default:
      return [];
  }
}

/**
 * What holds the port, when the output names the process (or a PID with a known meaning), or
 * undefined for an ordinary program. Never throws.
 */
export function identifyHolder(
  pid: number,
  process: string | undefined,
  platform: PlatformId,
  port: number,
  protocol: Protocol,
): Holder | undefined {
  const kind = kindOf(pid, process, platform, port);
  if (kind === undefined) return undefined;
  const commandIds = commandIdsFor(kind, platform);
  const commands: RenderedCommand[] = [];
  for (const id of commandIds) {
    const spec = catalogue.find((entry) => entry.id === id);
    if (spec === undefined) continue;
    // A listener command is TCP or UDP: use the one of the page's protocol.
    const fitting =
      spec.protocols.includes(protocol) || spec.intent !== 'listener'
        ? spec
        : catalogue.find((entry) => entry.id === id.replace(/-(tcp|udp)$/, `-${protocol}`));
    if (fitting === undefined || !fitting.protocols.includes(protocol)) continue;
    try {
      commands.push({ spec: fitting, text: renderCommand(fitting, { port, protocol, pid }) });
    } catch {
      // A PID the command cannot take (0) leaves the command out rather than shown broken.
    }
  }
  const holder: Holder = {
    kind,
    pid,
    platform,
    mayStop: kind === 'kubectl-port-forward',
    commandIds: commands.map((command) => command.spec.id),
    commands,
  };
  if (process !== undefined) holder.process = process;
  return holder;
}
