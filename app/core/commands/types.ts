import type { PlatformId } from '../platform/index.ts';
import type { Protocol } from '../protocol.ts';

export type { Protocol };

/** Shell a command is written for; decides how inserted values are quoted. */
export type Shell = 'sh' | 'cmd' | 'powershell';

/** The question a command answers. */
export type Intent =
  | 'listener'
  | 'sockets'
  | 'reachable'
  /** Is a container, a Kubernetes service or port-forward, or a Windows port proxy behind the port? */
  | 'containers'
  /** Does a firewall let the port through? (Read-only listings.) */
  | 'firewall'
  /** Let the port through the firewall: these change the system, so each carries a warning. */
  | 'firewall-allow'
  | 'ephemeral-range'
  | 'excluded-ranges'
  /** What stands behind a system process holding the port; offered by the output reader, needs a PID or port. */
  | 'find-holder'
  | 'stop-process';

/** Where a command runs: on the user's own platform, or on any machine probing another one. */
export type CommandPlatform = PlatformId | 'remote';

/** One flag or argument of a command and what it does. */
export interface FlagNote {
  token: string;
  meaning: string;
}

/** The documentation page a command was checked against. */
export interface SourceRef {
  url: string;
  title: string;
}

/** A check command as data: a template with {{port}}, {{host}}, {{pid}} or {{protocol}} placeholders. */
export interface CommandSpec {
  id: string;
  platform: CommandPlatform;
  shell: Shell;
  /**
   * Other shells that run exactly the same text (netsh, docker and kubectl read their arguments
   * the same way in Command Prompt and PowerShell). The catalogue lists such a command once, under
   * `shell`, so a platform never shows the same command twice.
   */
  alsoIn?: readonly Shell[];
  intent: Intent;
  protocols: readonly Protocol[];
  tool: string;
  title: string;
  template: string;
  /** Used instead of `template` when the host is an IPv6 address (nmap needs -6). */
  ipv6Template?: string;
  /** Used instead of `template` when the host is a name, which may stand for IPv4 and IPv6 addresses. */
  nameTemplate?: string;
  /** For checks from another machine: the platforms that have this tool (Test-NetConnection is Windows-only). */
  runsOn?: readonly PlatformId[];
  /** Where the tool comes from when the platform does not ship it (nmap is never installed by default). */
  install?: string;
  privilege: 'none' | 'sudo' | 'admin';
  privilegeWhy?: string;
  flags: readonly FlagNote[];
  output: string;
  empty: string;
  exitCodes?: { found: number; notFound: number };
  warning?: string;
  /** Where the warning's fact comes from, when it is not the command's own documentation. */
  warningSource?: SourceRef;
  source: SourceRef;
}

/** A catalogue entry with its placeholders filled in. */
export interface RenderedCommand {
  spec: CommandSpec;
  text: string;
}

/** Result of validating the Host field. */
export type HostCheck =
  { ok: true; host: string; kind: 'ipv4' | 'ipv6' | 'name' } | { ok: false; message: string };
